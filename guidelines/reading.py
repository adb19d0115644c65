"""What a reader sees around an edition's frozen sections: numbers, permalinks, citations, notes, banners."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from guidelines.diff import Change, compare_sections
from guidelines.selectors import current_edition, source_guideline


@dataclass
class ReaderSection:
    section: dict
    permalink: str
    citation: str
    country_note: str = ""
    status_in_current: str = ""  # for superseded editions: changed, removed, unchanged (moved counts as unchanged)
    discussions: list = field(default_factory=list)  # forum topics citing this section, as the reader may see them

    def __getattr__(self, name):
        try:
            return self.__dict__["section"][name]
        except KeyError as error:
            raise AttributeError(name) from error


def citation_text(*, title: str, edition, section: dict, url: str) -> str:
    return _("%(title)s, edition %(label)s (%(date)s), §%(number)s “%(heading)s”. %(url)s") % {
        "title": title,
        "label": edition.label,
        "date": date_format(edition.effective_date, "j F Y"),
        "number": section["number"],
        "heading": section["heading"],
        "url": url,
    }


def reader_sections(request, *, page, edition, newest=None, country: str = "") -> list[ReaderSection]:
    """The edition's sections ready to render; `newest` (when given and different) marks what changed since."""
    edition_url = request.build_absolute_uri(f"{page.url}editions/{edition.label}/")
    statuses: dict[str, str] = {}
    if newest is not None and newest.pk != edition.pk:
        for diff in compare_sections(edition.sections, newest.sections):
            if diff.status == Change.REMOVED:
                statuses[diff.anchor] = "removed"
            elif diff.status == Change.CHANGED:
                statuses[diff.anchor] = "changed"
            elif diff.old is not None:
                statuses[diff.anchor] = "unchanged"
    return [
        ReaderSection(
            section=section,
            permalink=f"{edition_url}#{section['anchor']}",
            citation=citation_text(
                title=edition.title, edition=edition, section=section, url=f"{edition_url}#{section['anchor']}"
            ),
            country_note=section.get("country_notes", {}).get(country, "") if country else "",
            status_in_current=statuses.get(section["anchor"], ""),
        )
        for section in edition.served_sections
    ]


def _language_has_caught_up(*, page, source_current) -> bool:
    """This language already has an edition of the source's current one (linked to it, or with its label)."""
    from django.db.models import Q

    return page.editions.filter(Q(source_edition=source_current) | Q(label=source_current.label)).exists()


def translation_status(*, page, edition) -> dict | None:
    """For a translation whose English source has a newer edition: what it follows and what is newer."""
    if edition.snapshot.get("language", settings.LANGUAGE_CODE) == settings.LANGUAGE_CODE:
        return None
    source = source_guideline(page, language=edition.snapshot["language"])
    if source is None:
        return None
    source_current = current_edition(source)
    if source_current is None or source_current.pk == edition.source_edition_id:
        return None
    if _language_has_caught_up(page=page, source_current=source_current):
        return None  # a newer edition in this language follows it: the superseded banner says the rest
    follows = edition.source_edition.label if edition.source_edition_id else ""
    return {"follows": follows, "newer": source_current.label, "source_url": source.url}
