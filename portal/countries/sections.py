"""The registry of country-page sections: each app's function, called for one country and one reader.

A section function is `(*, country_code: str, request) -> dict | None`; the dict holds `title`, `template`,
`context` and `order` (smaller first). None leaves the section out: nothing the reader may see, or the app has
nothing for this country. The function must show only what `request.user` may read and keep a constant number
of queries whatever the amount of content.
"""

from dataclasses import dataclass, field

from portal.extensions import app_hooks

SECTION_KEYS = ("title", "template", "context", "order")


@dataclass(frozen=True)
class CountrySection:
    title: str
    template: str
    order: int
    context: dict = field(default_factory=dict)


def section_from(value: dict, *, source: str) -> CountrySection:
    """A section from an app's dict; a missing key is a programming error named after the app's function."""
    missing = [key for key in SECTION_KEYS if key not in value]
    if missing:
        raise ValueError(f"country page section from {source} lacks {', '.join(missing)}")
    return CountrySection(
        title=str(value["title"]), template=value["template"], order=int(value["order"]), context=dict(value["context"])
    )


def country_page_sections(*, country_code: str, request) -> list[CountrySection]:
    """Every app's section for this country and reader, smallest `order` first (then by title); None left out."""
    sections = []
    for section_for in app_hooks("country_page_sections"):
        value = section_for(country_code=country_code, request=request)
        if value is not None:
            sections.append(section_from(value, source=f"{section_for.__module__}.{section_for.__qualname__}"))
    return sorted(sections, key=lambda section: (section.order, section.title))
