"""What a reader's query finds and how it is shown, the same on both engines: several words, typos, quoted
phrases, highlights in every language, the reader's language as a tie-breaker only, Arabic word forms, and
one result per forum topic."""

from functools import partial

import pytest

from search.maintenance import index_rebuild
from search.sources import Visibility

from .factories import api_search, index_documents, knowledge_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def load(engine, fixture_source):
    return partial(index_documents, fixture_source)


def _payload(client, query: str, **params) -> dict:
    payload = api_search(client, query, **params)
    assert not payload["degraded"], payload["notices"]
    return payload


def _ids(client, query: str, **params) -> list[str]:
    return [hit["id"] for hit in _payload(client, query, **params)["hits"]]


def test_documents_holding_all_the_words_rank_first(load, client):
    load(
        knowledge_document(id="one", title="Shelter rules", text="Opening hours."),
        knowledge_document(id="all", title="A shelter for trafficking survivors", text="Beds and care."),
        knowledge_document(id="none", title="Cooking together", text="Recipes."),
        knowledge_document(id="two", title="Trafficking", text="What survivors told us."),
    )

    for query in ("trafficking survivors shelter", "shelter survivors trafficking"):
        ids = _ids(client, query)
        assert ids[0] == "all" and set(ids) == {"all", "two", "one"}


def test_a_word_with_a_typo_finds_the_document(load, client):
    load(
        knowledge_document(id="typo", title="Vocational training", text="Apprenticeships for returnees."),
        knowledge_document(id="other", title="Budget", text="Quarterly finance report."),
    )

    assert _ids(client, "apprentiships") == ["typo"]


@pytest.fixture
def peer_support(load):
    load(
        knowledge_document(id="phrase", title="Meetings", text="Peer support groups meet weekly."),
        knowledge_document(id="words", title="Meetings", text="Groups of peers offer support."),
    )


def test_quoted_text_is_a_phrase(peer_support, client):
    assert set(_ids(client, "peer support groups")) == {"phrase", "words"}
    assert _ids(client, '"peer support groups"') == ["phrase"]


def test_a_phrase_among_other_words_ranks_the_phrase_first(peer_support, client):
    assert _ids(client, 'meetings "peer support groups"')[0] == "phrase"


@pytest.mark.parametrize("query", ['"peer support groups', 'peer "support groups" "', '""', '"peer" support"'])
def test_unbalanced_quotes_still_search_the_words(peer_support, client, query):
    response = client.get("/api/search/", {"q": query})

    assert response.status_code in (200, 400)
    if response.status_code == 200 and "support" in query:
        assert "phrase" in [hit["id"] for hit in response.json()["hits"]]


@pytest.mark.parametrize(
    ("query", "document", "written"),
    [
        ("shelter", "en", "The <mark>shelter</mark> opens"),
        ("shelters", "en", "The <mark>shelter</mark> opens"),  # an English stem
        ("réintégration", "fr", "La <mark>réintégration</mark> commence"),
        ("reintegration", "fr", "La <mark>réintégration</mark> commence"),  # without accents
        ("الحماية", "ar", "<mark>والحماية</mark>"),  # conjunction + article
        ('"shelter opens"', "en", "<mark>shelter</mark> <mark>opens</mark>"),
    ],
)
def test_snippets_mark_the_matched_words_in_every_language(load, client, query, document, written):
    load(
        knowledge_document(id="en", title="Night", text="The shelter opens at night. " * 3),
        knowledge_document(id="fr", language="fr", title="Plan", text="La réintégration commence par un plan."),
        knowledge_document(id="ar", language="ar", title="دعم", text="الدعم والحماية للعائدين."),
    )

    snippets = {hit["id"]: hit["snippet"] for hit in _payload(client, query)["hits"]}

    assert written in snippets[document], snippets


def test_snippets_escape_the_text(load, client):
    load(knowledge_document(id="html", text="<b>Intro</b> " + "filler words " * 100 + "the referral form."))

    snippet = _payload(client, "referral")["hits"][0]["snippet"]

    assert "<mark>referral</mark>" in snippet and "<b>" not in snippet


def test_an_exact_match_in_another_language_outranks_a_partial_one_in_the_readers(load, client):
    """Where few documents are in the reader's language, a boost for it used to outweigh the words."""
    load(
        knowledge_document(id="place", title="Field notes", text="Reintegration of returnees in Tambacounda."),
        *[
            knowledge_document(
                id=f"fr{number}",
                language="fr",
                title=f"Notes {number}",
                text="La réintégration des migrants de retour, étape par étape.",
            )
            for number in range(3)
        ],
        *[
            knowledge_document(id=f"en{number}", title=f"Budget {number}", text="Quarterly report.")
            for number in range(20)
        ],
    )

    assert _ids(client, "Tambacounda réintégration", ui="fr")[0] == "place"


