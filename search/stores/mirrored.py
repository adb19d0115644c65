"""Elasticsearch as the primary store with the database records kept as its mirror.

The mirror is what search falls back to when the cluster is down, so it receives every change first
(a database write that the worker can redo); the primary then follows or the change is retried.
"""

from . import DocumentsByKey, KnowledgeStore


class MirroredStore:
    def __init__(self, *, primary: KnowledgeStore, mirror: KnowledgeStore):
        self.primary = primary
        self.mirror = mirror
        self.index = getattr(primary, "index", "")

    def replace(self, documents_by_key: DocumentsByKey) -> None:
        self.mirror.replace(documents_by_key)
        self.primary.replace(documents_by_key)

    def hashes(self) -> dict[str, str]:
        return self.primary.hashes()

    def write(self, bodies: dict[str, dict]) -> None:
        self.mirror.write(bodies)
        self.primary.write(bodies)

    def delete(self, ids: list[str]) -> None:
        self.mirror.delete(ids)
        self.primary.delete(ids)
