"""Categories: the forum's themes; a category with groups is restricted to their members."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class Category(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_fr = models.CharField(_("name (French)"), max_length=120, blank=True)
    name_ar = models.CharField(_("name (Arabic)"), max_length=120, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_fr = models.TextField(_("description (French)"), blank=True)
    description_ar = models.TextField(_("description (Arabic)"), blank=True)
    groups = models.ManyToManyField(
        Group,
        verbose_name=_("restricted to groups"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty for a category everyone can read. With groups, only their members can read it."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("slug"),
        FieldPanel("name_en"),
        FieldPanel("name_fr"),
        FieldPanel("name_ar"),
        FieldPanel("description_en"),
        FieldPanel("description_fr"),
        FieldPanel("description_ar"),
        FieldPanel("groups"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name_en"]
        verbose_name = _("forum category")
        verbose_name_plural = _("forum categories")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("forum:category", kwargs={"slug": self.slug})

    @property
    def name(self) -> str:
        return getattr(self, f"name_{(get_language() or 'en')[:2]}", "") or self.name_en

    @property
    def description(self) -> str:
        return getattr(self, f"description_{(get_language() or 'en')[:2]}", "") or self.description_en
