"""The programme's vocabulary in English, French and Arabic: the bridge between languages in search."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class GlossaryConcept(models.Model):
    """One concept and its terms per language, one term per line; every term finds the others."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    terms_en = models.TextField(_("English terms"), help_text=_("One term per line."))
    terms_fr = models.TextField(_("French terms"), blank=True, help_text=_("One term per line."))
    terms_ar = models.TextField(_("Arabic terms"), blank=True, help_text=_("One term per line."))

    panels = [FieldPanel("key"), FieldPanel("terms_en"), FieldPanel("terms_fr"), FieldPanel("terms_ar")]

    class Meta:
        ordering = ["key"]
        verbose_name = _("glossary concept")
        verbose_name_plural = _("glossary concepts")

    def __str__(self) -> str:
        return self.key

    def terms(self) -> list[str]:
        """Every term of the concept, in any language, as written."""
        lines = "\n".join((self.terms_en, self.terms_fr, self.terms_ar)).splitlines()
        return [line.strip() for line in lines if line.strip()]
