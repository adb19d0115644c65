"""The database engine's full-text search, as a reader meets it with `make run` (no Elasticsearch).

Run on SQLite by default and on PostgreSQL with DATABASE_URL (CI runs both): ranking by how many of the
query's concepts a document holds, typos, <mark> snippets, the glossary across languages, and hostile
input. What both engines do alike (phrases, highlights, Arabic forms...) is in test_relevance.py.
"""

import time
from functools import partial

import pytest

from search.sources import Visibility

from .factories import api_search, index_documents, knowledge_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def load(fixture_source, no_elasticsearch):
    return partial(index_documents, fixture_source)


def _payload(client, query: str, **params) -> dict:
    payload = api_search(client, query, **params)
    assert payload["backend"] == "database"
    return payload


def _ids(client, query: str, **params) -> list[str]:
    return [hit["id"] for hit in _payload(client, query, **params)["hits"]]


def test_documents_holding_more_of_the_words_rank_first(load, client):
    load(
        knowledge_document(id="one", title="Shelter rules", text="Opening hours."),
        knowledge_document(id="all", title="A shelter for trafficking survivors", text="Beds and care."),
        knowledge_document(id="none", title="Cooking together", text="Recipes."),
        knowledge_document(id="two", title="Trafficking", text="What survivors told us."),
    )

    assert _ids(client, "trafficking survivors shelter") == ["all", "two", "one"]
    assert _ids(client, "shelter trafficking survivors") == ["all", "two", "one"]


@pytest.fixture
def demo_like(load):
    load(
        knowledge_document(id="support", title="Psychosocial support", text="Listening sessions for returnees."),
        knowledge_document(id="steps", title="Reintegration steps", text="The reintegration plan, step by step."),
        knowledge_document(
            id="fr", language="fr", title="Réintégration psychosociale", text="Les premières semaines du retour."
        ),
        knowledge_document(id="ar", language="ar", title="الدعم النفسي والاجتماعي", text="جلسات استماع للعائدين."),
        knowledge_document(id="shelter", title="Shelter rules", text="Opening hours."),
    )


@pytest.mark.parametrize(
    "query", ["psychosocial reintegration", "réintégration psychosociale", "reintegraton", "Psychosocial support"]
)
def test_the_home_page_example_and_its_neighbours_find_results(demo_like, client, query):
    ids = _ids(client, query)

    assert ids and "shelter" not in ids


def test_english_glossary_phrase_finds_the_french_document_first(demo_like, client):
    ids = _ids(client, "psychosocial reintegration")

    assert ids[0] == "fr"  # the whole concept, in French, before documents with one of its words
    assert {"support", "steps"} <= set(ids)


def test_a_word_with_a_typo_finds_the_document_and_marks_it(load, client):
    load(knowledge_document(id="typo", title="Vocational training", text="Apprenticeships for returnees."))

    hits = _payload(client, "apprentiships")["hits"]

    assert [hit["id"] for hit in hits] == ["typo"]
    assert "<mark>Apprenticeships</mark>" in hits[0]["snippet"]


def test_snippet_of_a_long_text_starts_near_the_match_and_escapes_html(load, client):
    load(knowledge_document(id="long", text="<b>Intro</b> " + "filler words " * 100 + "the referral form."))

    snippet = _payload(client, "referral")["hits"][0]["snippet"]

    assert "<mark>referral</mark>" in snippet and snippet.startswith("…") and "<b>" not in snippet


def test_partial_matches_never_show_what_the_reader_may_not_see(load, client):
    load(
        knowledge_document(id="public", text="Shelter rules."),
        knowledge_document(id="members", text="Shelter for trafficking survivors.", visibility=Visibility.MEMBERS),
        knowledge_document(
            id="group", text="Shelter for trafficking survivors.", visibility=Visibility.GROUPS, groups=["g1"]
        ),
    )

    payload = _payload(client, "trafficking survivors shelter")

    assert [hit["id"] for hit in payload["hits"]] == ["public"] and payload["total"] == 1
    assert sum(value["count"] for value in payload["facets"]["lang"]) == 1


@pytest.mark.parametrize(
    "query",
    [
        "referral " * 2000,
        "a" * 10_000,
        "referral\x00form",
        '"""unbalanced referral',
        'referral "form',
        'title:(referral AND "form',
        "referral~2 OR *:* AND text:/.*/",
        "NEAR(referral form) referral* ^2 -form +form",
        "الإحالة referral نموذج mixed",
    ],
)
def test_hostile_queries_get_a_page_quickly(load, client, query):
    load(knowledge_document(id="form", title="Referral form", text="Use the referral form."))

    started = time.monotonic()
    response = client.get("/api/search/", {"q": query})
    page = client.get("/en/search/", {"q": query})

    assert response.status_code in (200, 400) and page.status_code == 200
    assert time.monotonic() - started < 5
    if response.status_code == 200 and "referral" in query:
        assert "form" in [hit["id"] for hit in response.json()["hits"]]


def test_pages_list_every_translation_group_once_best_first(load, client):
    """Ranked and paged in SQL: a group's translations never spill onto another page, the best groups come first."""
    load(
        *[
            knowledge_document(
                id=f"{kind}-{n}-{language}",
                language=language,
                translation_key=f"{kind}-{n}",
                title=f"Shelter note {n}" + (" for trafficking survivors" if kind == "all" else ""),
                text="shelter",
            )
            for kind, count in (("all", 5), ("one", 20))
            for n in range(count)
            for language in ("en", "fr")
        ]
    )

    first = _payload(client, "trafficking survivors shelter")
    second = _payload(client, "trafficking survivors shelter", page=2)
    groups = [hit["id"].rsplit("-", 1)[0] for hit in [*first["hits"], *second["hits"]]]

    assert (first["total"], len(first["hits"]), len(second["hits"])) == (25, 20, 5)
    assert sorted(groups) == sorted({*groups}) and len(groups) == 25
    assert {group.split("-")[0] for group in groups[:5]} == {"all"}
    assert all(hit["id"].endswith("-en") and hit["translations"] for hit in first["hits"])
