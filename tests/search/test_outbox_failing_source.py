"""A source whose reads fail in the database (a broken query, a lock or statement timeout) postpones only its own
rows: the other sources' rows of the same batch are applied, and the failing rows get their backoff. On PostgreSQL
a failed statement aborts the whole transaction, so each source is applied in its own savepoint."""

import pytest

from django.db import connection

import search.sources
from search.models import IndexOutboxEntry, SearchRecord
from search.stores.database import DatabaseStore
from search.worker import outbox_drain

from .factories import FixtureSource, knowledge_document

pytestmark = pytest.mark.django_db


class BrokenSource(FixtureSource):
    name = "test.broken"

    def documents_for(self, keys):
        with connection.cursor() as cursor:
            cursor.execute("SELECT missing_column FROM search_indexoutboxentry")
        return {}


@pytest.fixture
def sources(monkeypatch, settings):
    settings.ELASTICSEARCH_URL = ""
    broken, working = BrokenSource(), FixtureSource()
    monkeypatch.setattr(search.sources, "_sources", {broken.name: broken, working.name: working})
    return broken, working


def test_a_source_failing_in_the_database_postpones_only_its_own_rows(sources):
    broken, working = sources
    broken.put("lost", knowledge_document(id="never"))  # the broken source's rows come first in the batch
    working.put("a", knowledge_document(id="a1"))
    working.put("b", knowledge_document(id="b1"))

    report = outbox_drain(store=DatabaseStore())

    assert (report.applied, report.failed) == (2, 1)
    assert set(SearchRecord.objects.values_list("document_id", flat=True)) == {"a1", "b1"}
    postponed = IndexOutboxEntry.objects.get(source=broken.name)
    assert (postponed.processed_at, postponed.attempts, postponed.next_attempt_at is not None) == (None, 1, True)
    assert "missing_column" in postponed.last_error
