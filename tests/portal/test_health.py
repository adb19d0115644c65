"""Liveness and readiness as an operator's load balancer sees them."""

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
