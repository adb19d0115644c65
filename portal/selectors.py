"""Reads for the home page: where to go, and what changed lately."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class EntryPoint:
    key: str
    title: str
    description: str
    url: str


# Each section names the URL that serves it; a section whose URL does not exist yet is not offered.
SECTIONS = [
    ("guidelines", _("Guidelines"), _("Read the current case-management guidelines and cite them by edition and section."), "guidelines:index"),
    ("training", _("Training"), _("Follow courses on case management, protection and reintegration."), "training:index"),
    ("forum", _("Forum"), _("Share lessons learned and good practices with colleagues in other countries."), "forum:index"),
    ("search", _("Search"), _("Search guidelines, training and discussions across countries and languages."), "search:search"),
]


def section_entry_points(*, locale: Locale) -> list[EntryPoint]:
    """The sections that exist on this installation, in the order a caseworker meets them."""
    entry_points = []
    for key, title, description, url_name in SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        entry_points.append(EntryPoint(key=key, title=str(title), description=str(description), url=url))
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
