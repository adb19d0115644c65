"""The training app's one door to the guidelines app: section lookup, compare links, the edition hook.

Lessons store (guideline page, section anchor). Everything the training app needs to know about
guidelines goes through here, so a change in the guidelines app's API touches one file.
"""

import logging
from dataclasses import dataclass
from urllib.parse import urlencode

from wagtail.models import Page

from guidelines import selectors
from guidelines.signals import edition_published

logger = logging.getLogger(__name__)


def guideline_compare_url(*, guideline: Page, from_edition: str, to_edition: str) -> str:
    """/<lang>/guidelines/<slug>/compare/?from=<a>&to=<b> for the guideline page given (in its own language)."""
    base = guideline.specific.url or ""
    return f"{base.rstrip('/')}/compare/?{urlencode({'from': from_edition, 'to': to_edition})}"


@dataclass(frozen=True)
class SectionLink:
    url: str
    label: str


def section_links(*, links, locale) -> list[SectionLink]:
    """The sections a lesson teaches, in the guideline's translation for `locale` when it is live, else as linked."""
    result = []
    for link in links:
        guideline = link.guideline.specific
        translated = guideline.get_translation_or_none(locale)
        if translated is not None and translated.live:
            guideline = translated.specific
        url = f"{guideline.url}#{link.anchor}"
        section = selectors.section_by_anchor(guideline, link.anchor) if hasattr(guideline, "editions") else None
        label = f"{guideline.title} §{section.number} {section.heading}" if section else guideline.title
        result.append(SectionLink(url=url, label=label))
    return result


def section_exists(*, guideline: Page, anchor: str) -> bool:
    """True when the guideline's current edition has a section with this anchor."""
    specific = guideline.specific
    if not hasattr(specific, "editions"):
        return False
    return selectors.section_by_anchor(specific, anchor) is not None


def on_edition_published(*, guideline: Page, from_edition: str, to_edition: str, changed_anchors: list[str]) -> list:
    """What the training app does when a guideline edition replaces another: flag lessons teaching changed sections."""
    from .services import lessons_flag_for_guideline_change

    return lessons_flag_for_guideline_change(
        guideline=guideline, changed_anchors=changed_anchors, from_edition=from_edition, to_edition=to_edition
    )


def connect_edition_hook() -> None:
    """Listens to the guidelines app's `edition_published` signal: a new edition flags the lessons it changed."""
    edition_published.connect(_edition_published_receiver, dispatch_uid="training.flag_lessons_on_new_edition")


def _edition_published_receiver(sender, *, guideline, new_edition, previous_edition, **kwargs):
    """A first edition changes nothing a lesson could have taught; later ones flag the lessons concerned."""
    if previous_edition is None:
        return
    changed = selectors.sections_changed_between(guideline, previous_edition, new_edition)
    if not changed:
        return
    on_edition_published(
        guideline=guideline,
        from_edition=previous_edition.label,
        to_edition=new_edition.label,
        changed_anchors=sorted(changed),
    )
