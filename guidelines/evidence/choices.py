"""The evidence library's fixed vocabularies, after ReliefWeb, IOM's displacement-tracking reports and HDX."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentType(models.TextChoices):
    INFORMATION_NOTE = "information_note", _("Information note")
    REPORT = "report", _("Report")
    ASSESSMENT = "assessment", _("Assessment")
    STUDY = "study", _("Study")
    DATASET = "dataset", _("Dataset")
    BRIEF = "brief", _("Brief")


class CollectionComponent(models.TextChoices):
    MOBILITY_TRACKING = "mobility_tracking", _("Mobility tracking")
    FLOW_MONITORING = "flow_monitoring", _("Flow monitoring")
    SITE_ASSESSMENT = "site_assessment", _("Site assessment")
    SURVEY = "survey", _("Survey")
    RETURN_INTENTION = "return_intention", _("Return intention")
    PROGRAMME_MONITORING = "programme_monitoring", _("Programme monitoring")


class Access(models.TextChoices):
    PUBLIC = "public", _("Public")
    MEMBERS = "members", _("Members")
    GROUP = "group", _("One group")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "CC BY 4.0"
    CC_BY_IGO = "cc-by-igo-3.0", "CC BY-IGO 3.0"
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


class TextStatus(models.TextChoices):
    PENDING = "pending", _("Text being read")
    READY = "ready", _("Text indexed")
    NEEDS_OCR = "needs_ocr", _("Needs OCR: no text found (a scan)")
    FAILED = "failed", _("The text could not be read")
