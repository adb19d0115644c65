"""Choices that more than one app stores: the population groups a text concerns and the language it is in."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PopulationGroup(models.TextChoices):
    UNACCOMPANIED_CHILDREN = "unaccompanied_children", _("Unaccompanied and separated children")
    TRAFFICKING_SURVIVORS = "trafficking_survivors", _("Trafficking survivors")
    RETURNEES = "returnees", _("Returnees")
    MIGRANTS_IN_TRANSIT = "migrants_in_transit", _("Migrants in transit")
    STRANDED_MIGRANTS = "stranded_migrants", _("Stranded migrants")
    WOMEN_AT_RISK = "women_at_risk", _("Women and girls at risk")
    MIGRANTS_WITH_DISABILITIES = "migrants_with_disabilities", _("Migrants with disabilities")
    ALL_MIGRANTS = "all", _("All migrants")


class ContentLanguage(models.TextChoices):
    """The language a member's post or an evidence item is written in."""

    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    ARABIC = "ar", _("Arabic")
