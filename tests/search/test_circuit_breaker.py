"""The readers' circuit breaker: after repeated Elasticsearch failures, searches stop waiting on it for a while."""

import threading
import time

import pytest
from elasticsearch import ConnectionError as TransportConnectionError

from search.breaker import CircuitBreaker, CircuitOpen, query_breaker

from .factories import knowledge_document
from .proxy import OutageProxy


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _down():
    raise TransportConnectionError("connection refused")


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def breaker(clock):
    return CircuitBreaker(failures_to_open=3, open_seconds=30, clock=clock)


def _fail(breaker, times: int) -> None:
    for _ in range(times):
        with pytest.raises(TransportConnectionError):
            breaker.call(_down)


def test_consecutive_failures_open_the_circuit_and_calls_are_no_longer_made(breaker):
    _fail(breaker, 3)
    calls = []

    with pytest.raises(CircuitOpen):
        breaker.call(lambda: calls.append("asked"))

    assert breaker.state == "open" and calls == []


def test_failures_separated_by_a_success_do_not_open_it(breaker):
    _fail(breaker, 2)
    breaker.call(lambda: "answer")
    _fail(breaker, 2)

    assert breaker.state == "closed"
    assert breaker.call(lambda: "answer") == "answer"


def test_after_the_open_period_one_probe_closes_it_when_the_cluster_answers(breaker, clock):
    _fail(breaker, 3)
    clock.now += 29
    with pytest.raises(CircuitOpen):
        breaker.call(lambda: "answer")

    clock.now += 1

    assert breaker.state == "half-open"
    assert breaker.call(lambda: "answer") == "answer"
    assert breaker.state == "closed"


def test_a_failed_probe_reopens_it_for_another_period(breaker, clock):
    _fail(breaker, 3)
    clock.now += 30
    _fail(breaker, 1)

    assert breaker.state == "open"
    clock.now += 29
    with pytest.raises(CircuitOpen):
        breaker.call(lambda: "answer")
    clock.now += 1
    assert breaker.call(lambda: "answer") == "answer"


def test_only_one_caller_probes_while_the_others_are_served_without_waiting(breaker, clock):
    _fail(breaker, 3)
    clock.now += 30
    probing, release = threading.Event(), threading.Event()

    def slow_answer():
        probing.set()
        release.wait(5)
        return "answer"

    probe = threading.Thread(target=breaker.call, args=(slow_answer,))
    probe.start()
    probing.wait(5)
    with pytest.raises(CircuitOpen):
        breaker.call(lambda: "answer")
    release.set()
    probe.join()

    assert breaker.state == "closed"


def test_an_error_of_ours_does_not_count_as_a_cluster_failure(breaker, clock):
    def bug():
        raise KeyError("ours")

    for _ in range(5):
        with pytest.raises(KeyError):
            breaker.call(bug)

    assert breaker.state == "closed"


@pytest.fixture
def slow_elasticsearch(elasticsearch, elasticsearch_url, fixture_source, settings):
    """The real node behind a proxy that makes every request wait 8 s; queries wait at most 1 s."""
    from search.maintenance import index_rebuild

    fixture_source.documents["a"] = [knowledge_document(id="a", title="Referral form", text="Use the referral form.")]
    index_rebuild()
    proxy = OutageProxy(elasticsearch_url)
    proxy.start()
    settings.ELASTICSEARCH_URL = proxy.url
    settings.ELASTICSEARCH_QUERY_TIMEOUT = 1
    proxy.delay = 8
    yield proxy
    proxy.stop()


def _timed(client, url: str):
    started = time.perf_counter()
    response = client.get(url)
    return response, time.perf_counter() - started


@pytest.mark.django_db
def test_a_slow_cluster_costs_a_few_short_timeouts_then_searches_answer_at_once(slow_elasticsearch, client):
    slow = [_timed(client, "/api/search/?q=referral") for _ in range(query_breaker.failures_to_open)]
    fast = [_timed(client, "/api/search/?q=referral") for _ in range(5)]
    page, page_seconds = _timed(client, "/en/search/?q=referral")
    suggest, suggest_seconds = _timed(client, "/api/search/suggest/?q=refer")

    print(
        "slow cluster: first searches",
        [round(seconds, 2) for _r, seconds in slow],
        "then",
        [round(seconds, 2) for _r, seconds in fast],
    )
    for response, seconds in [*slow, *fast]:
        assert response.status_code == 200 and response.json()["degraded"]
        assert [hit["id"] for hit in response.json()["hits"]] == ["a"]
        assert seconds < 4  # the 1 s query timeout (twice at most) and the fallback, never the node's 8 s
        assert "no-cache" in response["Cache-Control"]  # a degraded answer never enters the page cache
    assert max(seconds for _response, seconds in fast) < 1
    assert page.status_code == 200 and "reduced mode" in page.content.decode() and page_seconds < 1
    assert "no-cache" in page["Cache-Control"]
    assert suggest.json()["suggestions"][0]["label"] == "Referral form" and suggest_seconds < 1


@pytest.mark.django_db
def test_readyz_is_ready_and_quick_while_the_cluster_is_slow(slow_elasticsearch, client):
    answers = [_timed(client, "/readyz") for _ in range(query_breaker.failures_to_open + 2)]

    print("slow cluster: /readyz", [round(seconds, 2) for _response, seconds in answers])
    for response, seconds in answers:
        assert response.status_code == 200
        assert response.json()["checks"]["search"]["status"] == "degraded"
        assert seconds < 4
    assert max(seconds for _response, seconds in answers[query_breaker.failures_to_open :]) < 1


@pytest.mark.django_db
def test_searches_go_back_to_elasticsearch_once_it_answers_again(slow_elasticsearch, client, monkeypatch):
    for _ in range(query_breaker.failures_to_open):
        client.get("/api/search/?q=referral")
    assert query_breaker.state == "open"

    slow_elasticsearch.delay = 0
    monkeypatch.setattr(query_breaker, "open_seconds", 0)
    payload = client.get("/api/search/?q=referral").json()

    assert not payload["degraded"] and [hit["id"] for hit in payload["hits"]] == ["a"]
    assert query_breaker.state == "closed"
    assert client.get("/readyz").json()["checks"]["search"]["status"] == "ok"
