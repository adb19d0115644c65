"""Knowledge documents and an in-memory knowledge source, so search tests need no other app."""

import itertools
from datetime import UTC, datetime

from search.outbox import record_change
from search.sources import KnowledgeDocument, Visibility

_ids = itertools.count(1)


def knowledge_document(**fields) -> KnowledgeDocument:
    number = next(_ids)
    values = {
        "id": f"fixture:{number}",
        "kind": "forum_topic",
        "title": f"Lesson learned {number}",
        "text": "A caseworker shares what worked.",
        "language": "en",
        "url": f"/en/forum/topics/{number}/",
        "countries": ["ML"],
        "topics": ["reintegration"],
        "visibility": Visibility.PUBLIC,
        "published_at": datetime(2026, 1, 1 + number % 28, tzinfo=UTC),
    }
    values.update(fields)
    return KnowledgeDocument(**values)


class FixtureSource:
    """A source whose "database" is a dict of key -> documents; `put`/`remove` record the change like an app would."""

    name = "test.fixture"

    def __init__(self):
        self.documents: dict[str, list[KnowledgeDocument]] = {}
        self.on_documents_for = None  # a hook to make changes while the index is being built

    def all_keys(self):
        return list(self.documents)

    def documents_for(self, keys):
        if self.on_documents_for:
            self.on_documents_for(keys)
        return {key: list(self.documents[key]) for key in keys if key in self.documents}

    def put(self, key: str, *documents: KnowledgeDocument) -> None:
        self.documents[key] = list(documents)
        record_change(source=self.name, key=key)

    def remove(self, key: str) -> None:
        self.documents.pop(key, None)
        record_change(source=self.name, key=key)

    def expected_ids(self) -> set[str]:
        return {document.id for documents in self.documents.values() for document in documents}
