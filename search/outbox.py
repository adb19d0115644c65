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
    with transaction.atomic():
        entry = IndexOutboxEntry.objects.create(source=source, key=str(key))
    if not elasticsearch_configured():
        transaction.on_commit(lambda: _apply_to_database(entry))


def _apply_to_database(entry: IndexOutboxEntry) -> None:
    from .stores.database import DatabaseStore
    from .worker import apply_changes, outbox_prune

    try:
        apply_changes(pairs=[(entry.source, entry.key)], store=DatabaseStore())
    except Exception:
        logger.exception("search: immediate indexing of %s failed; the worker will retry", entry)
        return
    IndexOutboxEntry.objects.filter(id=entry.id).update(processed_at=timezone.now())
    if entry.id % 100 == 0:
        outbox_prune()
