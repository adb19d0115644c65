"""The search worker's PostgreSQL session never waits for ever: a lock held by another session (a worker whose
connection was cut, not yet ended by the server) fails the statement after the lock timeout, and both ends probe
the connection so a vanished peer is noticed in seconds (search/worker_session.py).

Marked `postgresql`: these are PostgreSQL's own session settings.
"""

import pytest

from django.db import OperationalError, connection

from search.worker_session import (
    CONNECT_TIMEOUT,
    KEEPALIVE_IDLE,
    LOCK_TIMEOUT_MS,
    idle_in_transaction_timeout_ms,
    worker_session_prepare,
)

pytestmark = pytest.mark.postgresql


@pytest.fixture
def worker_connection(db):
    """A second session opened the way `manage.py search_worker` opens its own."""
    session = connection.copy()
    worker_session_prepare(session)
    yield session
    session.close()


def _setting(session, name: str) -> int:
    """In the setting's own unit: milliseconds for the timeouts, seconds for the keepalives."""
    with session.cursor() as cursor:
        cursor.execute("SELECT setting FROM pg_settings WHERE name = %s", [name])
        return int(cursor.fetchone()[0])


def test_the_worker_session_times_out_locks_and_probes_a_silent_peer_on_the_server(worker_connection):
    shown = {
        setting: _setting(worker_connection, setting)
        for setting in ("lock_timeout", "idle_in_transaction_session_timeout", "tcp_keepalives_idle")
    }

    assert shown == {
        "lock_timeout": LOCK_TIMEOUT_MS,
        "idle_in_transaction_session_timeout": idle_in_transaction_timeout_ms(),
        "tcp_keepalives_idle": KEEPALIVE_IDLE,
    }


def test_the_worker_connection_gives_up_connecting_and_probes_the_server(worker_connection):
    worker_connection.ensure_connection()
    parameters = worker_connection.connection.info.get_parameters()

    assert (parameters.get("connect_timeout"), parameters.get("keepalives")) == (str(CONNECT_TIMEOUT), "1")


def test_a_lock_another_session_holds_fails_the_worker_statement_instead_of_waiting(worker_connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(7311)")  # held by the test's transaction until it ends

    with pytest.raises(OperationalError, match="lock timeout"), worker_connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(7311)")
