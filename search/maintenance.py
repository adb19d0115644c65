"""Operator actions on the knowledge store: full rebuild with an atomic alias swap, drift check and repair.

A rebuild loads every source into a fresh index while the old one keeps serving, swaps the alias, then
replays every outbox row created since the rebuild started (minus a margin for transactions that were
still open), so changes made during the rebuild are neither lost nor resurrected. It also deletes the
indices earlier rebuilds left when they were killed (see search.stores.elasticsearch), as do
`search_index --prune` and the search worker when it starts.
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .client import SearchBackendError, elasticsearch_configured, get_client
from .documents import glossary_settings, new_index_name
from .glossary import synonym_rules
from .models import IndexOutboxEntry
from .serialization import document_body
from .sources import registered_sources
from .stores import KnowledgeStore, current_store, database_mirror_enabled
from .stores.database import DatabaseStore
from .stores.elasticsearch import (
    LEASE_RENEWAL,
    ElasticsearchStore,
    create_index,
    discard_unless_serving,
    ensure_alias,
    finish_building,
    indices_behind_alias,
    prune_orphan_indices,
    renew_lease,
    swap_alias,
)
from .worker import apply_changes, documents_by_key

logger = logging.getLogger(__name__)

KEYS_PER_BATCH = 200
# Rows created shortly before the start may belong to transactions that committed after it.
REPLAY_MARGIN = timedelta(minutes=5)

Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


@dataclass
class RebuildReport:
    documents: int = 0
    keys: int = 0
    replayed: int = 0
    index: str = ""


@dataclass
class DriftReport:
    missing: list[str] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    outdated_fields: list[str] = field(default_factory=list)  # the index predates the code: rebuild, not repair
    repaired: bool = False

    @property
    def in_sync(self) -> bool:
        return not (self.missing or self.orphaned or self.stale or self.outdated_fields)


def _all_pairs() -> list[tuple[str, str]]:
    return [(name, str(key)) for name, source in registered_sources().items() for key in source.all_keys()]


def _expected_bodies(pairs: list[tuple[str, str]], progress: Progress, stage: str):
    """Yields (id, body) for every current document, asking sources in batches."""
    for start in range(0, len(pairs), KEYS_PER_BATCH):
        batch = pairs[start : start + KEYS_PER_BATCH]
        for (source, key), documents in documents_by_key(batch).items():
            for document in documents:
                yield document.id, document_body(source=source, key=key, document=document)
        progress(stage, min(start + KEYS_PER_BATCH, len(pairs)), len(pairs))


def index_rebuild(*, progress: Progress = _no_progress) -> RebuildReport:
    """After: the store holds every source's current documents, including changes made meanwhile."""
    started_at = timezone.now()
    pairs = _all_pairs()
    report = RebuildReport(keys=len(pairs))
    if elasticsearch_configured():
        report.index, report.documents = _build_and_swap(pairs, progress)
    if not elasticsearch_configured() or database_mirror_enabled():
        records = DatabaseStore()
        with transaction.atomic():  # in place, by document id: readers keep finding the records they just counted
            loaded = _load(records, pairs, progress)
            records.delete(sorted(records.hashes().keys() - loaded))
        report.documents = report.documents or len(loaded)
    store = current_store()
    report.replayed = _replay_since(started_at - REPLAY_MARGIN, store=store, progress=progress)
    return report


def _build_and_swap(pairs: list[tuple[str, str]], progress: Progress) -> tuple[str, int]:
    """Loads a fresh index and points the alias at it; on any failure the fresh index is deleted, the alias untouched."""
    index = new_index_name()
    renewed_at = time.monotonic()

    def progress_and_lease(stage: str, done: int, total: int) -> None:
        nonlocal renewed_at
        if time.monotonic() - renewed_at >= LEASE_RENEWAL.total_seconds():
            renew_lease(index)
            renewed_at = time.monotonic()
        progress(stage, done, total)

    try:
        create_index(building=True, name=index)
        prune_orphan_indices(older_than=index)
        documents = len(_load(ElasticsearchStore(index=index), pairs, progress_and_lease))
        finish_building(index)
        swap_alias(to_index=index)
    except BaseException:  # an interrupted rebuild (Ctrl-C) must not leave its index either
        try:
            discard_unless_serving(index)
        except SearchBackendError:
            logger.exception("rebuild failed and its index %s could not be deleted: delete it by hand", index)
        raise
    return index, documents


