"""Reads for the home page (where to go, and what changed lately) and the taxonomy other apps label with."""

from dataclasses import dataclass
from datetime import datetime

from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page

from .extensions import app_hooks
from .models import Country, Topic


@dataclass(frozen=True)
class EntryPoint:
    key: str
    title: str
    description: str
    url: str


def section_entry_points(*, locale: Locale) -> list[EntryPoint]:
    """The sections that exist on this installation (each app declares its own), then countries and search."""
    entry_points = []
    for entry_points_for_locale in app_hooks("section_entry_points"):
        entry_points.extend(entry_points_for_locale(locale))
    entry_points.append(
        EntryPoint(
            key="countries",
            title=_("Countries"),
            description=_("Everything about one country: evidence, guideline notes, courses and lessons learned."),
            url=reverse("countries:list"),
        )
    )
    entry_points.append(
        EntryPoint(
            key="search",
            title=_("Search"),
            description=_("Search guidelines, training and discussions across countries and languages."),
            url=reverse("search:search"),
        )
    )
    return entry_points


@dataclass(frozen=True)
class ActivityItem:
    """Something that changed lately, as the home page lists it."""

    title: str
    url: str
    kind: str
    when: datetime


def latest_activity(*, locale: Locale, user, limit: int = 6) -> list[ActivityItem]:
    """The newest published pages in this locale, merged with what each app adds, newest first.

    An app adds its own activity (e.g. forum topics) by declaring `latest_activity` on its AppConfig:
    a function (*, locale, user, limit) -> list[ActivityItem], which must itself be bounded in queries.
    """
    items = _latest_pages(locale=locale, limit=limit)
    for app_latest_activity in app_hooks("latest_activity"):
        items.extend(app_latest_activity(locale=locale, user=user, limit=limit))
    return sorted(items, key=lambda item: item.when, reverse=True)[:limit]


def _latest_pages(*, locale: Locale, limit: int) -> list[ActivityItem]:
    """One query for the pages, none per page: page types and site roots come from Django's and Wagtail's caches."""
    pages = (
        Page.objects.live()
        .public()
        .filter(locale=locale, depth__gt=2)
        .exclude(last_published_at=None)
        .only("id", "title", "url_path", "content_type_id", "last_published_at", "path", "depth", "locale_id")
        .order_by("-last_published_at")[:limit]
    )
    return [
        ActivityItem(
            title=page.title,
            url=page.get_url(),
            kind=_activity_label(page.specific_class),
            when=page.last_published_at,
        )
        for page in pages
    ]


def _activity_label(page_class) -> str:
    """What kind of thing a page is, in a reader's words (a page type may set `activity_label`)."""
    if page_class is None:
        return ""
    return str(getattr(page_class, "activity_label", page_class._meta.verbose_name))


def taxonomy_names() -> dict[str, list[tuple[str, dict[str, str]]]]:
    """{"country": [(code, {language: name})], "topic": [(slug, {...})]}, in the models' own order (search's facets)."""

    def names(item) -> dict[str, str]:
        return {"en": item.name_en, "fr": item.name_fr, "ar": item.name_ar}

    return {
        "country": [(country.code, names(country)) for country in Country.objects.all()],
        "topic": [(topic.slug, names(topic)) for topic in Topic.objects.all()],
    }
