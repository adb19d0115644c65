"""The guidelines' section of a country page: every note for the country in the current editions, linked to its section."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from wagtail.models import Locale

from portal.countries.selectors import country_search_url

NOTES_SHOWN = 20
ORDER = 20


@dataclass(frozen=True)
class CountryNote:
    guideline_title: str
    edition_label: str
    number: str
    heading: str
    html: str  # sanitized when the edition was frozen (or on the way out, see snapshot.served_sections)
    url: str  # the section in the current edition, with this country's notes shown


def country_notes(*, country_code: str, request) -> list[CountryNote]:
    """Notes for the country in the current edition of each live, public guideline in the reader's language.

    Three queries whatever the number of guidelines, editions or sections: the guidelines, the id of each one's
    newest edition, and those editions' frozen text.
    """
    from guidelines.models import GuidelineEdition, GuidelinePage

    guidelines = list(
        GuidelinePage.objects.live().public().filter(locale=Locale.get_active()).defer_streamfields().order_by("path")
    )
    newest: dict[int, int] = {}
    for pk, guideline_id in (
        GuidelineEdition.objects.filter(guideline__in=guidelines).newest_first().values_list("pk", "guideline_id")
    ):
        newest.setdefault(guideline_id, pk)
    editions = {edition.guideline_id: edition for edition in GuidelineEdition.objects.filter(pk__in=newest.values())}
    notes = []
    for guideline in guidelines:
        edition = editions.get(guideline.pk)
        if edition is None or country_code not in edition.countries():
            continue
        base = guideline.get_url(request=request) or ""
        for section in edition.served_sections:
            html = section["country_notes"].get(country_code)
            if html:
                notes.append(
                    CountryNote(
                        guideline_title=guideline.title,
                        edition_label=edition.label,
                        number=section["number"],
                        heading=section["heading"],
                        html=html,
                        url=f"{base}?country={country_code}#{section['anchor']}",
                    )
                )
    return notes


def country_page_section(*, country_code: str, request) -> dict | None:
    notes = country_notes(country_code=country_code, request=request)
    if not notes:
        return None
    return {
        "title": _("Guideline country notes"),
        "template": "guidelines/includes/country_page_notes.html",
        "order": ORDER,
        "context": {
            "notes": notes[:NOTES_SHOWN],
            "more_notes": len(notes) > NOTES_SHOWN,
            "search_url": country_search_url(country_code, kind="guideline_section"),
        },
    }
