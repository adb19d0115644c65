"""Search as a dependency that can fail: outages of Elasticsearch and of the database, as readers and operators see them.

Figures (time to consistency) are printed; run with -s to read them.
"""

import io
import random
import threading
import time
import uuid

import pytest
from elasticsearch import ConnectionTimeout

from django.core.management import CommandError, call_command
from django.db import InterfaceError, OperationalError, connection
from django.utils import timezone

import search.maintenance
import search.stores.elasticsearch
import search.worker_loop
from search.client import get_client
from search.documents import alias_name
from search.maintenance import index_check, index_rebuild
from search.models import IndexOutboxEntry, SearchRecord
from search.stores.database import DatabaseStore
from search.stores.elasticsearch import ElasticsearchStore
from search.worker import outbox_drain
from search.worker_loop import DATABASE_PAUSE_MAX, ERROR_PAUSE_MAX, worker_run

from .conftest import database_ids, index_ids
from .factories import knowledge_document
from .proxy import OutageProxy

CONSISTENCY_BUDGET_SECONDS = 30


@pytest.fixture
def proxied(elasticsearch, elasticsearch_url, settings):
    """The real node behind a proxy the test stops and starts; settings point at the proxy."""
    proxy = OutageProxy(elasticsearch_url)
    proxy.start()
    settings.ELASTICSEARCH_URL = proxy.url
    yield proxy
    proxy.stop()


def _concrete_indices() -> set[str]:
    return set(get_client(use="index").indices.get(index=f"{alias_name()}-*", expand_wildcards="all"))


def _wait_until(condition, *, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


class WorkerThread:
    """The search worker's loop in a thread of this test process, stopped and joined at the end."""

    def __init__(self, **options):
        self.stop = threading.Event()
        self.errors: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, kwargs=options, daemon=True)

    def _run(self, **options):
        try:
            worker_run(stop=self.stop, **options)
        except BaseException as error:  # the loop must never end on its own: the test reports it
            self.errors.append(error)
        finally:
            connection.close()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self._thread.join(30)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()


# Fallback race: the worker refreshes the database records while a degraded search reads them.


@pytest.mark.django_db
def test_search_during_a_fallback_refresh_answers_with_what_remains(fixture_source, settings, client, monkeypatch):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # down: searches read the database records
    for number in range(6):
        fixture_source.put(f"k{number}", knowledge_document(id=f"k{number}", title=f"Referral pathway {number}"))
    outbox_drain()
    pks_before = dict(SearchRecord.objects.values_list("document_id", "pk"))
    manager, real_in_bulk = SearchRecord.objects, SearchRecord.objects.in_bulk

    def refresh_between_the_two_reads(*args, **kwargs):
        for number in range(1, 6):  # the worker refreshes every record and removes one, mid-search
            fixture_source.put(f"k{number}", knowledge_document(id=f"k{number}", title=f"Referral pathway {number} v2"))
        fixture_source.remove("k0")
        IndexOutboxEntry.objects.update(next_attempt_at=None)
        outbox_drain()
        return real_in_bulk(*args, **kwargs)

    monkeypatch.setattr(manager, "in_bulk", refresh_between_the_two_reads)
    response = client.get("/api/search/?q=referral+pathway")
    monkeypatch.undo()

    assert response.status_code == 200
    hits = response.json()["hits"]
    assert {hit["id"] for hit in hits} == {f"k{number}" for number in range(1, 6)}
    assert all(hit["title"].endswith("v2") for hit in hits)
    pks_after = dict(SearchRecord.objects.values_list("document_id", "pk"))
    assert pks_after == {key: pk for key, pk in pks_before.items() if key != "k0"}  # updated in place


@pytest.mark.django_db(transaction=True)
def test_searches_never_fail_while_the_fallback_is_refreshed_in_a_loop(postgresql, fixture_source, settings, client):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    keys = [f"k{number}" for number in range(40)]
    for key in keys:
        fixture_source.put(key, knowledge_document(id=key, title="Referral pathway", text="v0"))
    outbox_drain()
    stop, refreshes, failures = threading.Event(), [0], []

    def refresh_loop():
        try:
            while not stop.is_set():
                refreshes[0] += 1
                for key in keys:
                    fixture_source.put(
                        key, knowledge_document(id=key, title="Referral pathway", text=f"v{refreshes[0]}")
                    )
                IndexOutboxEntry.objects.update(next_attempt_at=None)
                outbox_drain()
        except Exception as error:
            failures.append(error)
        finally:
            connection.close()

    refresher = threading.Thread(target=refresh_loop)
    refresher.start()
    try:
        answers, deadline = [], time.monotonic() + 90
        while (refreshes[0] < 4 or len(answers) < 30) and time.monotonic() < deadline:
            answers.append(client.get("/api/search/?q=referral"))
    finally:
        stop.set()
        refresher.join(30)

    assert failures == [] and refreshes[0] >= 3
    assert {response.status_code for response in answers} == {200}
    for payload in (response.json() for response in answers):  # every record found, none missing mid-refresh
        assert payload["total"] == 40 and len({hit["id"] for hit in payload["hits"]}) == 20


