"""Recording changes for the index; the worker (search_worker) drains them to Elasticsearch."""

from django.db import transaction

from .models import IndexOutboxEntry


def record_change(*, source: str, key: str) -> None:
    """Call inside the transaction that changes indexed content; after commit the change will reach the index."""
    if not transaction.get_connection().in_atomic_block:
        with transaction.atomic():
            IndexOutboxEntry.objects.create(source=source, key=str(key))
        return
    IndexOutboxEntry.objects.create(source=source, key=str(key))
