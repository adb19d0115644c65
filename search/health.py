"""How search is doing, for /readyz: "ok" or "degraded", never a reason to take the portal out of service.

When Elasticsearch is down or slow, readers are served by the database engine, so the portal stays ready;
the check asks through the readers' circuit breaker, so while the circuit is open it costs no timeout.
"""

from .breaker import CircuitOpen, query_breaker
from .client import SearchBackendError, elasticsearch_configured, get_client
from .models import IndexOutboxEntry


def search_backend_status() -> dict:
    if not elasticsearch_configured():
        return {"status": "ok", "backend": "database", "detail": "Elasticsearch not configured"}
    try:
        health = query_breaker.call(lambda: get_client().cluster.health(timeout="1s"))
    except CircuitOpen:
        return {"status": "degraded", "backend": "database", "detail": "Elasticsearch failed repeatedly: not asked"}
    except SearchBackendError as error:
        return {"status": "degraded", "backend": "database", "error": error.__class__.__name__}
    cluster_status = health["status"]
    return {
        "status": "ok" if cluster_status in ("green", "yellow") else "degraded",
        "backend": "elasticsearch",
        "cluster_status": cluster_status,
    }


def cluster_answers() -> bool:
    """Whether Elasticsearch can take writes now (for the search worker, which does not use the readers' breaker)."""
    try:
        return get_client().cluster.health(timeout="1s")["status"] in ("green", "yellow")
    except SearchBackendError:
        return False


def index_queue_status() -> dict:
    """Changes waiting for the index: informational, a long queue alone does not make the portal unready."""
    from django.db import DatabaseError
    from django.utils import timezone

    try:
        pending = IndexOutboxEntry.objects.pending()
        oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
        count = pending.count()
    except DatabaseError as error:
        return {"status": "degraded", "pending": None, "error": error.__class__.__name__}
    age = round((timezone.now() - oldest).total_seconds()) if oldest else 0
    return {"status": "ok", "pending": count, "oldest_pending_seconds": age}


def readiness_checks() -> dict[str, dict]:
    """What /readyz reports about search (portal.health asks through the `readiness_checks` extension)."""
    return {"search": search_backend_status(), "index_queue": index_queue_status()}
