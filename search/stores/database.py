"""The database engine's store: SearchRecord rows, written by the same worker and rebuild paths.

Documents are updated in place by their stable document id (an upsert), never deleted and re-inserted,
so a search that read record ids a moment before a refresh still finds those records afterwards.
"""

from datetime import datetime

from django.db import transaction
from django.db.models import Q

from search.glossary import analysed_text
from search.models import SearchRecord
from search.semantic.related import related_changed
from search.semantic.vectors import attach_vectors
from search.serialization import document_body

from . import DocumentsByKey

UPDATED_FIELDS = [field.name for field in SearchRecord._meta.concrete_fields if field.name not in ("id", "document_id")]


def _pipes(values: list[str]) -> str:
    return "|" + "".join(f"{value}|" for value in values)


def record_from_body(id_: str, body: dict) -> SearchRecord:
    return SearchRecord(
        document_id=id_,
        source=body["source"],
        key=body["key"],
        kind=body["kind"],
        title=body["title"][:500],
        text=body["text"],
        search_text=analysed_text(f"{body['title']}\n{body['text']}"),
        language=body["language"],
        url=body["url"][:500],
        countries=_pipes(body["countries"]),
        topics=_pipes(body["topics"]),
        visibility=body["visibility"],
        groups=_pipes(body["groups"]),
        group_key=body["group_key"][:255],
        translation_key=body["translation_key"][:255],
        edition=body["edition"],
        is_current=body["is_current"],
        published_at=datetime.fromisoformat(body["published_at"]) if body["published_at"] else None,
        content_hash=body["content_hash"],
        vector_key=body.get("vector_key"),
    )


class DatabaseStore:
    def replace(self, documents_by_key: DocumentsByKey) -> None:
        bodies = {
            document.id: document_body(source=source, key=key, document=document)
            for (source, key), documents in documents_by_key.items()
            for document in documents
        }
        keys = Q(pk__in=[])
        for source, key in documents_by_key:
            keys |= Q(source=source, key=key)
        with transaction.atomic():
            SearchRecord.objects.filter(keys).exclude(document_id__in=list(bodies)).delete()
            self.write(bodies)

    def hashes(self) -> dict[str, str]:
        return dict(SearchRecord.objects.values_list("document_id", "content_hash").iterator())

    def write(self, bodies: dict[str, dict]) -> None:
        attach_vectors(bodies)
        # In id order, so two workers writing overlapping documents lock rows in the same order.
        SearchRecord.objects.bulk_create(
            [record_from_body(id_, bodies[id_]) for id_ in sorted(bodies)],
            batch_size=500,
            update_conflicts=True,
            unique_fields=["document_id"],
            update_fields=UPDATED_FIELDS,
        )
        related_changed()

    def delete(self, ids: list[str]) -> None:
        for start in range(0, len(ids), 1000):  # a rebuild may remove many: keep each statement's parameters few
            SearchRecord.objects.filter(document_id__in=ids[start : start + 1000]).delete()
        related_changed()
