"""A circuit breaker in front of Elasticsearch for readers' queries: after repeated failures, stop asking for a while.

While the circuit is open, searches, suggestions and /readyz go straight to the database engine instead
of each waiting out a timeout; after OPEN_SECONDS one caller probes the cluster (half-open) and its
outcome closes or reopens the circuit.

The state lives in each process, not in the shared cache: it only saves waiting, never decides what is
correct, so a worker that has not yet seen the outage merely pays FAILURES_TO_OPEN timeouts itself (at
most workers × FAILURES_TO_OPEN slow requests per outage, and one probe per worker every OPEN_SECONDS).
A shared state would add a cache round trip to every search and make search depend on the cache too.
"""

import logging
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from django.core.signals import setting_changed
from django.dispatch import receiver

from .client import SearchBackendError

logger = logging.getLogger(__name__)

FAILURES_TO_OPEN = 3
OPEN_SECONDS = 30.0

Result = TypeVar("Result")


class CircuitOpen(Exception):
    """Elasticsearch failed repeatedly moments ago: it is not asked again yet."""


class CircuitBreaker:
    def __init__(
        self,
        *,
        failures_to_open: int = FAILURES_TO_OPEN,
        open_seconds: float = OPEN_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.failures_to_open = failures_to_open
        self.open_seconds = open_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._probing = False

    @property
    def state(self) -> str:
        """ "closed" (asking), "open" (not asking) or "half-open" (the next caller probes)."""
        with self._lock:
            if self._opened_at is None:
                return "closed"
            if self._probing or self._clock() - self._opened_at < self.open_seconds:
                return "open"
            return "half-open"

    def call(self, function: Callable[..., Result], *args, **kwargs) -> Result:
        """Runs `function` unless the circuit is open (CircuitOpen); Elasticsearch errors count towards opening it."""
        probe = self._admit()
        try:
            result = function(*args, **kwargs)
        except SearchBackendError:
            self._record(failed=True, probe=probe)
            raise
        except BaseException:
            self._record(failed=False, probe=probe, decided=False)
            raise
        self._record(failed=False, probe=probe)
        return result

    def reset(self) -> None:
        with self._lock:
            self._failures, self._opened_at, self._probing = 0, None, False

    def _admit(self) -> bool:
        """True when this call is the half-open probe; raises CircuitOpen when the call must not be made."""
        with self._lock:
            if self._opened_at is None:
                return False
            if self._probing or self._clock() - self._opened_at < self.open_seconds:
                raise CircuitOpen(f"Elasticsearch failed {self._failures} times in a row; not asked for a while")
            self._probing = True
            return True

    def _record(self, *, failed: bool, probe: bool, decided: bool = True) -> None:
        with self._lock:
            if probe:
                self._probing = False
            if not decided:  # a bug of ours, not an answer from the cluster: the next caller probes again
                return
            if not failed:
                if self._opened_at is not None:
                    logger.warning("Elasticsearch answers again: queries go back to it")
                self._failures, self._opened_at = 0, None
                return
            self._failures += 1
            if probe or self._failures >= self.failures_to_open:
                if self._opened_at is None:
                    logger.warning(
                        "Elasticsearch failed %s times in a row: queries use the database engine for %.0f s",
                        self._failures,
                        self.open_seconds,
                    )
                self._opened_at = self._clock()


# The one breaker of the process for readers' queries (the search worker has its own outage handling).
query_breaker = CircuitBreaker()


@receiver(setting_changed)
def _reset_for_another_cluster(*, setting, **kwargs) -> None:
    """A different cluster (tests switch it) starts with a closed circuit."""
    if setting == "ELASTICSEARCH_URL":
        query_breaker.reset()
