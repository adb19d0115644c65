"""Sync never loses an update: outbox rows wait through an outage, rebuilds replay, drift is repaired."""

import io

import pytest

from django.core.management import CommandError, call_command

from search.client import get_client
from search.documents import alias_name, index_body
from search.maintenance import index_check, index_rebuild, stores_to_check
from search.models import IndexOutboxEntry
from search.serialization import document_body
from search.stores.elasticsearch import ElasticsearchStore, mapping_differences
from search.worker import outbox_drain
from search.worker_loop import worker_run

from .conftest import database_ids, index_ids
from .factories import knowledge_document
from .proxy import OutageProxy

pytestmark = pytest.mark.django_db


def _drain_all():
    IndexOutboxEntry.objects.update(next_attempt_at=None)
    while outbox_drain(batch_size=100).applied:
        pass


def test_worker_applies_changes_and_deletions(elasticsearch, fixture_source):
    fixture_source.put("a", knowledge_document(id="a1"), knowledge_document(id="a2"))
    fixture_source.put("b", knowledge_document(id="b1"))
    outbox_drain()
    fixture_source.put("a", knowledge_document(id="a1"))
    fixture_source.remove("b")

    report = outbox_drain()

    assert report.failed == 0
    assert index_ids(elasticsearch) == {"a1"} == database_ids()
    assert not IndexOutboxEntry.objects.pending().exists()


def test_outage_keeps_rows_until_the_node_is_back(elasticsearch, elasticsearch_url, fixture_source, settings):
    proxy = OutageProxy(elasticsearch_url)
    proxy.start()
    settings.ELASTICSEARCH_URL = proxy.url
    settings.ELASTICSEARCH_QUERY_TIMEOUT = settings.ELASTICSEARCH_INDEX_TIMEOUT = 5
    for number in range(50):
        fixture_source.put(f"before-{number}", knowledge_document(id=f"before-{number}"))
    outbox_drain(batch_size=30)  # part of the work reaches the index...

    proxy.stop()  # ...then the node disappears mid-run
    for number in range(200):
        fixture_source.put(f"post-{number}", knowledge_document(id=f"post-{number}"))
    fixture_source.remove("before-0")
    report = outbox_drain(batch_size=500)
    waiting = IndexOutboxEntry.objects.pending()

    assert report.applied == 0 and report.failed > 0
    assert waiting.count() >= 201
    assert all(row.attempts == 1 and row.next_attempt_at and row.last_error for row in waiting.filter(attempts__gt=0))

    proxy.start()
    _drain_all()
    proxy.stop()
    settings.ELASTICSEARCH_URL = elasticsearch_url

    assert index_ids(get_client()) == fixture_source.expected_ids() == database_ids()
    assert len(fixture_source.expected_ids()) == 249