def index_prune() -> list[str]:
    """Deletes the indices killed rebuilds left (none while Elasticsearch is not configured); returns their names."""
    if not elasticsearch_configured():
        return []

    return prune_orphan_indices()


def _load(store: KnowledgeStore, pairs: list[tuple[str, str]], progress: Progress) -> set[str]:
    """Writes every current document of `pairs` to the store; returns their ids."""
    loaded: set[str] = set()
    batch: dict[str, dict] = {}
    for id_, body in _expected_bodies(pairs, progress, "rebuild"):
        batch[id_] = body
        if len(batch) >= 2000:
            store.write(batch)
            loaded.update(batch)
            batch = {}
    store.write(batch)
    loaded.update(batch)
    return loaded


def _replay_since(since, *, store: KnowledgeStore, progress: Progress) -> int:
    pairs = sorted(set(IndexOutboxEntry.objects.filter(created_at__gte=since).values_list("source", "key")))
    for start in range(0, len(pairs), KEYS_PER_BATCH):
        apply_changes(pairs=pairs[start : start + KEYS_PER_BATCH], store=store)
        progress("replay", min(start + KEYS_PER_BATCH, len(pairs)), len(pairs))
    return len(pairs)


def stores_to_check() -> dict[str, KnowledgeStore]:
    """Each store that should mirror the sources, by the name an operator reads."""
    stores: dict[str, KnowledgeStore] = {}
    if elasticsearch_configured():
        stores["elasticsearch"] = ElasticsearchStore.for_alias()
    if not elasticsearch_configured() or database_mirror_enabled():
        stores["database"] = DatabaseStore()
    return stores


def outdated_index_warning() -> str:
    """What an operator must do when the live index predates the code's mapping ("" when it does not)."""
    from .stores.elasticsearch import ElasticsearchStore

    store = ElasticsearchStore.for_alias()
    outdated = store.outdated_fields()
    if not outdated:
        return ""
    return (
        f"the index {store.index} was built by an older version (fields {', '.join(outdated)} differ); "
        "run `manage.py search_index --rebuild` (zero downtime)"
    )


def index_check(*, repair: bool, store: KnowledgeStore, progress: Progress = _no_progress) -> DriftReport:
    """Compares sources with a store by document id and content hash; with `repair`, fixes every difference."""
    if getattr(store, "index", ""):
        get_client(use="index").indices.refresh(index=store.index)
        outdated = store.outdated_fields()
        if outdated:
            return DriftReport(outdated_fields=outdated)
    held = store.hashes()
    expected = dict(_expected_bodies(_all_pairs(), progress, "check"))
    report = DriftReport(
        missing=sorted(expected.keys() - held.keys()),
        orphaned=sorted(held.keys() - expected.keys()),
        stale=sorted(id_ for id_, body in expected.items() if id_ in held and held[id_] != body["content_hash"]),
    )
    if repair and not report.in_sync:
        store.write({id_: expected[id_] for id_ in (*report.missing, *report.stale)})
        store.delete(report.orphaned)
        report.repaired = True
    return report


def glossary_reload() -> str:
    """Puts the editors' current glossary into the live index (closed and reopened: a second of degraded search)."""
    ensure_alias()
    client = get_client(use="index")
    rules = synonym_rules()
    for index in indices_behind_alias():
        client.indices.close(index=index)
        try:
            client.indices.put_settings(index=index, settings=glossary_settings(rules))
        finally:
            client.indices.open(index=index, wait_for_active_shards="1")
    return f"{len(rules)} glossary rules"
