"""Draining the outbox into the store: dedupe keys, ask sources for current documents, replace in bulk.

A failed batch keeps its rows with a growing delay (exponential backoff, no limit on attempts):
nothing is lost while Elasticsearch is down. Applied rows are marked processed and pruned later,
so a rebuild can replay the changes made while it ran.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from .models import IndexOutboxEntry
from .sources import registered_sources
from .stores import DocumentsByKey, KnowledgeStore, current_store, database_mirror_enabled
from .stores.database import DatabaseStore

logger = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 5
BACKOFF_MAX_SECONDS = 15 * 60
PROCESSED_RETENTION = timedelta(days=1)


@dataclass
class DrainReport:
    applied: int = 0  # outbox rows applied
    failed: int = 0  # outbox rows left for a later attempt
    keys: int = 0  # distinct (source, key) pairs applied


def backoff_delay(attempts: int) -> timedelta:
    return timedelta(seconds=min(BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS))


def documents_by_key(pairs: list[tuple[str, str]]) -> DocumentsByKey:
    """The current documents of each (source, key), asking every source once; raises for an unknown source."""
    keys_by_source: dict[str, list[str]] = defaultdict(list)
    for source_name, key in pairs:
        keys_by_source[source_name].append(key)
    sources = registered_sources()
    found: DocumentsByKey = {}
    for source_name, keys in keys_by_source.items():
        if source_name not in sources:
            raise LookupError(f"no registered knowledge source named {source_name!r}")
        documents = sources[source_name].documents_for(sorted(set(keys)))
        for key in keys:
            found[(source_name, key)] = list(documents.get(key) or [])
    return found


def apply_changes(*, pairs: list[tuple[str, str]], store: KnowledgeStore) -> None:
    """After: the store holds exactly the sources' current documents for these keys."""
    store.replace(documents_by_key(pairs))


class ElasticsearchDown(Exception):
    """The worker knows the cluster is not answering: rows wait without another attempt to reach it."""


def outbox_drain(
    *, batch_size: int = 500, store: KnowledgeStore | None = None, elasticsearch_down: bool = False
) -> DrainReport:
    """Applies one batch of due rows, one source at a time, so one failing source never blocks another.

    With `elasticsearch_down`, only the database fallback is refreshed and the rows are postponed.
    """
    now = timezone.now()
    report = DrainReport()
    with transaction.atomic():
        rows = list(
            IndexOutboxEntry.objects.due(now=now).select_for_update(skip_locked=True).order_by("id")[:batch_size]
        )
        if not rows:
            return report
        rows_by_source: dict[str, list[IndexOutboxEntry]] = defaultdict(list)
        for row in rows:
            rows_by_source[row.source].append(row)
        try:
            if elasticsearch_down:
                raise ElasticsearchDown("Elasticsearch is not answering")
            store = store or current_store()
        except Exception as error:
            _refresh_fallback(sorted({(row.source, row.key) for row in rows}))
            _postpone(rows, error=error, now=now)
            report.failed += len(rows)
            return report
        for source_rows in rows_by_source.values():
            pairs = sorted({(row.source, row.key) for row in source_rows})
            try:
                with transaction.atomic():  # a savepoint: a database error here must not abort the whole batch
                    apply_changes(pairs=pairs, store=store)
            except Exception as error:
                _postpone(source_rows, error=error, now=now)
                report.failed += len(source_rows)
                continue
            IndexOutboxEntry.objects.filter(id__in=[row.id for row in source_rows]).update(processed_at=now)
            report.applied += len(source_rows)
            report.keys += len(pairs)
    return report


def _refresh_fallback(pairs: list[tuple[str, str]]) -> None:
    """The cluster is down: still bring the database mirror up to date, since degraded search reads it."""
    if not database_mirror_enabled():
        return
    try:
        with transaction.atomic():  # a savepoint, so the rows can still be postponed after a database error
            apply_changes(pairs=pairs, store=DatabaseStore())
    except Exception:
        logger.exception("search outbox: the database mirror could not be refreshed")


def _postpone(rows: list[IndexOutboxEntry], *, error: Exception, now) -> None:
    logger.warning("search outbox: %s rows postponed: %s", len(rows), error.__class__.__name__)
    message = f"{error.__class__.__name__}: {error}"[:2000]
    for row in rows:
        row.attempts += 1
        row.next_attempt_at = now + backoff_delay(row.attempts)
        row.last_error = message
    IndexOutboxEntry.objects.bulk_update(rows, ["attempts", "next_attempt_at", "last_error"])


def outbox_retry_now() -> int:
    """The cluster answers again: every waiting row becomes due now, its backoff forgotten. Returns how many."""
    return IndexOutboxEntry.objects.pending().filter(attempts__gt=0).update(attempts=0, next_attempt_at=None)


def outbox_has_postponed() -> bool:
    return IndexOutboxEntry.objects.pending().filter(attempts__gt=0).exists()


def outbox_prune(*, older_than: timedelta = PROCESSED_RETENTION) -> int:
    """Deletes processed rows past their retention; returns how many."""
    deleted, _ = IndexOutboxEntry.objects.filter(processed_at__lt=timezone.now() - older_than).delete()
    return deleted


def outbox_depth() -> int:
    return IndexOutboxEntry.objects.pending().count()
