"""The search worker's loop: it drains the outbox for as long as it runs, through database and cluster outages.

- Any failure of a round is logged and followed by a pause that grows up to ERROR_PAUSE_MAX seconds; after a
  database error the connection is closed and the next round reconnects, at most DATABASE_PAUSE_MAX seconds
  later (a refused connection costs nothing, and the outbox waits on it). The loop never exits on its own.
- Elasticsearch outage: rows wait with per-row backoff and the database fallback is still refreshed. The
  worker then probes the cluster every few seconds (up to PROBE_MAX) instead of reaching it on every round;
  as soon as it answers, every waiting row is made due at once, so the index catches up within seconds of
  recovery rather than after each row's backoff (up to 15 minutes).
- An index built by an older version of the code (its mapping differs from the code's) is reported once, as
  soon as the cluster answers: changes are still written, but searches on the changed fields miss until
  `manage.py search_index --rebuild`.
"""

import contextlib
import logging
import threading
import time
from collections.abc import Callable

from django.db import InterfaceError, OperationalError, connection

from .client import SearchBackendError, elasticsearch_configured
from .health import cluster_answers
from .maintenance import index_prune, outdated_index_warning
from .worker import DrainReport, outbox_drain, outbox_has_postponed, outbox_prune, outbox_retry_now

logger = logging.getLogger(__name__)

ERROR_PAUSE_MAX = 30.0
DATABASE_PAUSE_MAX = 3.0
PROBE_MAX = 5.0
PRUNE_EVERY_SECONDS = 3600


class ClusterWatch:
    """What the worker believes about Elasticsearch, and when to ask it again."""

    def __init__(self, *, down: bool):
        self.down = down
        self._probe_pause = 1.0
        self._next_probe = 0.0

    def after_failures(self) -> None:
        """Rows failed: the cluster is down if it does not answer (otherwise the failure is the rows' own)."""
        if not self.down and not cluster_answers():
            logger.warning("search worker: Elasticsearch is not answering; changes wait and the database is refreshed")
            self.down, self._probe_pause, self._next_probe = True, 1.0, time.monotonic() + 1.0

    def probe(self) -> None:
        """While down, asks the cluster at growing intervals; when it answers, waiting rows are retried now."""
        if not self.down or time.monotonic() < self._next_probe:
            return
        if cluster_answers():
            self.down = False
            logger.warning(
                "search worker: Elasticsearch answers again; %s waiting changes retried now", outbox_retry_now()
            )
            return
        self._probe_pause = min(self._probe_pause * 2, PROBE_MAX)
        self._next_probe = time.monotonic() + self._probe_pause


def _report_outdated_index() -> bool:
    """Logs when the live index predates the code's mapping; False when the cluster did not answer (ask again)."""
    try:
        warning = outdated_index_warning()
    except SearchBackendError:  # an outage is the drain's business: it must go on without the cluster
        return False
    if warning:
        logger.error("search worker: %s", warning)
    return True


def worker_run(
    *,
    batch_size: int = 500,
    idle_seconds: float = 1.0,
    once: bool = False,
    stop: threading.Event | None = None,
    on_report: Callable[[DrainReport], None] = lambda report: None,
) -> None:
    """Drains due rows until `stop` is set; with `once`, until nothing more is due (and failures raise)."""
    stop = stop or threading.Event()
    watch: ClusterWatch | None = None
    errors_in_a_row = 0
    last_prune = 0.0
    mapping_checked = not elasticsearch_configured()
    while not stop.is_set():
        try:
            if watch is None:  # rows postponed before a restart are retried as soon as the cluster answers
                watch = ClusterWatch(down=elasticsearch_configured() and outbox_has_postponed())
            watch.probe()
            if not mapping_checked and not watch.down:
                mapping_checked = _report_outdated_index()
            report = outbox_drain(batch_size=batch_size, elasticsearch_down=watch.down)
            if report.failed and elasticsearch_configured():
                watch.after_failures()
            if time.monotonic() - last_prune > PRUNE_EVERY_SECONDS:
                outbox_prune()
                if not watch.down:
                    index_prune()  # what killed rebuilds left, at start and then hourly
                last_prune = time.monotonic()
            on_report(report)
        except Exception as error:
            if once:
                raise
            errors_in_a_row += 1
            database_error = isinstance(error, OperationalError | InterfaceError)
            pause = min(2.0 ** (errors_in_a_row - 1), DATABASE_PAUSE_MAX if database_error else ERROR_PAUSE_MAX)
            logger.exception("search worker: round failed (%s); again in %.0f s", error.__class__.__name__, pause)
            if database_error:
                with contextlib.suppress(Exception):  # closing a connection the server already dropped may fail too
                    connection.close()  # the next round opens a fresh one
            stop.wait(pause)
            continue
        errors_in_a_row = 0
        if once and (not report.applied or report.failed):
            return
        if not report.applied:
            stop.wait(idle_seconds)
