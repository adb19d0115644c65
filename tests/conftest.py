"""Shared fixtures: real services, or a loud skip locally and a failure in CI (CI=true); `module_data` for rows
a whole module reads (write once, roll back after the module); the `postgresql` marker."""

import inspect
import os

import pytest

from django.core.cache import caches
from django.db import connection, transaction

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


def pytest_runtest_setup(item):
    """A test marked `postgresql` needs PostgreSQL itself (its SQL, locks or indexes), not just any database."""
    if item.get_closest_marker("postgresql") and connection.vendor != "postgresql":
        require_service("PostgreSQL", f"the test database is {connection.vendor}; set DATABASE_URL to a PostgreSQL URL")


@pytest.fixture(autouse=True)
def fresh_caches():
    """Rate limits (allauth's and the forum's) count in the cache; each test starts with none.

    With CACHE_URL (Redis in CI), clear() empties only the database number that URL names (FLUSHDB),
    never the other databases of a Redis server that others share.
    """
    for cache in caches.all():
        cache.clear()


# ---- rows written once for a whole module ----

MODULE_DATA_FIXTURES: set[str] = set()


def module_data(function):
    """Makes `function` a module-scoped fixture whose rows are written once and read by every test of the module.

    For data a module's tests only read (the demo content, a site with a member per role): loading it per test
    is what made the suite slow. The rows live in a transaction opened before the module's first test that
    asks for them and rolled back after its last; each test still runs in its own savepoint, so whatever a
    test writes is undone before the next one. Usage, in a test module or a conftest:

        @module_data
        def demo() -> str:
            return load_demo_content(stdout=StringIO())

    - `function` may take session- or module-scoped fixtures as arguments, never function-scoped ones
      (`settings`, `client`): wrap it in a function-scoped fixture for those.
    - The objects it returns are shared by the module's tests: treat them as read-only, or `refresh_from_db()`.
    - Tests of the module that do not ask for it run before those that do, so they never see its rows
      (one such fixture per module: tests asking for another would see both).
    - Transactional tests (`transaction=True`, `live_server`) cannot use it: they commit, then empty the database.
    - As in a test, `transaction.on_commit` callbacks do not run; wrap the loading in
      `TestCase.captureOnCommitCallbacks(execute=True)` when they must (the outbox, the page cache).
    """
    MODULE_DATA_FIXTURES.add(function.__name__)
    arguments = list(inspect.signature(function).parameters)

    @pytest.fixture(scope="module", name=function.__name__)
    def fixture(request, django_db_setup, django_db_blocker):
        values = {name: request.getfixturevalue(name) for name in arguments}
        with django_db_blocker.unblock():
            kept = transaction.atomic()
            kept.__enter__()
            kept._from_testcase = True  # as Django marks its TestCase transactions: durable blocks may open inside
            try:
                value = function(**values)
            except BaseException:
                _roll_back(kept)
                raise
        yield value
        with django_db_blocker.unblock():
            _roll_back(kept)

    fixture.__doc__ = function.__doc__
    return fixture


def _roll_back(atomic) -> None:
    transaction.set_rollback(True)
    atomic.__exit__(None, None, None)


def _uses_module_data(item: pytest.Item) -> bool:
    return bool(MODULE_DATA_FIXTURES & set(getattr(item, "fixturenames", ())))


def _is_transactional(item: pytest.Item) -> bool:
    marker = item.get_closest_marker("django_db")
    asked = bool(marker) and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences"))
    return bool(asked) or bool({"transactional_db", "live_server"} & set(getattr(item, "fixturenames", ())))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Within each run of one module's tests (pytest-django orders the session), those that use a
    `module_data` fixture come last, so the module's other tests never see its rows."""
    runs, module = [], None
    for item in items:
        if getattr(item, "module", None) is not module or not runs:
            module = getattr(item, "module", None)
            runs.append([])
        runs[-1].append(item)
    for item in items:
        if _uses_module_data(item) and _is_transactional(item):
            raise pytest.UsageError(f"{item.nodeid}: a transactional test cannot use a module_data fixture")
    items[:] = [item for run in runs for item in sorted(run, key=_uses_module_data)]
