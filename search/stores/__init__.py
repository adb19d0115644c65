"""Where knowledge documents are kept for searching: the Elasticsearch index, or database records.

Both stores take the same calls, so the worker, rebuild and drift check have one code path.
"""

from typing import Protocol

from django.conf import settings

from search.client import elasticsearch_configured
from search.sources import KnowledgeDocument

DocumentsByKey = dict[tuple[str, str], list[KnowledgeDocument]]


class KnowledgeStore(Protocol):
    def replace(self, documents_by_key: DocumentsByKey) -> None:
        """After: each (source, key) holds exactly the given documents (none: removed)."""

    def hashes(self) -> dict[str, str]:
        """Every stored document id with its content hash."""

    def write(self, bodies: dict[str, dict]) -> None:
        """Adds or overwrites documents by id (bodies from serialization.document_body)."""

    def delete(self, ids: list[str]) -> None:
        """Removes documents by id; absent ids are ignored."""


def database_mirror_enabled() -> bool:
    """With Elasticsearch, also keep database records so search can fall back when the cluster is down."""
    return bool(getattr(settings, "SEARCH_DATABASE_FALLBACK", True))


def current_store() -> KnowledgeStore:
    """Where changes go: the index alias (mirrored to the database) when Elasticsearch is configured, else the database."""
    from .database import DatabaseStore

    if not elasticsearch_configured():
        return DatabaseStore()
    from .elasticsearch import ElasticsearchStore

    if not database_mirror_enabled():
        return ElasticsearchStore.for_alias()
    from .mirrored import MirroredStore

    return MirroredStore(primary=ElasticsearchStore.for_alias(), mirror=DatabaseStore())
