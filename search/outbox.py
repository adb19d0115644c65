"""Recording changes for the index; the worker (search_worker) drains them to the store.

Without Elasticsearch configured (the embedded `make run` default, where no worker runs) the change
is also applied to the database engine's records right after commit, and its row is marked
processed, so rows never pile up; if that immediate apply fails the row stays pending for the worker.
"""

import logging

from django.db import transaction
from django.utils import timezone

from .client import elasticsearch_configured
from .models import IndexOutboxEntry

logger = logging.getLogger(__name__)


def record_change(*, source: str, key: str) -> None:
    """Call inside the transaction that changes indexed content; after commit the change will reach the index."""
    record_changes(source=source, keys=[key])


def record_changes(*, source: str, keys) -> None:
    """`record_change` for many keys of one source at once (a moved subtree): one insert, one apply after commit."""
    keys = list(dict.fromkeys(str(key) for key in keys))
    if not keys:
        return
    with transaction.atomic():
        entries = IndexOutboxEntry.objects.bulk_create(IndexOutboxEntry(source=source, key=key) for key in keys)
    if not elasticsearch_configured():
        transaction.on_commit(lambda: _apply_to_database(entries))


def _apply_to_database(entries: list[IndexOutboxEntry]) -> None:
    from .stores.database import DatabaseStore
    from .worker import apply_changes, outbox_prune

    try:
        apply_changes(pairs=[(entry.source, entry.key) for entry in entries], store=DatabaseStore())
    except Exception:
        logger.exception("search: immediate indexing of %s changes failed; the worker will retry", len(entries))
        return
    IndexOutboxEntry.objects.filter(id__in=[entry.id for entry in entries]).update(processed_at=timezone.now())
    if any(entry.id % 100 == 0 for entry in entries):
        outbox_prune()
