"""Search fixtures: a unique index prefix per session, the real node, and a source of our own."""

import os
import uuid

import pytest
from elasticsearch import Elasticsearch

import search.sources
from search.client import get_client
from search.documents import alias_name
from search.stores.database import DatabaseStore

from .factories import FixtureSource

# Under SEARCH_INDEX_PREFIX when set, so engineers sharing one node can tell (and clean) their indices apart.
SESSION_PREFIX = f"{os.environ.get('SEARCH_INDEX_PREFIX', 'test-search')}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def fixture_source(monkeypatch):
    """Only our fixture source is registered, so other apps' work in progress cannot disturb these tests."""
    source = FixtureSource()
    monkeypatch.setattr(search.sources, "_sources", {source.name: source})
    return source


@pytest.fixture
def elasticsearch(elasticsearch_url, settings, request):
    """Elasticsearch configured for this test, behind an alias no other test uses; deleted afterwards."""
    settings.ELASTICSEARCH_URL = elasticsearch_url
    # The shared 2-core machine is slow under load; production keeps 2 s for queries.
    settings.ELASTICSEARCH_QUERY_TIMEOUT = settings.ELASTICSEARCH_INDEX_TIMEOUT = 15
    settings.SEARCH_INDEX_PREFIX = f"{SESSION_PREFIX}-{uuid.uuid4().hex[:6]}"
    prefix = settings.SEARCH_INDEX_PREFIX
    yield get_client()
    client = Elasticsearch(elasticsearch_url, request_timeout=30)  # the test may have pointed settings elsewhere
    names = list(client.indices.get(index=f"{prefix}-knowledge*", expand_wildcards="all"))
    if names:
        client.indices.delete(index=",".join(names), ignore_unavailable=True)
    client.close()


@pytest.fixture
def no_elasticsearch(settings):
    settings.ELASTICSEARCH_URL = ""


@pytest.fixture(params=["elasticsearch", "database"])
def engine(request, db):
    """Runs a behavioural test on both engines: the real node, and the database records."""
    if request.param == "elasticsearch":
        request.getfixturevalue("elasticsearch")
    else:
        request.getfixturevalue("no_elasticsearch")
    return request.param


def index_ids(client) -> set[str]:
    client.indices.refresh(index=alias_name())
    response = client.search(index=alias_name(), query={"match_all": {}}, source=False, size=10000)
    return {hit["_id"] for hit in response["hits"]["hits"]}


def database_ids() -> set[str]:
    return set(DatabaseStore().hashes())


@pytest.fixture(scope="session")
def sentence_encoder():
    """The encoder, loaded once per session and only by the tests that ask for it (about a second, 130 MB)."""
    from search.semantic.encoder import encode_texts

    encode_texts(["warm-up"])
    return encode_texts


@pytest.fixture
def semantic(sentence_encoder, settings):
    """The semantic layer on for this test (the test settings keep it off)."""
    settings.SEARCH_SEMANTIC = True
    return sentence_encoder
