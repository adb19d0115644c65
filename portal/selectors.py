"""Reads for the home page: where to go, and what changed lately."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from .extensions import app_hooks


@dataclass(frozen=True)
class EntryPoint:
    key: str
    title: str
    description: str
    url: str


def section_entry_points(*, locale: Locale) -> list[EntryPoint]:
    """The sections that exist on this installation (each app declares its own), then search."""
    entry_points = []
    for entry_points_for_locale in app_hooks("section_entry_points"):
        entry_points.extend(entry_points_for_locale(locale))
    entry_points.append(
        EntryPoint(
            key="search",
            title=_("Search"),
            description=_("Search guidelines, training and discussions across countries and languages."),
            url=reverse("search:search"),
        )
    )
    return entry_points


def latest_activity(*, locale: Locale, user, limit: int = 6) -> list[Page]:
    """The most recently published public pages in this locale, newest first."""
    return list(
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=2)
        .exclude(last_published_at=None)
        .order_by("-last_published_at")
        .specific()[:limit]
    )
