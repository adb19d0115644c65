"""Golden contract of the node's analysis module (search/engine, LanguageAnalysis.java) against Elasticsearch's own.

The real module, analysis-common, is not published on Maven Central at 8.x, so the node re-implements the part
the knowledge index uses. These are the `_analyze` outputs Elasticsearch's reference documentation gives for
those filters, and its documented rebuilds of the `english`, `french` and `arabic` analyzers as custom chains:
the built-in analyzer and its rebuild must give the same tokens here, as they do on a production cluster.
Settings the module does not implement are refused by name rather than ignored.
"""

import os
import uuid

import pytest
from elasticsearch import BadRequestError, Elasticsearch

pytestmark = pytest.mark.elasticsearch

# (request, tokens) as printed on the filter's page of the Elasticsearch reference.
DOCUMENTED_FILTER_OUTPUTS = {
    "stemmer": ({"filter": ["stemmer"], "text": "the foxes jumping quickly"}, ["the", "fox", "jump", "quickli"]),
    "elision": ({"filter": ["elision"], "text": "j’examine près du wharf"}, ["examine", "près", "du", "wharf"]),
    "asciifolding": ({"filter": ["asciifolding"], "text": "açaí à la carte"}, ["acai", "a", "la", "carte"]),
    "lowercase": ({"filter": ["lowercase"], "text": "THE Quick FoX JUMPs"}, ["the", "quick", "fox", "jumps"]),
    "edge_ngram": (
        {"filter": ["edge_ngram"], "text": "the quick brown fox jumps"},
        ["t", "th", "q", "qu", "b", "br", "f", "fo", "j", "ju"],
    ),
}

FRENCH_ARTICLES = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]
# The reference's "Language analyzers" page: each built-in analyzer rebuilt as a custom one. The keyword_marker
# step is left out (it only acts with stem_exclusion), and so is arabic's decimal_digit (no digits below).
DOCUMENTED_REBUILDS = {
    "english": [
        {"type": "stemmer", "language": "possessive_english"},
        "lowercase",
        {"type": "stop", "stopwords": "_english_"},
        {"type": "stemmer", "language": "english"},
    ],
    "french": [
        {"type": "elision", "articles_case": True, "articles": FRENCH_ARTICLES},
        "lowercase",
        {"type": "stop", "stopwords": "_french_"},
        {"type": "stemmer", "language": "light_french"},
    ],
    "arabic": [
        "lowercase",
        {"type": "stop", "stopwords": "_arabic_"},
        "arabic_normalization",
        {"type": "stemmer", "language": "arabic"},
    ],
}
SAMPLES = {
    "english": ["The dog’s bones and the foxes jumping quickly", "Psychosocial support for unaccompanied children"],
    "french": ["j’examine près du wharf", "L’enfant non accompagné et la réintégration des migrants"],
    "arabic": ["الكتاب والمكتبة في المدينة", "الدعم النفسي والاجتماعي للأطفال غير المصحوبين"],
}
# What the documented analyzers give for the reference's own examples (stop words gone, stems as in the chain).
ANALYZER_OUTPUTS = {
    ("english", "the foxes jumping quickly"): ["fox", "jump", "quickli"],
    ("french", "j’examine près du wharf"): ["examin", "prè", "wharf"],
}


@pytest.fixture
def client(elasticsearch_url):
    client = Elasticsearch(elasticsearch_url, request_timeout=10)
    yield client
    client.close()


def _tokens(client, **request) -> list[str]:
    return [token["token"] for token in client.indices.analyze(**request)["tokens"]]


@pytest.mark.parametrize("name", sorted(DOCUMENTED_FILTER_OUTPUTS))
def test_filter_gives_the_tokens_the_reference_documents(client, name):
    request, tokens = DOCUMENTED_FILTER_OUTPUTS[name]

    assert _tokens(client, tokenizer="standard", **request) == tokens


@pytest.mark.parametrize(("analyzer", "text"), [(name, text) for name in SAMPLES for text in SAMPLES[name]])
def test_built_in_analyzer_equals_its_documented_rebuild(client, analyzer, text):
    rebuilt = _tokens(client, tokenizer="standard", filter=DOCUMENTED_REBUILDS[analyzer], text=text)

    assert _tokens(client, analyzer=analyzer, text=text) == rebuilt


@pytest.mark.parametrize(("analyzer", "text"), sorted(ANALYZER_OUTPUTS))
def test_analyzer_reads_the_reference_examples_as_elasticsearch_does(client, analyzer, text):
    assert _tokens(client, analyzer=analyzer, text=text) == ANALYZER_OUTPUTS[(analyzer, text)]


def test_stemmer_language_the_node_lacks_is_refused_by_name(client):
    with pytest.raises(BadRequestError, match="stemmer language not supported on this node: kstem"):
        client.indices.analyze(tokenizer="standard", filter=[{"type": "stemmer", "language": "kstem"}], text="x")


# Settings Elasticsearch honours and the node's module does not implement: refused by name, never ignored,
# so a mapping that would analyse differently on a production cluster fails here first.
UNIMPLEMENTED_SETTINGS = {
    "analyzer stopwords": ({"analyzer": {"a": {"type": "english", "stopwords": ["support"]}}}, "stopwords"),
    "analyzer stem_exclusion": (
        {"analyzer": {"a": {"type": "french", "stem_exclusion": ["enfants"]}}},
        "stem_exclusion",
    ),
    "synonyms_path": ({"filter": {"f": {"type": "synonym_graph", "synonyms_path": "glossary.txt"}}}, "synonyms_path"),
    "synonyms_set": ({"filter": {"f": {"type": "synonym_graph", "synonyms_set": "glossary"}}}, "synonyms_set"),
    "synonym expand": ({"filter": {"f": {"type": "synonym_graph", "synonyms": ["a, b"], "expand": False}}}, "expand"),
    "synonym lenient": ({"filter": {"f": {"type": "synonym_graph", "synonyms": ["a, b"], "lenient": True}}}, "lenient"),
    "lowercase language": ({"filter": {"f": {"type": "lowercase", "language": "greek"}}}, "language"),
}


@pytest.mark.parametrize("name", sorted(UNIMPLEMENTED_SETTINGS))
def test_setting_the_module_does_not_implement_is_refused_by_name(client, name):
    analysis, setting = UNIMPLEMENTED_SETTINGS[name]
    index = f"{os.environ.get('SEARCH_INDEX_PREFIX', 'test-search')}-contract-{uuid.uuid4().hex[:8]}"
    try:
        with pytest.raises(BadRequestError, match="not implemented on this node") as refusal:
            client.indices.create(index=index, settings={"analysis": analysis})
        assert setting in str(refusal.value)
    finally:
        client.indices.delete(index=index, ignore_unavailable=True)


def test_settings_the_module_implements_change_the_tokens(client):
    folded = [{"type": "asciifolding", "preserve_original": True}]
    elided = [{"type": "elision", "articles": ["l"], "articles_case": True}]

    assert _tokens(client, tokenizer="standard", filter=folded, text="açaí") == ["acai", "açaí"]
    assert _tokens(client, tokenizer="standard", filter=elided, text="L’avion d’Awa") == ["avion", "d’Awa"]
