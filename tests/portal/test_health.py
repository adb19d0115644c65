"""Liveness and readiness as an operator's load balancer sees them."""

import ipaddress

import pytest

from django.db import connections

pytestmark = pytest.mark.django_db


@pytest.fixture
def unreachable_database():
    """Swaps the default connection for one whose database really cannot be opened."""
    original = connections["default"]
    settings_dict = {**original.settings_dict}
    if original.vendor == "sqlite":
        settings_dict["NAME"] = "/nonexistent-directory/portal.sqlite3"
    else:
        settings_dict.update(HOST="127.0.0.1", PORT="1", OPTIONS={**settings_dict["OPTIONS"], "connect_timeout": 2})
    broken = original.__class__(settings_dict, alias="default")
    connections["default"] = broken
    yield
    broken.close()
    connections["default"] = original


def test_healthz_answers_ok(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_ready_with_database_and_search_not_configured(client, settings):
    settings.ELASTICSEARCH_URL = ""

    response = client.get("/readyz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["ok"] is True
    assert body["checks"]["search"] == {"status": "ok", "backend": "database", "detail": "Elasticsearch not configured"}


def test_readyz_unavailable_when_database_unreachable(client, settings, unreachable_database):
    settings.ELASTICSEARCH_URL = ""

    response = client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["database"] == {"ok": False, "error": "OperationalError"}


def test_healthz_still_answers_when_database_unreachable(client, unreachable_database):
    assert client.get("/healthz").status_code == 200


def test_readyz_ready_with_search_degraded_when_elasticsearch_port_is_closed(client, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:1"
    settings.ELASTICSEARCH_QUERY_TIMEOUT = 1

    response = client.get("/readyz")

    assert response.status_code == 200
    search = response.json()["checks"]["search"]
    assert search["status"] == "degraded"
    assert search["backend"] == "database"
    assert search["error"] == "ConnectionError"


@pytest.mark.elasticsearch
def test_readyz_ready_with_live_elasticsearch(client, settings, elasticsearch_url):
    settings.ELASTICSEARCH_URL = elasticsearch_url

    response = client.get("/readyz")

    assert response.status_code == 200
    search = response.json()["checks"]["search"]
    assert search["backend"] == "elasticsearch"
    assert search["cluster_status"] in ("green", "yellow")


def test_readyz_reports_changes_waiting_for_the_index(client, settings):
    from search.models import IndexOutboxEntry

    settings.ELASTICSEARCH_URL = "http://127.0.0.1:1"
    IndexOutboxEntry.objects.create(source="portal.page", key="1")
    IndexOutboxEntry.objects.create(source="portal.page", key="2")

    body = client.get("/readyz").json()

    assert body["checks"]["index_queue"]["pending"] == 2


OUTSIDE = {"REMOTE_ADDR": "203.0.113.9"}


@pytest.mark.parametrize(
    "request_headers",
    [
        OUTSIDE,
        {**OUTSIDE, "HTTP_AUTHORIZATION": "Bearer not-the-token"},
        {**OUTSIDE, "HTTP_X_READINESS_TOKEN": "not-the-token"},
        {**OUTSIDE, "HTTP_AUTHORIZATION": "Basic b3BlcmF0b3I6cmVhZGluZXNzLXNlY3JldA=="},
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"},
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_REAL_IP": "203.0.113.9"},
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_FORWARDED": "for=203.0.113.9"},
    ],
    ids=[
        "outside",
        "wrong-bearer",
        "wrong-header-token",
        "basic-auth",
        "via-proxy-xff",
        "via-proxy-real-ip",
        "forwarded",
    ],
)
def test_readyz_tells_visitors_only_the_status(client, settings, request_headers):
    settings.ELASTICSEARCH_URL = ""
    settings.READINESS_TOKEN = "readiness-secret"

    response = client.get("/readyz", **request_headers)

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "sqlite" not in response.text and "postgresql" not in response.text


def test_readyz_tells_visitors_unavailable_without_why(client, settings, unreachable_database):
    settings.ELASTICSEARCH_URL = ""

    response = client.get("/readyz", **OUTSIDE)

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}


@pytest.mark.parametrize(
    "request_headers",
    [
        {**OUTSIDE, "HTTP_AUTHORIZATION": "Bearer readiness-secret"},
        {**OUTSIDE, "HTTP_X_READINESS_TOKEN": "readiness-secret"},
        {
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_X_FORWARDED_FOR": "203.0.113.9",
            "HTTP_AUTHORIZATION": "Bearer readiness-secret",
        },
        {"REMOTE_ADDR": "127.0.0.1"},
        {"REMOTE_ADDR": "10.20.0.7"},
    ],
    ids=["bearer", "header-token", "token-via-proxy", "loopback", "trusted-network"],
)
def test_readyz_shows_operators_every_check(client, settings, request_headers):
    settings.ELASTICSEARCH_URL = ""
    settings.READINESS_TOKEN = "readiness-secret"
    settings.READINESS_TRUSTED_NETWORKS = [ipaddress.ip_network("127.0.0.0/8"), ipaddress.ip_network("10.20.0.0/16")]

    response = client.get("/readyz", **request_headers)

    assert response.status_code == 200
    checks = response.json()["checks"]
    assert set(checks) >= {"database", "cache", "search", "index_queue"}
    assert checks["database"]["vendor"] in ("sqlite", "postgresql")


def test_readyz_without_a_token_configured_accepts_no_empty_token(client, settings):
    settings.ELASTICSEARCH_URL = ""
    settings.READINESS_TOKEN = ""

    response = client.get("/readyz", HTTP_AUTHORIZATION="Bearer ", HTTP_X_READINESS_TOKEN="", **OUTSIDE)

    assert response.json() == {"status": "ok"}


def test_readyz_stays_ready_and_reports_the_cache_degraded_when_redis_is_down(client, settings):
    """Pages and sign-in work without the cache (portal/cache_backend.py): no server leaves the balancer for it."""
    settings.ELASTICSEARCH_URL = ""
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache_backend.OutageTolerantRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }

    response = client.get("/readyz")

    assert response.status_code == 200
    assert response.json()["checks"]["cache"] == {"ok": False, "error": "unreachable"}
