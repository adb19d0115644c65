"""The search worker's PostgreSQL session: a cut or silent connection is noticed in seconds, at both ends.

Without these, a worker whose connection vanished without a reset (a host or network gone) waits on its socket
for the kernel's two hours before it notices and reconnects, and the server keeps that session, with the outbox
rows it locked, for as long. So:
- the worker's libpq gives up connecting after CONNECT_TIMEOUT and probes the idle connection with TCP keepalives;
- the server probes the worker the same way and ends the session of a worker gone silent, freeing its locks;
- a statement never waits longer than LOCK_TIMEOUT for a lock (one held by a session not yet ended, or by
  another worker): it fails, and the loop pauses, reconnects and tries again;
- a worker stuck inside a drain's transaction loses it after IDLE_IN_TRANSACTION_TIMEOUT, well above the longest
  Elasticsearch call made inside it; the rows it held are then drained again (replacing documents is idempotent).
"""

from django.conf import settings

CONNECT_TIMEOUT = 10
KEEPALIVE_IDLE, KEEPALIVE_INTERVAL, KEEPALIVE_COUNT = 10, 5, 3  # a dead peer is noticed after about 25 s
LOCK_TIMEOUT_MS = 5000


def idle_in_transaction_timeout_ms() -> int:
    return int((2 * float(settings.ELASTICSEARCH_INDEX_TIMEOUT) + 60) * 1000)


def worker_connection_options(options: dict) -> dict:
    """The database OPTIONS of the worker's connection: `options` with the client's and the server's probes."""
    server = (
        f"-c lock_timeout={LOCK_TIMEOUT_MS} -c idle_in_transaction_session_timeout={idle_in_transaction_timeout_ms()}"
        f" -c tcp_keepalives_idle={KEEPALIVE_IDLE} -c tcp_keepalives_interval={KEEPALIVE_INTERVAL}"
        f" -c tcp_keepalives_count={KEEPALIVE_COUNT}"
    )
    return {
        "connect_timeout": CONNECT_TIMEOUT,
        "keepalives": 1,
        "keepalives_idle": KEEPALIVE_IDLE,
        "keepalives_interval": KEEPALIVE_INTERVAL,
        "keepalives_count": KEEPALIVE_COUNT,
        **options,
        "options": " ".join(part for part in (options.get("options", ""), server) if part),
    }


def worker_session_prepare(connection) -> None:
    """After: `connection`'s next session (PostgreSQL only) carries the worker's timeouts and keepalives."""
    if connection.vendor != "postgresql":
        return
    connection.close()
    connection.settings_dict = {
        **connection.settings_dict,
        "OPTIONS": worker_connection_options(connection.settings_dict.get("OPTIONS") or {}),
    }