def test_failed_attempts_back_off_exponentially(elasticsearch, fixture_source, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    fixture_source.put("a", knowledge_document(id="a"))
    delays = []
    for _attempt in range(3):
        IndexOutboxEntry.objects.update(next_attempt_at=None) if not delays else None
        row = IndexOutboxEntry.objects.get()
        IndexOutboxEntry.objects.filter(id=row.id).update(next_attempt_at=None)
        outbox_drain()
        row.refresh_from_db()
        delays.append((row.next_attempt_at - row.created_at).total_seconds())

    assert row.attempts == 3
    assert delays[0] < delays[1] < delays[2]


def test_rebuild_under_concurrent_writes_loses_and_resurrects_nothing(elasticsearch, fixture_source):
    for number in range(30):
        fixture_source.documents[f"k{number}"] = [knowledge_document(id=f"k{number}", title=f"Version 1 of {number}")]
    index_rebuild()
    calls = []

    def write_while_building(keys):
        calls.append(keys)
        if len(calls) == 1:  # while the new index is loading: add, change, delete
            fixture_source.put("new", knowledge_document(id="new"))
            fixture_source.put("k1", knowledge_document(id="k1", title="Version 2 of 1"))
            fixture_source.remove("k2")
            outbox_drain()  # the worker applies them to the old index meanwhile

    fixture_source.on_documents_for = write_while_building
    report = index_rebuild()
    fixture_source.on_documents_for = None

    assert report.replayed >= 3
    assert index_ids(elasticsearch) == fixture_source.expected_ids() == database_ids()
    assert "k2" not in index_ids(elasticsearch)
    k1 = elasticsearch.get(index=alias_name(), id="k1")["_source"]
    assert k1["title"] == "Version 2 of 1"


def test_rebuild_swaps_the_alias_to_a_fresh_index(elasticsearch, fixture_source):
    fixture_source.documents["a"] = [knowledge_document(id="a")]
    first = index_rebuild().index
    second = index_rebuild().index

    assert first != second
    assert list(elasticsearch.indices.get_alias(name=alias_name())) == [second]
    assert not elasticsearch.indices.exists(index=first)


def test_drift_check_finds_and_repairs_missing_orphaned_and_stale(elasticsearch, fixture_source):
    for key in ("a", "b", "c"):
        fixture_source.documents[key] = [knowledge_document(id=key, title=f"Title {key}")]
    index_rebuild()
    store = ElasticsearchStore(index=alias_name())
    store.delete(["a"])
    orphan = knowledge_document(id="orphan")
    store.write({"orphan": document_body(source="test.fixture", key="gone", document=orphan)})
    stale = document_body(source="test.fixture", key="b", document=knowledge_document(id="b", title="Old title"))
    store.write({"b": {**stale, "content_hash": "0" * 40}})

    found = index_check(repair=True, store=store)
    again = index_check(repair=False, store=store)

    assert (found.missing, found.orphaned, found.stale) == (["a"], ["orphan"], ["b"])
    assert found.repaired and again.in_sync
    assert elasticsearch.get(index=alias_name(), id="b")["_source"]["title"] == "Title b"


def test_check_command_asks_for_a_rebuild_when_the_index_predates_the_mapping(elasticsearch, fixture_source):
    old_index = f"{alias_name()}-old"
    elasticsearch.indices.create(index=old_index, mappings={"properties": {"title": {"type": "text"}}})
    elasticsearch.indices.put_alias(index=old_index, name=alias_name())

    with pytest.raises(CommandError, match="search_index --rebuild"):
        call_command("search_index", "--check", stdout=io.StringIO())
    index_rebuild()
    call_command("search_index", "--check", stdout=io.StringIO())


def test_worker_says_once_that_an_index_with_an_older_mapping_needs_a_rebuild(elasticsearch, fixture_source, caplog):
    body = index_body(rules=[])
    text = body["mappings"]["properties"]["text"]
    text["fields"] = {name: field for name, field in text["fields"].items() if name != "fr"}  # before French
    old_index = f"{alias_name()}-old"
    elasticsearch.indices.create(index=old_index, **body)
    elasticsearch.indices.put_alias(index=old_index, name=alias_name())
    fixture_source.put("a", knowledge_document(id="a"))

    worker_run(once=True)
    worker_run(once=True)

    errors = [record.getMessage() for record in caplog.records if record.levelname == "ERROR"]
    assert len(errors) == 2  # once per worker start
    assert "fields text.fr differ" in errors[0] and "search_index --rebuild" in errors[0]
    assert index_ids(elasticsearch) == {"a"}  # changes are still written


@pytest.mark.parametrize(
    ("live", "differing"),
    [
        ({"title": {"type": "text", "analyzer": "a", "index_options": "positions"}}, []),  # a default it added
        ({"title": {"type": "keyword"}}, ["title"]),
        ({"title": {"type": "text", "analyzer": "b"}}, ["title"]),
        ({}, ["title"]),
        ({"title": {"type": "text", "analyzer": "a", "fields": {"en": {"type": "text", "analyzer": "french"}}}}, []),
    ],
)
def test_mapping_differences_name_every_field_a_query_relies_on(live, differing):
    expected = {"title": {"type": "text", "analyzer": "a"}}
    assert mapping_differences(expected, live) == differing

    with_subfield = {"title": {**expected["title"], "fields": {"en": {"type": "text", "analyzer": "english"}}}}
    if not differing:
        assert mapping_differences(with_subfield, live) == ["title.en"]


def test_check_command_covers_index_and_database_mirror(elasticsearch, fixture_source):
    assert set(stores_to_check()) == {"elasticsearch", "database"}


def test_search_degrades_to_database_when_node_is_down(elasticsearch, fixture_source, settings, client):
    fixture_source.documents["a"] = [knowledge_document(id="a", title="Referral form", text="Use the referral form.")]
    index_rebuild()
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"

    page = client.get("/en/search/?q=referral")
    api = client.get("/api/search/?q=referral").json()
    suggest = client.get("/api/search/suggest/?q=refer")

    assert page.status_code == 200 and "reduced mode" in page.content.decode()
    assert api["degraded"] and [hit["id"] for hit in api["hits"]] == ["a"]
    assert suggest.status_code == 200 and suggest.json()["suggestions"][0]["label"] == "Referral form"
    assert client.get("/en/").status_code in (200, 302)


def test_outage_still_refreshes_the_database_fallback(elasticsearch, fixture_source, settings, client):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    fixture_source.put("a", knowledge_document(id="a", title="Family tracing request", text="family tracing"))

    outbox_drain()
    payload = client.get("/api/search/?q=family+tracing").json()

    assert payload["degraded"] and [hit["id"] for hit in payload["hits"]] == ["a"]
    assert IndexOutboxEntry.objects.pending().count() == 1
