"""Which countries have a page, and where it is."""

import re

from django.core.cache import cache
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language

from portal.models import Country

DIRECTORY_KEY = "portal:country-directory"
DIRECTORY_TIMEOUT = 300
_CODE = re.compile(r"^[A-Za-z]{2}$")


def programme_countries() -> list[Country]:
    """Programme countries, sorted by their name in the active language."""
    return sorted(Country.objects.programme(), key=lambda country: country.name.casefold())


def programme_country(code: str) -> Country | None:
    """The programme country with this ISO code (any case), or None for an unknown or non-programme code."""
    if not _CODE.match(code):
        return None
    return Country.objects.programme().filter(code=code.upper()).first()


def country_page_url(code: str) -> str:
    return reverse("countries:detail", kwargs={"code": code.upper()})


def country_search_url(code: str, *, kind: str = "") -> str:
    """The search page filtered by this country (and one kind of result, when given)."""
    params = {"country": code.upper(), **({"type": kind} if kind else {})}
    return f"{reverse('search:search')}?{urlencode(params)}"


def country_directory() -> dict[str, dict[str, str]]:
    """{code: {"en": name, "fr": ..., "ar": ...}} of programme countries, for labels given only codes (search hits).

    Cached like the search taxonomy: saving or deleting a country forgets it (`forget_directory`).
    """
    return cache.get_or_set(DIRECTORY_KEY, _load_directory, DIRECTORY_TIMEOUT)


def _load_directory() -> dict[str, dict[str, str]]:
    return {
        country.code: {"en": country.name_en, "fr": country.name_fr, "ar": country.name_ar}
        for country in Country.objects.programme()
    }


def programme_country_name(code: str) -> str:
    """The name in the active language of a programme country, or "" when the code has no page."""
    names = country_directory().get((code or "").upper())
    if names is None:
        return ""
    return names.get((get_language() or "en")[:2]) or names["en"]


def forget_directory(**kwargs) -> None:
    cache.delete(DIRECTORY_KEY)
