"""Shared fixtures: real services, or a loud skip locally and a failure in CI (CI=true); `module_data` for rows
a whole module reads (write once, roll back after the module); the `postgresql` marker; the order and the
`exclusive` tests; the order that keeps the database each test starts from as Django's test runner gives it, in
one process or in each pytest-xdist worker (docs/testing.md)."""

import fcntl
import inspect
import os
import tempfile
from pathlib import Path

import pytest

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.test import TestCase, TransactionTestCase
from django.utils import translation

IN_CI = os.environ.get("CI") == "true"
ELASTICSEARCH_TEST_URL = os.environ.get("ELASTICSEARCH_URL") or "http://127.0.0.1:9200"
TEST_WORKER_NUMBER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
WORKER_PORT_STRIDE = 20  # the ports one worker's servers may take from a base: SeaweedFS needs 12
# Several checkouts testing on one machine at once each set their own offset (e.g. 100, 200…).
TEST_PORT_OFFSET = int(os.environ.get("TEST_PORT_OFFSET", "0"))


def worker_port(port: int) -> int:
    """`port` for this pytest-xdist worker: the servers a test starts on fixed ports never meet another worker's."""
    return port + TEST_PORT_OFFSET + WORKER_PORT_STRIDE * TEST_WORKER_NUMBER


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


@pytest.fixture(autouse=True)
def exclusive(request):
    """Tests marked `exclusive("name")` never run at the same time as another test marked with that name, in any
    worker or test run on this machine: those that disturb an outside service others use (kill one of its nodes).
    The lock is taken before the test's function-scoped fixtures; a module-scoped one would run outside it."""
    names = sorted({mark.args[0] for mark in request.node.iter_markers("exclusive")})  # one order: no deadlock
    files = [(Path(tempfile.gettempdir()) / f"portal-tests-{name}.lock").open("a") for name in names]
    try:
        for file in files:
            fcntl.flock(file, fcntl.LOCK_EX)
        yield
    finally:
        for file in files:
            file.close()  # which releases its lock


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
def default_language():
    """Each test starts and ends in the site's default language: a test that activates Arabic (a view, a task or a
    mail it calls) never leaves it active for the next test its worker runs."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


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


# ---- the order of the session, and its units under pytest-xdist ----

DATABASE_TESTS, SERIALIZED_ROLLBACK_TESTS, TRANSACTIONAL_TESTS, NO_DATABASE_TESTS = range(4)


def database_phase(item: pytest.Item) -> int:
    """When a test may run: pytest-django's order (database tests, transactional ones, the rest), with the
    transactional tests that restore the migrations' rows (`serialized_rollback`) before those that do not.

    A transactional test empties the database and recreates groups and permissions with new ids: a database
    test after it would miss the migrations' rows, and restoring the serialized rows would collide with the
    recreated ones (auth_group IntegrityError)."""
    test_class = getattr(item, "cls", None)
    if test_class and issubclass(test_class, TransactionTestCase):
        if issubclass(test_class, TestCase):
            return DATABASE_TESTS
        return SERIALIZED_ROLLBACK_TESTS if test_class.serialized_rollback else TRANSACTIONAL_TESTS
    marker = item.get_closest_marker("django_db")
    if _is_transactional(item):
        return SERIALIZED_ROLLBACK_TESTS if marker and marker.kwargs.get("serialized_rollback") else TRANSACTIONAL_TESTS
    if marker or "db" in getattr(item, "fixturenames", ()):
        return DATABASE_TESTS
    return NO_DATABASE_TESTS


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The phases in order (pytest-django's own sort then changes nothing); within each run of one module's
    tests, those that use a `module_data` fixture come last, so the module's other tests never see its rows.

    pytest-xdist (`make test`) hands each worker consecutive runs of this order, so every worker keeps it too."""
    items.sort(key=database_phase)
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
