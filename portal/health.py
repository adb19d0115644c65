"""Liveness and readiness for the operator's load balancer and monitoring.

Anyone may ask whether the portal is ready; only operators see why (which database, cluster status,
queue depths): with the readiness token, or from a trusted network without passing through a proxy.
"""

import ipaddress
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

from .extensions import app_hooks
from .task_queue import task_queue_status

# Headers a reverse proxy adds: behind one, the peer address is the proxy's, not the visitor's.
PROXY_HEADERS = ("HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP", "HTTP_FORWARDED")


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


def cache_status() -> dict:
    """The shared cache: without it pages render uncached and sign-in works without rate limits (degraded)."""
    try:
        cache.set("portal:readyz", "ok", timeout=10)
        answered = cache.get("portal:readyz") == "ok"
    except Exception as error:  # any client error means not ready
        return {"ok": False, "error": error.__class__.__name__}
    if not answered:  # the outage-tolerant backend answers a Redis outage as a miss
        return {"ok": False, "error": "unreachable"}
    return {"ok": True, "backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]}


# Without the database the portal cannot serve; the other checks (the cache, search) only report "degraded":
# a cache outage must not take every app server out of the load balancer at once.
REQUIRED_CHECKS = ("database",)


def readiness_checks() -> dict[str, dict]:
    """One entry per dependency: the required ones carry `ok`; the apps' own (search and its queue, through
    the `readiness_checks` extension) and the task queue a status for operators."""
    checks = {"database": database_status(), "cache": cache_status()}
    for app_checks in app_hooks("readiness_checks"):
        checks.update(app_checks())
    checks["task_queue"] = task_queue_status()
    return checks


def presented_token(request) -> str:
    authorization = request.headers.get("Authorization", "")
    if authorization.startswith("Bearer "):
        return authorization.removeprefix("Bearer ").strip()
    return request.headers.get("X-Readiness-Token", "")


def from_trusted_network(request) -> bool:
    if any(header in request.META for header in PROXY_HEADERS):
        return False
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(address in network for network in settings.READINESS_TRUSTED_NETWORKS)


def may_see_details(request) -> bool:
    """True for operators: the right READINESS_TOKEN (compared in constant time), or a trusted network."""
    token = settings.READINESS_TOKEN
    if token and secrets.compare_digest(presented_token(request).encode(), token.encode()):
        return True
    return from_trusted_network(request)


def readyz(request):
    """200 when the database answers, else 503 (a cache or search outage is "degraded", not unready);
    the checks themselves only for operators."""
    checks = readiness_checks()
    ready = all(checks[name]["ok"] for name in REQUIRED_CHECKS)
    body = {"status": "ok" if ready else "unavailable"}
    if may_see_details(request):
        body["checks"] = checks
    return JsonResponse(body, status=200 if ready else 503)
