"""The suite runs in parallel (pytest-xdist, docs/testing.md): each worker keeps its own Redis database, index
prefix and media folder, hands them to the processes it starts, and runs its tests in the phases' order."""

import json
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

from django.conf import settings

from tests.conftest import (
    DATABASE_TESTS,
    NO_DATABASE_TESTS,
    SERIALIZED_ROLLBACK_TESTS,
    TRANSACTIONAL_TESTS,
    database_phase,
)

PRINT_WORKER_SETTINGS = (
    "import json, os; from django.conf import settings; "
    "print(json.dumps([settings.CACHES['default']['LOCATION'], settings.SEARCH_INDEX_PREFIX, "
    "str(settings.MEDIA_ROOT), os.environ.get('CACHE_URL'), os.environ.get('SEARCH_INDEX_PREFIX')]))"
)


def worker_settings(**environment: str) -> list[str]:
    """The test settings as a process with `environment` sees them."""
    unrelated = ("PYTEST_", "PORTAL_TEST_WORKER", "CACHE_URL", "SEARCH_INDEX_PREFIX")
    result = subprocess.run(
        [sys.executable, "-c", PRINT_WORKER_SETTINGS],
        cwd=settings.BASE_DIR,
        env={
            **{key: value for key, value in os.environ.items() if not key.startswith(unrelated)},
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_each_worker_has_its_own_redis_database_index_prefix_and_media_folder():
    first = worker_settings(PYTEST_XDIST_WORKER="gw0", CACHE_URL="redis://127.0.0.1:6379/9", SEARCH_INDEX_PREFIX="t")
    second = worker_settings(PYTEST_XDIST_WORKER="gw1", CACHE_URL="redis://127.0.0.1:6379/9", SEARCH_INDEX_PREFIX="t")

    assert first[:2] == ["redis://127.0.0.1:6379/9", "t-gw0"]
    assert second[:2] == ["redis://127.0.0.1:6379/10", "t-gw1"]
    assert first[2] != second[2] and first[2].endswith("/test-gw0/media")
    assert second[3:] == ["redis://127.0.0.1:6379/10", "t-gw1"]  # what the servers it starts inherit


def test_a_process_a_worker_starts_keeps_that_workers_own_settings():
    inherited = {"CACHE_URL": "redis://127.0.0.1:6379/10", "SEARCH_INDEX_PREFIX": "t-gw1"}

    with_worker_variable = worker_settings(PYTEST_XDIST_WORKER="gw1", PORTAL_TEST_WORKER="gw1", **inherited)
    without_it = worker_settings(PORTAL_TEST_WORKER="gw1", **inherited)  # servers started without PYTEST_*

    assert with_worker_variable == without_it
    assert without_it[:2] == ["redis://127.0.0.1:6379/10", "t-gw1"] and without_it[2].endswith("/test-gw1/media")


def test_without_workers_the_settings_are_those_of_one_process():
    alone = worker_settings(CACHE_URL="redis://127.0.0.1:6379/3", SEARCH_INDEX_PREFIX="t")

    assert alone[:2] == ["redis://127.0.0.1:6379/3", "t"] and alone[2].endswith("/test-media")


def test_session_runs_its_tests_in_the_phases_order(request):
    phases = [database_phase(item) for item in request.session.items]

    assert phases == sorted(phases)


def test_phases_follow_the_database_each_test_needs():
    def item(*fixtures: str, **django_db) -> SimpleNamespace:
        mark = pytest.mark.django_db(**django_db).mark if django_db else None
        return SimpleNamespace(cls=None, fixturenames=list(fixtures), get_closest_marker=lambda name: mark)

    assert database_phase(item("db")) == database_phase(item(transaction=False)) == DATABASE_TESTS
    assert database_phase(item(transaction=True, serialized_rollback=True)) == SERIALIZED_ROLLBACK_TESTS
    assert database_phase(item(transaction=True)) == database_phase(item("live_server")) == TRANSACTIONAL_TESTS
    assert database_phase(item("settings")) == NO_DATABASE_TESTS
    assert DATABASE_TESTS < SERIALIZED_ROLLBACK_TESTS < TRANSACTIONAL_TESTS < NO_DATABASE_TESTS