# A failed rebuild leaves no index behind and the alias where it was.


@pytest.mark.parametrize("stage", ["while loading documents", "while finishing the index"])
@pytest.mark.django_db
def test_a_failed_rebuild_removes_the_index_it_created(elasticsearch, fixture_source, monkeypatch, stage):
    for number in range(450):
        fixture_source.documents[f"k{number}"] = [knowledge_document(id=f"k{number}")]
    serving = index_rebuild().index
    if stage == "while loading documents":
        calls = []

        def time_out_on_the_second_batch(keys):
            calls.append(keys)
            if len(calls) == 2:
                raise ConnectionTimeout("Connection timed out")

        fixture_source.on_documents_for = time_out_on_the_second_batch
    else:

        def time_out(index):
            raise ConnectionTimeout("Connection timed out")

        monkeypatch.setattr(search.maintenance, "finish_building", time_out)

    with pytest.raises(CommandError, match="did not accept"):
        call_command("search_index", "--rebuild", stdout=io.StringIO())

    assert _concrete_indices() == {serving}
    assert list(elasticsearch.indices.get_alias(name=alias_name())) == [serving]
    assert len(index_ids(elasticsearch)) == 450


# The worker through outages.


@pytest.mark.django_db
def test_index_catches_up_quickly_after_an_outage_with_hundreds_of_changes_waiting(proxied, fixture_source):
    fixture_source.put("first", knowledge_document(id="first"))
    outbox_drain()
    proxied.stop()
    for number in range(300):
        fixture_source.put(f"k{number}", knowledge_document(id=f"k{number}"))
    rounds, moments, stop = [0], {}, threading.Event()

    def on_report(report):
        rounds[0] += 1
        if rounds[0] == 3:
            # As after a long outage: every row postponed by up to the 15-minute backoff, then the node returns.
            IndexOutboxEntry.objects.pending().update(
                attempts=9, next_attempt_at=timezone.now() + timezone.timedelta(minutes=15)
            )
            proxied.start()
            moments["back"] = time.perf_counter()
        if "back" in moments and not IndexOutboxEntry.objects.pending().exists():
            moments["consistent"] = time.perf_counter()
            stop.set()
        if "back" in moments and time.perf_counter() - moments["back"] > 2 * CONSISTENCY_BUDGET_SECONDS:
            stop.set()

    worker_run(batch_size=100, idle_seconds=0.2, stop=stop, on_report=on_report)

    assert "consistent" in moments, "the outbox was not drained after the node came back"
    seconds = moments["consistent"] - moments["back"]
    print(f"\ntime to consistency after an outage, 300 changes waiting: {seconds:.1f} s")
    assert seconds <= CONSISTENCY_BUDGET_SECONDS
    assert index_ids(get_client()) == fixture_source.expected_ids() == database_ids()


@pytest.mark.django_db(transaction=True)
def test_worker_keeps_going_through_database_errors(fixture_source, settings, monkeypatch, caplog):
    settings.ELASTICSEARCH_URL = ""
    fixture_source.documents["a"] = [knowledge_document(id="a")]
    IndexOutboxEntry.objects.create(source=fixture_source.name, key="a")
    failures = [
        OperationalError("server closed the connection unexpectedly"),
        InterfaceError("connection already closed"),
    ]
    real_drain = search.worker_loop.outbox_drain

    def drain_after_the_outage(**options):
        if failures:
            raise failures.pop(0)
        return real_drain(**options)

    monkeypatch.setattr(search.worker_loop, "outbox_drain", drain_after_the_outage)
    stop = threading.Event()

    def stop_when_drained(report):
        if not IndexOutboxEntry.objects.pending().exists():
            stop.set()

    worker_run(idle_seconds=0.1, stop=stop, on_report=stop_when_drained)

    assert failures == [] and database_ids() == {"a"}
    assert [record.message.split(";")[0] for record in caplog.records if "round failed" in record.message] == [
        "search worker: round failed (OperationalError)",
        "search worker: round failed (InterfaceError)",
    ]


