"""The portal's own pages (home and standard pages) as knowledge: a source and the signals that feed the outbox.

The one module of the portal that imports search, as every app's `search_source` does; PortalConfig.ready
connects it. It also tells search when a country or topic changes, so facet labels follow.

The pattern other apps copy: a source object answering `all_keys` / `documents_for` (and, for page-based
sources, `keys_for_pages`, through which search.page_changes handles moves and privacy changes), and signal
handlers calling `record_change` inside the publishing transaction for publish, unpublish and delete.
"""

from django.db.models.signals import post_delete, post_save
from django.utils.html import strip_tags

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from search.outbox import record_change
from search.sources import KnowledgeDocument, register_source
from search.taxonomy import forget_taxonomy

from .models import Country, HomePage, StandardPage, Topic

SOURCE_NAME = "portal.page"
PAGE_MODELS = (HomePage, StandardPage)


def _stream_text(stream) -> str:
    parts = []
    for block in stream or []:
        parts.extend(str(text) for text in block.block.get_searchable_content(block.value))
    return " ".join(parts)


def _page_text(page) -> str:
    parts = [getattr(page, "search_description", "")]
    for field in ("headline", "intro", "introduction"):
        parts.append(strip_tags(str(getattr(page, field, "") or "")))
    parts.append(_stream_text(getattr(page, "body", None)))
    return "\n".join(part for part in parts if part)


class PortalPageSource:
    name = SOURCE_NAME

    def _pages(self):
        return Page.objects.live().public().type(*PAGE_MODELS)

    def all_keys(self):
        return [str(page_id) for page_id in self._pages().values_list("id", flat=True)]

    def keys_for_pages(self, page_ids: list[int]) -> list[str]:
        """Every portal page among them, live or not: one moved or made private may have to leave the index."""
        return [
            str(page_id)
            for page_id in Page.objects.filter(id__in=page_ids).type(*PAGE_MODELS).values_list("id", flat=True)
        ]

    def documents_for(self, keys: list[str]) -> dict[str, list[KnowledgeDocument]]:
        ids = [int(key) for key in keys if key.isdigit()]
        pages = self._pages().filter(id__in=ids).specific().select_related("locale")
        return {str(page.id): [self._document(page)] for page in pages}

    def _document(self, page) -> KnowledgeDocument:
        return KnowledgeDocument(
            id=f"page:{page.id}",
            kind="page",
            title=page.title,
            text=_page_text(page),
            language=page.locale.language_code[:2],
            url=page.get_url() or page.url_path,
            translation_key=f"page:{page.translation_key}",
            published_at=page.first_published_at,
            updated_at=page.last_published_at,
        )


def _record_page(page) -> None:
    if isinstance(page.specific_deferred, PAGE_MODELS):
        record_change(source=SOURCE_NAME, key=str(page.id))


def _on_publish_change(sender, instance, **kwargs):
    _record_page(instance)


def _on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, PAGE_MODELS):
        record_change(source=SOURCE_NAME, key=str(instance.id))


def connect() -> None:
    register_source(PortalPageSource())
    page_published.connect(_on_publish_change, dispatch_uid="search-page-published")
    page_unpublished.connect(_on_publish_change, dispatch_uid="search-page-unpublished")
    post_delete.connect(_on_page_delete, dispatch_uid="search-page-deleted")
    for model in (Country, Topic):
        post_save.connect(forget_taxonomy, sender=model, dispatch_uid=f"search.taxonomy.save.{model.__name__}")
        post_delete.connect(forget_taxonomy, sender=model, dispatch_uid=f"search.taxonomy.delete.{model.__name__}")
