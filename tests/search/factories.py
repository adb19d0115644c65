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


def index_documents(fixture_source, *documents) -> None:
    """Puts `documents` in the test source and rebuilds the index of the engine in use."""
    from search.maintenance import index_rebuild

    for document in documents:
        fixture_source.documents[document.id] = [document]
    index_rebuild()


def api_search(client, query: str, **params) -> dict:
    """The JSON search API's answer to `query`, which must be a 200."""
    response = client.get("/api/search/", {"q": query, **params})
    assert response.status_code == 200, response.content
    return response.json()
