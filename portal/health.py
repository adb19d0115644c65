"""Liveness and readiness for the operator's load balancer and monitoring."""

from django.db import connection
from django.http import JsonResponse

from search.health import index_queue_status, search_backend_status

from .task_queue import task_queue_status


def healthz(request):
    """The process answers: nothing else is checked."""
    return JsonResponse({"status": "ok"})


def database_status() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any driver error means not ready
        return {"ok": False, "error": error.__class__.__name__}
    return {"ok": True, "vendor": connection.vendor}


def readyz(request):
    """200 when the database answers, else 503; search and the index queue are reported "ok" or "degraded" only."""
    checks = {"database": database_status(), "search": search_backend_status(), "index_queue": index_queue_status()}
    checks["task_queue"] = task_queue_status()
    ready = checks["database"]["ok"]
    return JsonResponse({"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503)
