"""Reads, and the public API other apps use (training links lessons to sections by guideline + anchor).

Public: `current_edition`, `edition_by_label`, `section_by_anchor`, `sections_changed_between`,
`section_permalink`, `section_citation` (the forum turns `[[slug#anchor]]` into a link with it); connect to `guidelines.signals.edition_published` to hear about new editions.
"""

from dataclasses import dataclass

from django.conf import settings

from guidelines.diff import changed_anchors
from guidelines.models import GuidelineEdition, GuidelinePage


@dataclass(frozen=True)
class SectionRef:
    """A section as another app sees it: enough to show, link and cite it."""

    guideline_id: int
    edition_label: str
    anchor: str
    number: str
    heading: str
    url: str


@dataclass(frozen=True)
class SectionCitation:
    url: str
    label: str


def current_edition(guideline):
    """The newest published edition of a guideline, or None before the first publication."""
    return _with_source(GuidelineEdition.objects.filter(guideline=guideline)).newest_first().first()


def edition_by_label(guideline, label: str):
    return _with_source(GuidelineEdition.objects.filter(guideline=guideline, label=label)).first()


def _with_source(editions):
    """Editions with the label of the source edition they follow, without loading its text."""
    return editions.select_related("source_edition").defer("source_edition__snapshot")


def editions_of(guideline) -> list:
    """Every edition, newest first, without the frozen text (lists stay light)."""
    return list(GuidelineEdition.objects.filter(guideline=guideline).newest_first().defer("snapshot"))


def section_permalink(guideline, edition, anchor: str, *, current: bool = False) -> str:
    """The section's URL: in the current text when `current`, else in that frozen edition."""
    base = guideline.url or ""
    if current:
        return f"{base}#{anchor}"
    return f"{base}editions/{edition.label}/#{anchor}"


def section_by_anchor(guideline, anchor: str, edition=None) -> SectionRef | None:
    """The section with this anchor in `edition` (default: the current one), or None if it is not there."""
    edition = edition or current_edition(guideline)
    section = edition.section(anchor) if edition else None
    if section is None:
        return None
    return SectionRef(
        guideline_id=guideline.pk,
        edition_label=edition.label,
        anchor=anchor,
        number=section["number"],
        heading=section["heading"],
        url=section_permalink(guideline, edition, anchor),
    )


def section_citation(*, slug: str, anchor: str, language: str) -> SectionCitation | None:
    """A cited section, in the reader's language when translated: its permanent link in the current edition.

    Only live, public guidelines are cited, so a post never reveals the title of a restricted one.
    """
    pages = GuidelinePage.objects.live().public().filter(slug=slug).select_related("locale")
    page = next(iter(sorted(pages, key=lambda page: page.locale.language_code != language)), None)
    if page is None:
        return None
    section = section_by_anchor(page, anchor) if anchor else None
    if section is None:
        return SectionCitation(url=f"{page.url}#{anchor}" if anchor else page.url, label=page.title)
    return SectionCitation(
        url=section.url, label=f"{page.title}, {section.edition_label} §{section.number} {section.heading}"
    )


def sections_changed_between(guideline, edition_a, edition_b) -> set[str]:
    """Anchors added, removed or reworded from edition_a to edition_b (labels or editions); moves alone do not count."""
    if isinstance(edition_a, str):
        edition_a = edition_by_label(guideline, edition_a)
    if isinstance(edition_b, str):
        edition_b = edition_by_label(guideline, edition_b)
    if edition_a is None or edition_b is None:
        raise LookupError("Unknown edition of this guideline.")
    return changed_anchors(edition_a.sections, edition_b.sections)


def source_guideline(guideline, *, language: str = ""):
    """The English original of a translated guideline (None for the original itself)."""
    if (language or guideline.locale.language_code) == settings.LANGUAGE_CODE:
        return None
    return (
        GuidelinePage.objects.live()
        .filter(translation_key=guideline.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )


def guidelines_with_current_edition(*, index_page) -> list:
    """Live guidelines under the index, each with `.current` set to its newest edition (two queries)."""
    guidelines = list(GuidelinePage.objects.child_of(index_page).live().public().order_by("path"))
    newest: dict[int, object] = {}
    for edition in GuidelineEdition.objects.filter(guideline__in=guidelines).newest_first().defer("snapshot"):
        newest.setdefault(edition.guideline_id, edition)
    for guideline in guidelines:
        guideline.current = newest.get(guideline.pk)
    return guidelines


def feedback_counts() -> list[dict]:
    """Yes/no counts per guideline edition, for editors."""
    from django.db.models import Count, Q

    return list(
        GuidelineEdition.objects.annotate(
            yes=Count("feedback", filter=Q(feedback__helpful=True)),
            no=Count("feedback", filter=Q(feedback__helpful=False)),
            comments=Count("feedback", filter=~Q(feedback__comment="")),
        )
        .select_related("guideline__locale")
        .defer("snapshot")
        .order_by("guideline__title", "guideline__locale__language_code", "-published_at")
        .values(
            "pk",
            "guideline__title",
            "guideline__locale__language_code",
            "label",
            "published_at",
            "yes",
            "no",
            "comments",
        )
    )
