"""The search worker as a real process, mid-drain of a few hundred changes: killed with kill -9 and restarted,
or cut off from PostgreSQL (a proxy of the test's, never the shared server) and reconnected. Either way the
index ends equal to the database (0 lost, 0 duplicated, 0 deleted documents back) within the 30 s budget."""

import time
from urllib.parse import urlparse

import pytest

from forum.search_source import record_topic_change
from search.client import get_client
from search.documents import alias_name
from search.maintenance import index_check
from search.models import IndexOutboxEntry
from search.stores.database import DatabaseStore
from search.stores.elasticsearch import ElasticsearchStore, ensure_alias
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory
from tests.portal.worker_processes import WorkerProcess, worker_database_url

from .proxy import OutageProxy

pytestmark = [
    pytest.mark.postgresql,
    pytest.mark.elasticsearch,
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True),
]

TOPICS = 300
# Production drains 500 at a time. Small batches make a kill land mid-drain; a worker cut off from its
# database cannot drain meanwhile, so it takes larger ones: on a busy CI machine the cost of each batch (a
# transaction and a bulk request) alone outlasted the consistency budget at 20 a batch.
KILLED_WORKER_BATCH = 20
CUT_OFF_WORKER_BATCH = 50
CONSISTENCY_BUDGET_SECONDS = 30


def _pending() -> int:
    return IndexOutboxEntry.objects.pending().count()


def _in_sync() -> bool:
    if _pending():
        return False
    get_client().indices.refresh(index=alias_name())
    return index_check(repair=False, store=ElasticsearchStore(index=alias_name())).in_sync


class Workload:
    """Topics written as the forum's services write them, and the worker processes that index them."""

    def __init__(self, *, settings, tmp_path):
        ensure_alias()
        for store in (ElasticsearchStore(index=alias_name()), DatabaseStore()):  # what earlier tests left, e.g. pages
            index_check(repair=True, store=store)
        category, author = CategoryFactory(), MemberFactory()
        self.topics = [ForumTopicFactory(category=category, author=author) for _ in range(TOPICS)]
        for topic in self.topics:
            record_topic_change(topic.pk)  # as forum.services.topic_create does (the factory bypasses it)
        self.written = _pending()
        self.gone: set[str] = set()
        self.environment = {
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "ELASTICSEARCH_URL": settings.ELASTICSEARCH_URL,
            "SEARCH_INDEX_PREFIX": settings.SEARCH_INDEX_PREFIX,
            "ELASTICSEARCH_INDEX_TIMEOUT": "30",
        }
        self.log = tmp_path / "worker.log"
        self.workers: list[WorkerProcess] = []

    def worker(self, *, batch: int = KILLED_WORKER_BATCH, **environment) -> WorkerProcess:
        command = ("search_worker", "--batch-size", str(batch), "--idle-seconds", "0.2")
        process = WorkerProcess(*command, log=self.log, environment={**self.environment, **environment})
        self.workers.append(process)
        return process.start()

    def remove_indexed_topics(self) -> None:
        """Deletes 40 and hides 20 of the topics already in the index: their documents must go and stay gone."""
        get_client().indices.refresh(index=alias_name())
        indexed = ElasticsearchStore(index=alias_name()).hashes().keys()
        shown = [topic for topic in self.topics if f"forum-topic:{topic.pk}" in indexed]
        deleted, hidden = shown[:40], shown[40:60]
        self.gone = {f"forum-topic:{topic.pk}" for topic in deleted + hidden}
        for topic in deleted:
            topic.delete()
        for topic in hidden:
            topic.is_hidden = True
            topic.save(update_fields=["is_hidden"])
            record_topic_change(topic.pk)

    def stop(self) -> None:
        for process in self.workers:
            process.stop()

    def assert_index_equals_the_database(self) -> None:
        reports = {
            "elasticsearch": index_check(repair=False, store=ElasticsearchStore(index=alias_name())),
            "database": index_check(repair=False, store=DatabaseStore()),
        }
        for name, report in reports.items():
            assert (name, report.missing, report.stale, report.orphaned) == (name, [], [], [])  # lost, resurrected
        held = ElasticsearchStore(index=alias_name()).hashes()
        assert len(self.gone) == 60 and not self.gone & held.keys()
        assert len([id_ for id_ in held if id_.startswith("forum-topic:")]) == TOPICS - len(self.gone)


@pytest.fixture
def workload(settings, tmp_path):
    workload = Workload(settings=settings, tmp_path=tmp_path)
    yield workload
    workload.stop()


def test_killed_search_worker_leaves_the_index_equal_to_the_database(postgresql, elasticsearch, workload):
    first = workload.worker()
    first.wait_for(lambda: _pending() <= workload.written - 60, seconds=120, what="60 changes applied")
    first.kill()
    workload.remove_indexed_topics()  # while no worker runs
    left = _pending()
    restarted = time.monotonic()
    second = workload.worker()
    second.wait_for(lambda: _pending() < left, seconds=120, what="the restarted worker at work")
    draining = time.monotonic()
    second.wait_for(_in_sync, seconds=2 * CONSISTENCY_BUDGET_SECONDS, what="an index equal to the database")
    consistent = time.monotonic()

    print(
        f"\nsearch worker killed with {left} changes waiting: index equal to the database {consistent - draining:.1f} s"
        f" after the restarted worker applied its first change ({consistent - restarted:.1f} s after the restart,"
        " Django's start included)"
    )
    workload.assert_index_equals_the_database()
    assert left > 0  # the kill happened mid-drain
    assert consistent - draining <= CONSISTENCY_BUDGET_SECONDS


def test_search_worker_cut_off_from_postgresql_carries_on_when_it_returns(postgresql, elasticsearch, workload):
    database = urlparse(worker_database_url())
    proxy = OutageProxy(f"http://{database.hostname}:{database.port}")
    proxy.start()
    through_proxy = database._replace(netloc=f"{database.username}:{database.password}@127.0.0.1:{proxy.port}")
    try:
        worker = workload.worker(batch=CUT_OFF_WORKER_BATCH, DATABASE_URL=through_proxy.geturl())
        worker.wait_for(lambda: _pending() <= workload.written - 60, seconds=120, what="60 changes applied")
        proxy.stop()  # the worker's database is gone; the portal (this test) still writes
        workload.remove_indexed_topics()
        time.sleep(5)
        left = _pending()
        proxy.start()
        back = time.monotonic()
        worker.wait_for(_in_sync, seconds=2 * CONSISTENCY_BUDGET_SECONDS, what="an index equal to the database")
        consistent = time.monotonic()
    finally:
        proxy.stop()

    print(f"\nsearch worker cut off from PostgreSQL for 5 s with {left} changes waiting: index equal to the"
          f" database {consistent - back:.1f} s after the database returned")  # fmt: skip
    workload.assert_index_equals_the_database()
    assert left > 0
    assert consistent - back <= CONSISTENCY_BUDGET_SECONDS
