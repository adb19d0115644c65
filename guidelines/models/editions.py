"""A published edition: the frozen text of a guideline that readers cite; it never changes once saved."""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from guidelines.snapshot import served_sections

edition_label_validator = RegexValidator(
    r"^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$",
    _("Use letters, digits, dots or dashes, e.g. 2.1 or 2026-1."),
)


class ImmutableEditionError(Exception):
    """Raised when code tries to change an edition after it was published."""


class GuidelineEditionQuerySet(models.QuerySet):
    def newest_first(self):
        return self.order_by("-published_at", "-pk")


class GuidelineEdition(models.Model):
    guideline = models.ForeignKey(
        "guidelines.GuidelinePage", verbose_name=_("guideline"), on_delete=models.CASCADE, related_name="editions"
    )
    label = models.CharField(_("edition label"), max_length=20, validators=[edition_label_validator])
    effective_date = models.DateField(_("effective date"))
    change_note = models.TextField(_("change note"), blank=True)
    published_at = models.DateTimeField(_("published at"), default=timezone.now)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_edition = models.ForeignKey(
        "self",
        verbose_name=_("follows source edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translations",
        help_text=_("For a translation: the edition of the source guideline it renders."),
    )
    snapshot = models.JSONField(_("frozen text"), default=dict, editable=False)

    objects = GuidelineEditionQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("guideline edition")
        verbose_name_plural = _("guideline editions")
        constraints = [
            models.UniqueConstraint(fields=["guideline", "label"], name="guideline_edition_label_unique"),
        ]
        indexes = [models.Index(fields=["guideline", "-published_at"], name="guideline_edition_newest")]

    def __str__(self) -> str:
        return f"{self.snapshot.get('title', '')} {self.label}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ImmutableEditionError(f"Edition {self.label} is published and cannot change.")
        super().save(*args, **kwargs)

    @property
    def title(self) -> str:
        return self.snapshot.get("title", "")

    @property
    def sections(self) -> list[dict]:
        return self.snapshot.get("sections", [])

    @cached_property
    def served_sections(self) -> list[dict]:
        """The sections as readers are served them, their HTML and country notes sanitized (see snapshot.py)."""
        return served_sections(self.snapshot)

    def section(self, anchor: str) -> dict | None:
        return next((section for section in self.sections if section["anchor"] == anchor), None)

    def countries(self) -> list[str]:
        """ISO codes that have a note somewhere in this edition, sorted."""
        return sorted({code for section in self.sections for code in section.get("country_notes", {})})
