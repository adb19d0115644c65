"""The guidelines' contribution to the knowledge index: one document per section per edition."""

from collections.abc import Iterable

from guidelines.models import GuidelineEdition, GuidelinePage
from guidelines.services import SEARCH_SOURCE
from search.sources import KnowledgeDocument


class GuidelineSource:
    name = SEARCH_SOURCE

    def all_keys(self) -> Iterable[str]:
        return [
            str(pk)
            for pk in GuidelinePage.objects.live()
            .public()
            .filter(editions__isnull=False)
            .distinct()
            .values_list("pk", flat=True)
        ]

    def keys_for_pages(self, page_ids: list[int]) -> list[str]:
        return [str(pk) for pk in GuidelinePage.objects.filter(pk__in=page_ids).values_list("pk", flat=True)]

    def documents_for(self, keys: list[str]) -> dict[str, list[KnowledgeDocument]]:
        ids = [int(key) for key in keys if str(key).isdigit()]
        pages = {
            page.pk: page
            for page in GuidelinePage.objects.live()
            .public()
            .filter(pk__in=ids)
            .select_related("locale")
            .prefetch_related("topics")
        }
        editions: dict[int, list] = {}
        for edition in GuidelineEdition.objects.filter(guideline_id__in=pages).newest_first():
            editions.setdefault(edition.guideline_id, []).append(edition)
        result: dict[str, list[KnowledgeDocument]] = {}
        for pk, page in pages.items():
            result[str(pk)] = guideline_documents(page, editions.get(pk, []))
        return result


def guideline_documents(page, editions: list) -> list[KnowledgeDocument]:
    """Documents for every section of every edition (newest first: the first edition is current)."""
    page_countries = [country.code for country in page.countries.all()]
    topics = [topic.slug for topic in page.topics.all()]
    base_url = page.url or ""
    documents = []
    for position, edition in enumerate(editions):
        is_current = position == 0
        for section in edition.sections:
            anchor = section["anchor"]
            url = f"{base_url}#{anchor}" if is_current else f"{base_url}editions/{edition.label}/#{anchor}"
            documents.append(
                KnowledgeDocument(
                    id=f"guideline-section:{page.pk}:{edition.label}:{anchor}",
                    kind="guideline_section",
                    title=f"{edition.title} §{section['number']} {section['heading']}",
                    text=section["text"],
                    language=page.locale.language_code,
                    url=url,
                    countries=sorted(set(page_countries) | set(section.get("country_notes", {}))),
                    topics=topics,
                    translation_key=f"{page.translation_key}:{anchor}",
                    edition=edition.label,
                    is_current=is_current,
                    published_at=edition.published_at,
                    updated_at=edition.published_at,
                    extra={"guideline_id": page.pk, "section_number": section["number"], "anchor": anchor},
                )
            )
    return documents
