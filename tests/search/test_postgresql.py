"""What only PostgreSQL does for search: the database engine's queries are answered from its text-search and
trigram indexes, and a second search worker skips the outbox rows another worker holds (SKIP LOCKED).

Marked `postgresql`: skipped on SQLite with a loud reason, a failure under CI=true (see tests/conftest.py).
"""

import threading

import pytest

from django.db import connection, connections, transaction

from search.engines.database_fulltext import full_text_match
from search.glossary import analysed_words
from search.maintenance import index_rebuild
from search.models import IndexOutboxEntry, SearchRecord
from search.stores.database import DatabaseStore
from search.worker import outbox_drain

from .factories import knowledge_document

pytestmark = pytest.mark.postgresql


def _plan(match) -> str:
    """PostgreSQL's plan for the engine's own match, with sequential scans priced out of reach."""
    sql, params = match.scores
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a handful of rows: the planner would scan them all
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def _matched(match) -> list[str]:
    with connection.cursor() as cursor:
        cursor.execute(*match.scores)
        ids = [row[0] for row in cursor.fetchall()]
    found = dict(SearchRecord.objects.values_list("id", "document_id"))
    return [found[record_id] for record_id in ids]


@pytest.mark.django_db
def test_words_and_typos_are_found_through_the_text_search_and_trigram_indexes(fixture_source, no_elasticsearch):
    fixture_source.documents["shelter"] = [knowledge_document(id="shelter", title="Shelter rules", text="Beds.")]
    fixture_source.documents["apprentice"] = [
        knowledge_document(id="apprentice", title="Vocational training", text="Apprenticeships for returnees.")
    ]
    index_rebuild()

    words = full_text_match([set(analysed_words("Shelter"))])
    typo = full_text_match([set(analysed_words("apprentiships"))])  # as the engine asks: in its analysed words

    assert "search_record_text_idx" in _plan(words)
    assert "search_record_trigram_idx" in _plan(typo)
    assert typo.fuzzy == {"apprentiship"}
    assert _matched(words) == ["shelter"]
    assert _matched(typo) == ["apprentice"]


@pytest.mark.django_db(transaction=True)  # two connections: the rows must be committed for both to see them
def test_a_second_worker_skips_the_rows_another_worker_holds(fixture_source, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # configured: changes wait in the outbox for a worker
    for key in ("held-1", "held-2", "free"):
        fixture_source.put(key, knowledge_document(id=key))
    held = list(IndexOutboxEntry.objects.filter(key__startswith="held").values_list("id", flat=True))
    holding, release = threading.Event(), threading.Event()

    def first_worker():
        try:
            with transaction.atomic():
                list(IndexOutboxEntry.objects.filter(id__in=held).select_for_update())
                holding.set()
                release.wait(60)
        finally:
            connections.close_all()

    thread = threading.Thread(target=first_worker)
    thread.start()
    try:
        assert holding.wait(60), "the first worker never took its rows"
        second = outbox_drain(store=DatabaseStore())
        waiting = set(IndexOutboxEntry.objects.pending().values_list("key", flat=True))
    finally:
        release.set()
        thread.join(60)
    after_release = outbox_drain(store=DatabaseStore())

    assert (second.applied, waiting) == (1, {"held-1", "held-2"})
    assert after_release.applied == 2
    assert set(DatabaseStore().hashes()) >= {"held-1", "held-2", "free"}
