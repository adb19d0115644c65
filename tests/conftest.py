"""Shared fixtures: real services, or a loud skip locally and a failure in CI (CI=true)."""

import os

import pytest

from django.core.cache import caches
from django.db import connection

IN_CI = os.environ.get("CI") == "true"
ELASTICSEARCH_TEST_URL = os.environ.get("ELASTICSEARCH_URL") or "http://127.0.0.1:9200"


def require_service(name: str, reason: str):
    """Fails under CI, where every service must be present; skips loudly elsewhere."""
    message = f"{name} is not available: {reason}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true: services are required, see .ci/run)", pytrace=False)
    pytest.skip(f"*** SKIPPED, {message}. Start it (make elasticsearch / DATABASE_URL) to run this test. ***")


def pytest_sessionstart(session):
    if IN_CI and not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.exit("CI=true but DATABASE_URL does not name PostgreSQL: CI must test on PostgreSQL.", returncode=3)


@pytest.fixture(scope="session")
def elasticsearch_url() -> str:
    """The URL of a live Elasticsearch node (make elasticsearch)."""
    from elasticsearch import Elasticsearch

    client = Elasticsearch(ELASTICSEARCH_TEST_URL, request_timeout=5)
    try:
        client.cluster.health(wait_for_status="yellow", timeout="5s")
    except Exception as error:
        require_service("Elasticsearch", f"{ELASTICSEARCH_TEST_URL} did not answer ({error.__class__.__name__})")
    finally:
        client.close()
    return ELASTICSEARCH_TEST_URL


@pytest.fixture
def postgresql(db):
    """Marks a test that needs PostgreSQL itself, not just any database."""
    if connection.vendor != "postgresql":
        require_service("PostgreSQL", f"the test database is {connection.vendor}; set DATABASE_URL to a PostgreSQL URL")
    return connection


@pytest.fixture(autouse=True)
def fresh_caches():
    """Rate limits (allauth's and the forum's) count in the cache; each test starts with none.

    With CACHE_URL (Redis in CI), clear() empties only the database number that URL names (FLUSHDB),
    never the other databases of a Redis server that others share.
    """
    for cache in caches.all():
        cache.clear()
