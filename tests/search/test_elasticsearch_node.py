"""The development and CI Elasticsearch node is a genuine Elasticsearch 8 that the Python client can use."""

import uuid

import pytest
from elasticsearch import Elasticsearch
from elasticsearch.dsl import Document, Keyword, Search, Text, connections

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def client(elasticsearch_url):
    client = Elasticsearch(elasticsearch_url, request_timeout=10)
    yield client
    client.close()


@pytest.fixture
def index_name(client):
    name = f"test-node-{uuid.uuid4().hex[:8]}"
    yield name
    client.indices.delete(index=name, ignore_unavailable=True)


def test_node_reports_healthy_elasticsearch_8(client):
    info = client.info()
    health = client.cluster.health()

    assert info["version"]["number"].startswith("8.")
    assert health["status"] in ("green", "yellow")


def test_dsl_document_is_indexed_and_found_with_french_analysis(client, index_name):
    class Lesson(Document):
        title = Text(analyzer="french")
        country = Keyword()

        class Index:
            name = index_name
            settings = {"number_of_shards": 1, "number_of_replicas": 0}

    alias = f"dsl-{index_name}"
    connections.add_connection(alias, client)
    Lesson.init(using=alias)
    Lesson(title="Les réintégrations psychosociales des migrants", country="ML").save(using=alias, refresh=True)

    response = (
        Search(using=alias, index=index_name)
        .query("match", title="réintégration")
        .filter("term", country="ML")
        .execute()
    )

    assert response.hits.total.value == 1
    assert response.hits[0].country == "ML"


def test_query_time_synonyms_match_across_languages(client, index_name):
    client.indices.create(
        index=index_name,
        settings={
            "analysis": {
                "filter": {
                    "glossary": {"type": "synonym_graph", "synonyms": ["reintegration, réintégration, إعادة الإدماج"]},
                    "english_stem": {"type": "stemmer", "language": "english"},
                },
                "analyzer": {
                    "english_with_glossary": {
                        "tokenizer": "standard",
                        "filter": ["lowercase", "glossary", "english_stem"],
                    }
                },
            }
        },
        mappings={
            "properties": {"text": {"type": "text", "analyzer": "english", "search_analyzer": "english_with_glossary"}}
        },
    )
    client.index(index=index_name, document={"text": "Economic reintegration support for returnees"}, refresh=True)

    french = client.search(index=index_name, query={"match": {"text": "réintégration"}})
    arabic = client.search(index=index_name, query={"match": {"text": "إعادة الإدماج"}})

    assert french["hits"]["total"]["value"] == 1
    assert arabic["hits"]["total"]["value"] == 1
