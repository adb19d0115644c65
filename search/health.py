"""Whether the search backend can answer, for /readyz."""

from elasticsearch import ApiError, TransportError

from .client import elasticsearch_configured, get_client


def search_backend_status() -> dict:
    if not elasticsearch_configured():
        return {"ok": True, "backend": "database", "detail": "Elasticsearch not configured"}
    try:
        health = get_client().cluster.health(timeout="1s")
    except (ApiError, TransportError) as error:
        return {"ok": False, "backend": "elasticsearch", "error": error.__class__.__name__}
    status = health["status"]
    return {"ok": status in ("green", "yellow"), "backend": "elasticsearch", "cluster_status": status}


def index_queue_status() -> dict:
    """Changes waiting for the index: informational, a long queue alone does not make the portal unready."""
    from django.db import DatabaseError
    from django.utils import timezone

    from .models import IndexOutboxEntry

    try:
        pending = IndexOutboxEntry.objects.pending()
        oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
        count = pending.count()
    except DatabaseError as error:
        return {"ok": True, "pending": None, "error": error.__class__.__name__}
    age = round((timezone.now() - oldest).total_seconds()) if oldest else 0
    return {"ok": True, "pending": count, "oldest_pending_seconds": age}