class RecordedPauses(threading.Event):
    """A stop event that records the worker's pauses instead of sleeping, and stops it after `rounds` of them."""

    def __init__(self, rounds: int):
        super().__init__()
        self.pauses: list[float] = []
        self.rounds = rounds

    def wait(self, timeout=None):
        self.pauses.append(timeout)
        if len(self.pauses) >= self.rounds:
            self.set()
        return self.is_set()


@pytest.mark.parametrize(
    ("error", "longest_pause"),
    [(OperationalError("connection refused"), DATABASE_PAUSE_MAX), (LookupError("no such source"), ERROR_PAUSE_MAX)],
)
def test_worker_retries_its_database_within_seconds_however_long_the_outage(monkeypatch, error, longest_pause):
    """A long database outage must not leave the worker asleep for half a minute after the database is back."""

    def failing_drain(**options):
        raise error

    monkeypatch.setattr(search.worker_loop, "outbox_drain", failing_drain)
    monkeypatch.setattr(search.worker_loop, "elasticsearch_configured", lambda: False)
    stop = RecordedPauses(rounds=10)

    worker_run(stop=stop)

    assert stop.pauses[:3] == [1.0, 2.0, 3.0 if longest_pause == DATABASE_PAUSE_MAX else 4.0]
    assert max(stop.pauses) == longest_pause


@pytest.mark.django_db(transaction=True)
def test_worker_reconnects_after_its_database_connection_is_terminated(postgresql, fixture_source, settings):
    settings.ELASTICSEARCH_URL = ""

    def change(key):
        fixture_source.documents[key] = [knowledge_document(id=key)]
        IndexOutboxEntry.objects.create(source=fixture_source.name, key=key)

    def drained():
        return not IndexOutboxEntry.objects.pending().exists()

    with WorkerThread(idle_seconds=0.1) as worker:
        change("before")
        assert _wait_until(drained, seconds=10)
        with connection.cursor() as cursor:  # what a PostgreSQL restart does to the worker's session
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            assert cursor.fetchone()[0] >= 1
        change("after")
        assert _wait_until(drained, seconds=15)
        assert worker.alive and worker.errors == []

    assert database_ids() == {"before", "after"}


# The fault workload: writes and searches while the node goes away and comes back.


@pytest.mark.django_db(transaction=True)
def test_node_outage_mid_workload_loses_duplicates_and_resurrects_nothing(postgresql, proxied, fixture_source, client):
    rng = random.Random(11)
    for number in range(50):
        fixture_source.documents[f"k{number}"] = [knowledge_document(id=f"k{number}", title="Referral pathway")]
    index_rebuild()
    statuses, removed = [], set()
    with WorkerThread(batch_size=100, idle_seconds=0.2) as worker:
        for operation in range(300):
            if operation == 100:
                proxied.stop()
            if operation == 250:
                proxied.start()
                back = time.perf_counter()
            key = f"k{rng.randrange(80)}"
            if rng.random() < 0.25 and key in fixture_source.documents:
                fixture_source.remove(key)
                removed.add(key)
            else:
                version = uuid.uuid4().hex[:6]
                fixture_source.put(key, knowledge_document(id=key, title="Referral pathway", text=f"version {version}"))
                removed.discard(key)
            if operation % 3 == 0:
                statuses.append(client.get("/api/search/?q=referral").status_code)
                statuses.append(client.get("/readyz").status_code)
        assert _wait_until(
            lambda: not IndexOutboxEntry.objects.pending().exists(), seconds=2 * CONSISTENCY_BUDGET_SECONDS
        )
        consistent = time.perf_counter()
        assert worker.alive and worker.errors == []

    index = ElasticsearchStore(index=alias_name())
    reports = {
        "elasticsearch": index_check(repair=False, store=index),
        "database": index_check(repair=False, store=DatabaseStore()),
    }
    print(f"\nfault workload: time to consistency after the node returned: {consistent - back:.1f} s")
    for name, report in reports.items():
        assert (name, report.missing, report.stale, report.orphaned) == (name, [], [], [])  # lost, lost, resurrected
    expected = fixture_source.expected_ids()
    assert (
        get_client().count(index=alias_name())["count"] == len(expected) == SearchRecord.objects.count()
    )  # no duplicates
    assert not removed & index_ids(get_client())
    assert set(statuses) == {200}
    assert consistent - back <= CONSISTENCY_BUDGET_SECONDS
