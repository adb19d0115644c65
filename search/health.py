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
