"""Citations of evidence items, as the reader may see them.

Guideline sections and lessons cite an item with an evidence block (`guidelines.blocks.EvidenceCitationBlock`):
each reader sees it named only when they may read the item (`evidence_citation_for_reader`). The item lists what
cites it: pages found through Wagtail's reference index and forum topics through the `evidence_discussions`
extension the forum offers (this app imports neither training nor the forum).
"""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from wagtail.models import Locale, Page, ReferenceIndex

from guidelines.models import GuidelinePage
from guidelines.selectors import section_by_anchor
from portal.extensions import app_hook

from .access import can_read
from .models import EvidenceItemPage
from .selectors import EvidenceCitationLink


@dataclass(frozen=True)
class CitingPage:
    """A guideline section or a lesson citing an item."""

    label: str
    url: str


def evidence_discussions(*, item, user) -> list:
    discussions = app_hook("evidence_discussions")
    return discussions(item.slug, user=user) if discussions else []


def evidence_citation_for_reader(*, item_id, pdf_page=None, user, language: str) -> EvidenceCitationLink | None:
    """The cited item named and linked (at the cited page of its PDF), in the reader's language when translated;
    None when it is gone or the reader may not read it."""
    item = EvidenceItemPage.objects.live().filter(pk=item_id).first() if item_id else None
    if item is None:
        return None
    locale = Locale.objects.filter(language_code=language).first()
    translated = item.get_translation_or_none(locale) if locale else None
    if translated is not None and translated.live:
        item = translated
    if not can_read(user=user, item=item):
        return None
    pdf = item.files.order_by("pk").first() if pdf_page else None
    if pdf is None:
        return EvidenceCitationLink(url=item.url or "", label=item.title)
    label = _("%(title)s, p. %(page)s") % {"title": item.title, "page": pdf_page}
    return EvidenceCitationLink(url=item.file_url(pdf, pdf_page), label=label)


def _may_view(page: Page, request) -> bool:
    return page.live and all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def _guideline_section(page: GuidelinePage, content_path: str) -> CitingPage | None:
    """The cited section of a guideline's current edition, from the block path `body.<section id>.content...`."""
    section_id = content_path.split(".")[1] if content_path.count(".") else ""
    anchors = {child.id: child.value["anchor"] for child in page.body if child.block_type == "section"}
    section = section_by_anchor(page, anchors[section_id]) if section_id in anchors else None
    if section is None:
        return None
    return CitingPage(label=f"{page.title} §{section.number} {section.heading}", url=section.url)


CITING_PAGES_SHOWN = 10  # each citing page costs a few queries: the item page stays bounded however often cited


def citing_pages(*, item, request, limit: int = CITING_PAGES_SHOWN) -> list[CitingPage]:
    """Live guideline sections and lessons whose content cites this item, those this reader may open."""
    found: list[CitingPage] = []
    for source, references in ReferenceIndex.get_references_to(item).group_by_source_object():
        if len(found) >= limit:
            break
        if not isinstance(source, Page):
            continue
        page = source.specific
        if not _may_view(page, request):
            continue
        if isinstance(page, GuidelinePage):
            sections = {_guideline_section(page, reference.content_path) for reference in references}
            found.extend(sorted((section for section in sections if section), key=lambda section: section.label))
        else:
            found.append(CitingPage(label=page.title, url=page.url or ""))
    return found[:limit]