@pytest.mark.parametrize("reader", ["en", "fr"])
def test_the_readers_language_breaks_a_tie(load, client, reader):
    load(
        knowledge_document(id="en", language="en", title="Shelter rules", text="Shelter rules."),
        knowledge_document(id="fr", language="fr", title="Shelter rules", text="Shelter rules."),
    )

    assert _ids(client, "shelter rules", ui=reader)[0] == reader


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("مدرسة", "زيارة المدرسه"),  # teh marbuta / heh
        ("مستشفى", "في المستشفي"),  # alef maqsura / yeh
        ("أسرة", "دعم الاسرة"),  # alef with hamza
        ("إحالة", "نموذج الاحالة"),
        ("الحماية", "الدعم والحماية"),  # conjunction + article
        ("حماية", "الحماية للجميع"),  # article
        ("والاجتماعي", "الدعم النفسي الاجتماعي"),
        ("آلية", "آلية الإحالة"),  # alef with madda: not an article
        ("الدعم النفسي والاجتماعي", "الدعم النفسي الاجتماعي"),
        ("الدعم النفسي الاجتماعي", "الصحة النفسية والدعم النفسي والاجتماعي"),  # the taxonomy's form
        ("follow-up", "Follow up visits"),
        ("follow up", "Follow-up visits"),
        ("l'intérêt supérieur de l'enfant", "Dans l’intérêt supérieur de l’enfant."),
        ("interet superieur", "L'intérêt supérieur de l'enfant."),
    ],
)
def test_arabic_forms_and_punctuation_match_either_way(load, client, query, text):
    arabic = "\u0600" <= text[0] <= "\u06ff"
    load(
        knowledge_document(id="doc", language="ar" if arabic else "en", title="-", text=text),
        knowledge_document(id="other", title="-", text="Nothing related."),
    )

    assert _ids(client, query) == ["doc"]


def test_alef_madda_word_keeps_its_first_letters(load, client):
    load(knowledge_document(id="mechanism", language="ar", title="-", text="آلية الإحالة"))

    assert _ids(client, "ية") == []
    assert _ids(client, "آلية") == ["mechanism"]


def test_the_taxonomys_arabic_form_finds_the_english_glossary_term(load, client):
    load(
        knowledge_document(id="en", title="Psychosocial support", text="Listening sessions for returnees."),
        knowledge_document(id="other", title="Budget", text="Quarterly finance report."),
    )

    assert _ids(client, "الدعم النفسي والاجتماعي") == ["en"]


def _topic_with_replies(fixture_source, *, replies: int) -> None:
    """A French topic with `replies` French replies of its title, beside an Arabic guideline section."""
    topic = knowledge_document(
        id="forum-topic:7",
        language="fr",
        title="Retour à Conakry",
        text="Comment organiser le retour ? réintégration",
        countries=["GN"],
    )
    posts = [
        knowledge_document(
            id=f"forum-post:{number}",
            kind="forum_post",
            language="fr",
            title="Retour à Conakry",
            text=f"Réponse {number} : la réintégration " + "réintégration " * number,
            shown_under="forum-topic:7",
            countries=["GN"],
        )
        for number in range(1, replies + 1)
    ]
    section = knowledge_document(
        id="section", kind="guideline_section", language="ar", title="إعادة الإدماج", text="خطوات إعادة الإدماج."
    )
    fixture_source.documents = {"topic": [topic, *posts], "section": [section]}
    index_rebuild()


@pytest.fixture
def busy_topic(engine, fixture_source):
    """An Arabic query used to list each French reply of one topic, the same title six times."""
    _topic_with_replies(fixture_source, replies=6)


def test_replies_are_collapsed_under_their_topic(busy_topic, client):
    payload = _payload(client, "إعادة الإدماج", ui="ar")

    titles = [hit["title"] for hit in payload["hits"]]
    assert sorted(titles) == sorted(["Retour à Conakry", "إعادة الإدماج"]) and payload["total"] == 2
    assert sum(value["count"] for value in payload["facets"]["lang"]) == 2
    topic_hit = next(hit for hit in payload["hits"] if hit["title"] == "Retour à Conakry")
    assert topic_hit["id"] == "forum-post:6" and "<mark>" in topic_hit["snippet"]  # the best matching post
    assert topic_hit["translations"] == []  # replies are not translations


def test_two_dozen_replies_fold_under_their_topic_with_the_semantic_layer_on(engine, semantic, fixture_source, client):
    """The reported case: on Elasticsearch, 20+ replies of one topic came before the guideline section."""
    _topic_with_replies(fixture_source, replies=24)

    payload = _payload(client, "إعادة الإدماج", ui="ar")

    titles = [hit["title"] for hit in payload["hits"]]
    assert sorted(titles) == sorted(["Retour à Conakry", "إعادة الإدماج"]), titles
    assert payload["total"] == 2


def test_a_collapsed_topic_keeps_visibility(engine, fixture_source, client):
    fixture_source.documents = {
        "topic": [
            knowledge_document(
                id="forum-topic:8",
                title="Canary shelter",
                text="canary",
                visibility=Visibility.GROUPS,
                groups=["Moderator"],
            ),
            knowledge_document(
                id="forum-post:80",
                kind="forum_post",
                title="Canary shelter",
                text="canary reply",
                shown_under="forum-topic:8",
                visibility=Visibility.GROUPS,
                groups=["Moderator"],
            ),
        ]
    }
    index_rebuild()

    payload = _payload(client, "canary")

    assert payload["hits"] == [] and payload["total"] == 0
    assert all(value["count"] == 0 for values in payload["facets"].values() for value in values)
