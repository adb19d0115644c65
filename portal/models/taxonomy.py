"""The programme's shared vocabulary: countries and topics, named in English, French and Arabic."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.search import index


class TranslatedNameMixin(models.Model):
    """A name in each interface language; `name` picks the active one, falling back to English."""

    name_en = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        language = (get_language() or "en")[:2]
        return getattr(self, f"name_{language}", "") or self.name_en

    def names(self) -> list[str]:
        """Every non-empty translation of the name, for search and matching."""
        return [name for name in (self.name_en, self.name_fr, self.name_ar) if name]


class CountryQuerySet(models.QuerySet):
    def programme(self):
        return self.filter(is_programme_country=True)


class Country(TranslatedNameMixin):
    code = models.CharField(
        _("ISO 3166 code"), max_length=2, unique=True, help_text=_("Two capital letters, e.g. ML for Mali.")
    )
    is_programme_country = models.BooleanField(_("programme country"), default=True)

    objects = CountryQuerySet.as_manager()

    search_fields = [
        index.SearchField("name_en"),
        index.SearchField("name_fr"),
        index.SearchField("name_ar"),
        index.FilterField("code"),
    ]

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        super().save(*args, **kwargs)


class Topic(TranslatedNameMixin):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader topic"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    search_fields = [
        index.SearchField("name_en"),
        index.SearchField("name_fr"),
        index.SearchField("name_ar"),
        index.FilterField("slug"),
    ]

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
