"""Past capacity, a fast 503 with Retry-After instead of a queue that grows until nothing answers.

Each process lets `MAX_ACTIVE_REQUESTS` requests run and `MAX_QUEUED_REQUESTS` more wait up to
`QUEUE_TIMEOUT` seconds; any other request is answered 503 at once. `/healthz` never waits, so a load
balancer sees a live process that is busy, not a dead one. Off when MAX_ACTIVE_REQUESTS is 0 (tests, dev).
Give gunicorn more threads than active + queued requests (deploy/gunicorn.conf.py), or the queue is
gunicorn's own and unbounded.
"""

import threading

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

NEVER_WAITS = {"/healthz"}
RETRY_AFTER_SECONDS = 2


def busy_response() -> HttpResponse:
    """No language is chosen this early: the message in every language the portal speaks."""
    lines = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(_("The portal is busy. Please try again in a few seconds."))
    response = HttpResponse("\n".join(lines), status=503, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class LoadSheddingMiddleware:
    def __init__(self, get_response):
        if not settings.MAX_ACTIVE_REQUESTS:
            raise MiddlewareNotUsed
        self.get_response = get_response
        self.active = threading.BoundedSemaphore(settings.MAX_ACTIVE_REQUESTS)
        self.waiting = 0
        self.waiting_lock = threading.Lock()

    def __call__(self, request):
        if request.path in NEVER_WAITS:
            return self.get_response(request)
        if not self.active.acquire(blocking=False) and not self._wait_for_a_turn():
            return busy_response()
        try:
            return self.get_response(request)
        finally:
            self.active.release()

    def _wait_for_a_turn(self) -> bool:
        with self.waiting_lock:
            if self.waiting >= settings.MAX_QUEUED_REQUESTS:
                return False
            self.waiting += 1
        try:
            return self.active.acquire(timeout=settings.QUEUE_TIMEOUT)
        finally:
            with self.waiting_lock:
                self.waiting -= 1
