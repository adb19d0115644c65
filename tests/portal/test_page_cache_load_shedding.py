"""Past capacity a process answers a fast 503 with Retry-After, and /healthz still answers."""

import threading
import time

from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from portal.load_shedding import LoadSheddingMiddleware


def _busy_server(release: threading.Event) -> LoadSheddingMiddleware:
    def slow_view(request):
        release.wait(5)
        return HttpResponse("page")

    return LoadSheddingMiddleware(slow_view)


@override_settings(MAX_ACTIVE_REQUESTS=1, MAX_QUEUED_REQUESTS=1, QUEUE_TIMEOUT=0.2)
def test_requests_past_the_bounded_queue_get_a_fast_503_and_healthz_answers():
    release = threading.Event()
    middleware = _busy_server(release)
    factory = RequestFactory()
    running = threading.Thread(target=middleware, args=(factory.get("/en/"),))
    running.start()
    time.sleep(0.05)

    started = time.perf_counter()
    waited = middleware(factory.get("/en/forum/"))  # waits its QUEUE_TIMEOUT in the queue, then gives up
    waited_ms = (time.perf_counter() - started) * 1000
    queued = threading.Thread(target=middleware, args=(factory.get("/en/"),))
    queued.start()
    time.sleep(0.05)
    started = time.perf_counter()
    refused = middleware(factory.get("/en/search/"))  # the queue is full: refused at once
    refused_ms = (time.perf_counter() - started) * 1000
    health = middleware(factory.get("/healthz"))
    release.set()
    running.join()
    queued.join()

    assert waited.status_code == 503 and 150 <= waited_ms < 1000
    assert refused.status_code == 503 and refused["Retry-After"] == "2" and refused_ms < 50
    assert "The portal is busy" in refused.content.decode()
    assert health.status_code == 200, "healthz never waits behind pages"


@override_settings(MAX_ACTIVE_REQUESTS=1, MAX_QUEUED_REQUESTS=1, QUEUE_TIMEOUT=1.0)
def test_a_queued_request_is_served_when_a_turn_frees_up():
    release = threading.Event()
    middleware = _busy_server(release)
    factory = RequestFactory()
    running = threading.Thread(target=middleware, args=(factory.get("/en/"),))
    running.start()
    time.sleep(0.05)
    threading.Timer(0.1, release.set).start()

    response = middleware(factory.get("/en/forum/"))
    running.join()

    assert response.status_code == 200
