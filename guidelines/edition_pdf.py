"""A PDF of one frozen edition, made by WeasyPrint (Pango shapes Arabic and lays it out right to left).

The PDF is built from the edition's frozen, sanitized sections only, so it is as immutable as the edition:
it is rendered once, kept in private storage (portal/private_files.py) and streamed by the edition's view,
which applies the guideline's view restrictions first.
"""

import logging
import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from guidelines.edition_images import ImageBudget
from guidelines.reading import citation_text
from portal.models import Country

logger = logging.getLogger(__name__)

LAYOUT_VERSION = 3  # bump when the PDF layout changes: stored files are named with it, so each is made again
IMAGE_SCHEME = "edition-image:"
_RELATIVE_HREF = re.compile(r'href="/')


@dataclass(frozen=True)
class PdfSection:
    anchor: str
    number: str
    level: str
    heading: str
    html: str
    citation: str
    permalink: str


@dataclass(frozen=True)
class PdfCountryNotes:
    code: str
    name: str
    notes: list[tuple[PdfSection, str]]


def _fetcher(budget: ImageBudget):
    """Nothing is fetched while rendering but the edition's own images, already read: no network, no disk."""

    def fetch(url: str, *args, **kwargs):
        image = budget.images.get(url.removeprefix(IMAGE_SCHEME)) if url.startswith(IMAGE_SCHEME) else None
        if image is None:
            raise ValueError(f"the edition PDF fetches no resource ({url[:60]})")
        return {"string": image.content, "mime_type": "image/jpeg"}

    return fetch


def _sections(*, page, edition, origin: str, budget: ImageBudget) -> list[PdfSection]:
    edition_url = f"{page.get_full_url().rstrip('/')}/editions/{edition.label}/"
    sections = []
    for section in edition.served_sections:
        permalink = f"{edition_url}#{section['anchor']}"
        sections.append(
            PdfSection(
                anchor=section["anchor"],
                number=section["number"],
                level=section.get("level") or "1",
                heading=section["heading"],
                # Only the (escaped) site origin is put into the already sanitized HTML.
                html=mark_safe(
                    _RELATIVE_HREF.sub(f'href="{escape(origin)}/', budget.embed(section["html"], prefix=IMAGE_SCHEME))
                ),
                citation=citation_text(title=edition.title, edition=edition, section=section, url=permalink),
                permalink=permalink,
            )
        )
    return sections


def _country_notes(*, edition, sections: list[PdfSection]) -> list[PdfCountryNotes]:
    by_anchor = {section.anchor: section for section in sections}
    names = {country.code: country.name for country in Country.objects.filter(code__in=edition.countries())}
    appendix = []
    for code in edition.countries():
        notes = [
            (by_anchor[section["anchor"]], mark_safe(section["country_notes"][code]))
            for section in edition.served_sections
            if code in section.get("country_notes", {})
        ]
        appendix.append(PdfCountryNotes(code=code, name=names.get(code, code), notes=notes))
    return sorted(appendix, key=lambda item: item.name)


def edition_pdf_html(*, page, edition, budget: ImageBudget) -> str:
    """The HTML WeasyPrint lays out, in the edition's own language and direction; `budget` gets its images."""
    language = edition.snapshot.get("language") or page.locale.language_code
    origin = page.get_site().root_url if page.get_site() else ""
    with translation.override(language):
        sections = _sections(page=page, edition=edition, origin=origin, budget=budget)
        return render_to_string(
            "guidelines/edition_pdf.html",
            {
                "edition": edition,
                "language": language,
                "direction": "rtl" if translation.get_language_bidi() else "ltr",
                "edition_url": f"{page.get_full_url().rstrip('/')}/editions/{edition.label}/",
                "guideline_sections": sections,
                "country_appendix": _country_notes(edition=edition, sections=sections),
            },
        )


def render_edition_pdf(*, page, edition) -> bytes:
    """The edition as PDF bytes: title page, contents with page numbers, numbered sections, country notes."""
    from weasyprint import HTML

    budget = ImageBudget()
    html = edition_pdf_html(page=page, edition=edition, budget=budget)
    return HTML(string=html, url_fetcher=_fetcher(budget)).write_pdf()
