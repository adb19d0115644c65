"""What the knowledge index holds about evidence: one document per live item, and one per page of its PDFs.

The page documents share the item's translation key, so results show the item once, through its best match:
a hit inside a PDF shows that page's words and links to the file at #page=N.
"""

from collections.abc import Iterable
from datetime import UTC, datetime, time

from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from search.sources import KnowledgeDocument, Visibility

from .choices import Access, TextStatus
from .models import EvidenceItemPage, EvidencePageText

SOURCE_NAME = "evidence.item"
KIND = "evidence"


def _visibility(item: EvidenceItemPage) -> tuple[str, list[str]]:
    if item.access == Access.MEMBERS:
        return Visibility.MEMBERS, []
    if item.access == Access.GROUP:
        # No group chosen: nobody but superusers may see it, so it is shared with no group at all.
        return Visibility.GROUPS, [item.access_group.name] if item.access_group_id else []
    return Visibility.PUBLIC, []


def _day(value) -> datetime | None:
    return datetime.combine(value, time(), tzinfo=UTC) if value else None


def _item_text(item: EvidenceItemPage) -> str:
    parts = [
        item.summary,
        item.source_organisations,
        item.admin1_areas,
        str(item.get_document_type_display()),
        str(item.get_population_group_display() or ""),
        str(item.get_collection_component_display() or ""),
    ]
    return "\n".join(part for part in parts if part)


def _page_title(title: str, number: int, language: str) -> str:
    with translation.override(language):
        return _("%(title)s, page %(number)s") % {"title": title, "number": number}


def evidence_documents(item: EvidenceItemPage) -> list[KnowledgeDocument]:
    """The item's document and its pages' documents, or [] when it must not be found."""
    if not item.live:
        return []
    visibility, groups = _visibility(item)
    common = {
        "kind": KIND,
        "countries": item.country_codes(),
        "topics": [topic.slug for topic in item.topics.all()],
        "population_groups": [item.population_group] if item.population_group else [],
        "visibility": visibility,
        "groups": groups,
        "translation_key": str(item.translation_key),
        "published_at": _day(item.publication_date),
        "updated_at": item.last_published_at,
    }
    extra = {
        "document_type": item.document_type,
        "period_start": item.period_start.isoformat() if item.period_start else "",
        "period_end": item.period_end.isoformat() if item.period_end else "",
    }
    documents = [
        KnowledgeDocument(
            id=f"evidence:{item.pk}",
            title=item.title,
            text=_item_text(item),
            language=item.locale.language_code,
            url=item.url or "",
            extra=extra,
            **common,
        )
    ]
    files = [file for file in item.files.all() if file.text_status == TextStatus.READY]
    texts = EvidencePageText.objects.filter(file__in=files).exclude(text="").order_by("file_id", "number")
    by_id = {file.pk: file for file in files}
    for page_text in texts:
        evidence_file = by_id[page_text.file_id]
        documents.append(
            KnowledgeDocument(
                id=f"evidence-page:{item.pk}:{evidence_file.pk}:{page_text.number}",
                title=_page_title(item.title, page_text.number, evidence_file.language),
                text=page_text.text,
                language=evidence_file.language,
                url=item.file_url(evidence_file, page_text.number),
                extra={**extra, "page": page_text.number},
                **common,
            )
        )
    return documents


class EvidenceSource:
    name = SOURCE_NAME

    def all_keys(self) -> Iterable[str]:
        return [str(pk) for pk in EvidenceItemPage.objects.live().values_list("pk", flat=True)]

    def keys_for_pages(self, page_ids: list[int]) -> list[str]:
        return [
            str(pk) for pk in Page.objects.filter(pk__in=page_ids).type(EvidenceItemPage).values_list("pk", flat=True)
        ]

    def documents_for(self, keys: list[str]) -> dict[str, list[KnowledgeDocument]]:
        ids = [int(key) for key in keys if str(key).isdigit()]
        items = (
            EvidenceItemPage.objects.filter(pk__in=ids)
            .select_related("locale", "primary_country", "access_group")
            .prefetch_related("other_countries", "topics", "files")
        )
        return {str(item.pk): documents for item in items if (documents := evidence_documents(item))}
