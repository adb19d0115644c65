"""An evidence item's files: PDFs (each in its language, their text kept per page), CSV data files, dataset links.

Files live in private storage (portal/private_files.py) and are streamed by the item's own views after its
access check, so a members-only report is never reachable at a public media URL.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from portal.choices import ContentLanguage
from portal.private_files import private_storage

from ..choices import TextStatus

FOLDER = "evidence-files"


def evidence_storage():
    return private_storage(FOLDER)


class EvidenceFile(Orderable):
    page = ParentalKey("evidence.EvidenceItemPage", on_delete=models.CASCADE, related_name="files")
    title = models.CharField(_("title"), max_length=200, blank=True)
    file = models.FileField(_("PDF file"), upload_to="pdf/", storage=evidence_storage, max_length=300)
    language = models.CharField(
        _("language"), max_length=2, choices=ContentLanguage.choices, default=ContentLanguage.ENGLISH
    )
    page_count = models.PositiveIntegerField(_("pages"), default=0, editable=False)
    text_status = models.CharField(
        _("text"), max_length=12, choices=TextStatus.choices, default=TextStatus.PENDING, editable=False
    )
    text_read_from = models.CharField(max_length=300, blank=True, editable=False)  # the file name last read

    panels = [FieldPanel("title"), FieldPanel("file"), FieldPanel("language")]

    class Meta(Orderable.Meta):
        verbose_name = _("PDF file")
        verbose_name_plural = _("PDF files")

    def __str__(self) -> str:
        return self.title or self.file.name.rsplit("/", 1)[-1]

    def clean(self):
        from ..uploads import pdf_check

        if self.file and not self.file._committed:
            pdf_check(self.file)


class EvidencePageText(models.Model):
    """The text of one page of a PDF, as extracted; rewritten whenever the file changes."""

    file = models.ForeignKey(EvidenceFile, on_delete=models.CASCADE, related_name="page_texts")
    number = models.PositiveIntegerField()
    text = models.TextField(blank=True)

    class Meta:
        ordering = ["file", "number"]
        constraints = [models.UniqueConstraint(fields=["file", "number"], name="evidence_one_text_per_page")]

    def __str__(self) -> str:
        return f"{self.file} p. {self.number}"


class EvidenceDataFile(Orderable):
    page = ParentalKey("evidence.EvidenceItemPage", on_delete=models.CASCADE, related_name="data_files")
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(_("CSV file"), upload_to="csv/", storage=evidence_storage, max_length=300)
    person_level = models.BooleanField(
        _("counts of people"),
        default=False,
        help_text=_("Counts below the minimum cell size are hidden in the chart, the table and the download."),
    )

    panels = [FieldPanel("title"), FieldPanel("file"), FieldPanel("person_level")]

    class Meta(Orderable.Meta):
        verbose_name = _("data file")
        verbose_name_plural = _("data files")

    def __str__(self) -> str:
        return self.title

    def clean(self):
        from ..datasets import csv_check

        if self.file and not self.file._committed:
            csv_check(self.file)


class EvidenceDatasetLink(Orderable):
    page = ParentalKey("evidence.EvidenceItemPage", on_delete=models.CASCADE, related_name="dataset_links")
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("address"), max_length=500)

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("dataset link")
        verbose_name_plural = _("dataset links")

    def __str__(self) -> str:
        return self.title
