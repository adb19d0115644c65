"""The database engine's store: SearchRecord rows, written by the same worker and rebuild paths."""

from datetime import datetime

from django.db import transaction
from django.db.models import Q

from search.glossary import fold
from search.models import SearchRecord
from search.serialization import document_body

from . import DocumentsByKey


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
        search_text=fold(f"{body['title']}\n{body['text']}"),
        language=body["language"],
        url=body["url"][:500],
        countries=_pipes(body["countries"]),
        topics=_pipes(body["topics"]),
        visibility=body["visibility"],
        groups=_pipes(body["groups"]),
        group_key=body["group_key"][:255],
        edition=body["edition"],
        is_current=body["is_current"],
        published_at=datetime.fromisoformat(body["published_at"]) if body["published_at"] else None,
        content_hash=body["content_hash"],
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
            SearchRecord.objects.filter(keys).delete()
            self.write(bodies)

    def hashes(self) -> dict[str, str]:
        return dict(SearchRecord.objects.values_list("document_id", "content_hash").iterator())

    def write(self, bodies: dict[str, dict]) -> None:
        with transaction.atomic():
            SearchRecord.objects.filter(document_id__in=list(bodies)).delete()
            SearchRecord.objects.bulk_create((record_from_body(id_, body) for id_, body in bodies.items()), 500)

    def delete(self, ids: list[str]) -> None:
        SearchRecord.objects.filter(document_id__in=ids).delete()

    def clear(self) -> None:
        SearchRecord.objects.all().delete()
