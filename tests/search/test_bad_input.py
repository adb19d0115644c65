"""Hostile or clumsy input gets a normal page or a 400 with a reason, never a 500."""

import pytest

from search.maintenance import index_rebuild

from .factories import knowledge_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(fixture_source):
    fixture_source.documents = {"a": [knowledge_document(id="a", title="Referral form", text="Use the referral form.")]}
    index_rebuild()


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "referral " * 2000,
        'title:(referral AND "form',
        "referral~2 OR *:* AND text:/.*/",
        '"""unbalanced',
        "الإحالة referral نموذج mixed",
        "\u202ereferral\u202c",
        "!!!((([[[",
        "<script>alert(1)</script>",
    ],
)
def test_odd_queries_get_a_normal_page(engine, corpus, client, query):
    page = client.get("/en/search/", {"q": query})
    api = client.get("/api/search/", {"q": query})

    assert page.status_code == 200
    assert api.status_code in (200, 400)
    assert "<script>alert(1)</script>" not in page.content.decode()


def test_long_query_is_cut_and_says_so(engine, corpus, client):
    payload = client.get("/api/search/", {"q": "referral " + "x" * 10_000}).json()

    assert payload["notices"] and "first 200 characters" in payload["notices"][0]


def test_unknown_facet_values_give_no_results(engine, corpus, client):
    payload = client.get("/api/search/?q=referral&country=ZZ&topic=nothing-here&type=unknown").json()

    assert payload["total"] == 0


def test_page_past_the_end_is_a_normal_page(engine, corpus, client):
    response = client.get("/en/search/?q=referral&page=400")

    assert response.status_code == 200
    assert "no more results on this page" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "reason"),
    [
        ("sort=sideways", "sort"),
        ("from=yesterday", "YYYY-MM-DD"),
        ("page=-3", "page"),
        ("country=%3Cscript%3E", "country"),
        ("from=2026-02-01&to=2026-01-01", "from"),
    ],
)
def test_malformed_parameters_get_400_with_reason(engine, corpus, client, params, reason):
    page = client.get(f"/en/search/?q=referral&{params}")
    api = client.get(f"/api/search/?q=referral&{params}")

    assert page.status_code == api.status_code == 400
    assert reason in api.json()["error"]
    assert reason in page.content.decode()


def test_empty_query_shows_help(engine, corpus, client):
    response = client.get("/en/search/?q=")

    assert response.status_code == 200
    assert "What you can search" in response.content.decode()


def test_junk_query_shows_help_with_notice(engine, corpus, client):
    response = client.get("/en/search/", {"q": "?!*"})

    assert "no letters or numbers" in response.content.decode()
