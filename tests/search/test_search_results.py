"""What a reader finds, on both engines: cross-language hits, facets, grouping, editions, typos."""

import pytest

from search.maintenance import index_rebuild
from search.query import parse_search_request
from search.service import knowledge_search

from .factories import knowledge_document

pytestmark = pytest.mark.django_db


def _load(source, **documents_by_key):
    for key, documents in documents_by_key.items():
        source.documents[key] = documents if isinstance(documents, list) else [documents]
    index_rebuild()


def _search(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, response.content
    payload = response.json()
    assert not payload["degraded"], payload["notices"]
    return payload


def _ids(payload: dict) -> set[str]:
    return {hit["id"] for hit in payload["hits"]}


@pytest.fixture
def reintegration_corpus(fixture_source):
    _load(
        fixture_source,
        en=knowledge_document(
            id="en-doc",
            title="Supporting returnees",
            text="Psychosocial reintegration starts with a safe plan.",
            countries=["SN"],
        ),
        fr=knowledge_document(
            id="fr-doc",
            language="fr",
            title="Accompagner les migrants de retour",
            text="La réintégration psychosociale commence par un plan sûr.",
            countries=["GN"],
        ),
        ar=knowledge_document(
            id="ar-doc",
            language="ar",
            title="دعم العائدين",
            text="يبدأ إعادة الإدماج النفسي الاجتماعي بخطة آمنة.",
            countries=["MA"],
        ),
        other=knowledge_document(
            id="other-doc", title="Shelter rules", text="Opening hours of the shelter.", countries=["ML"]
        ),
    )
    return fixture_source


def test_french_query_finds_english_and_arabic_documents(engine, reintegration_corpus, client):
    payload = _search(client, "/api/search/?q=réintégration+psychosociale")

    assert _ids(payload) == {"en-doc", "fr-doc", "ar-doc"}


def test_english_query_finds_french_and_arabic_documents(engine, fixture_source, client):
    _load(
        fixture_source,
        fr=knowledge_document(
            id="fr-doc", language="fr", title="Repérer", text="Indices de traite des personnes au poste frontière."
        ),
        ar=knowledge_document(id="ar-doc", language="ar", title="التعرف", text="مؤشرات الاتجار بالأشخاص عند الحدود."),
        en=knowledge_document(id="unrelated", title="Budget", text="Quarterly finance report."),
    )

    payload = _search(client, "/api/search/?q=trafficking+in+persons")

    assert _ids(payload) == {"fr-doc", "ar-doc"}


def test_arabic_query_finds_english_document(engine, reintegration_corpus, client):
    payload = _search(client, "/api/search/?q=إعادة+الإدماج+النفسي+الاجتماعي")

    assert {"en-doc", "ar-doc"} <= _ids(payload)


def test_facet_counts_equal_results_when_chosen(engine, reintegration_corpus, client):
    payload = _search(client, "/api/search/?q=réintégration+psychosociale")

    assert sum(value["count"] for value in payload["facets"]["lang"]) == payload["total"] == 3
    for value in payload["facets"]["country"]:
        chosen = _search(client, f"/api/search/?q=réintégration+psychosociale&country={value['value']}")
        assert chosen["total"] == value["count"] == len(chosen["hits"])


def test_translations_are_grouped_in_the_readers_language(engine, fixture_source, client):
    _load(
        fixture_source,
        guide=[
            knowledge_document(
                id="guide-en", title="Referral pathways", text="How referral works.", translation_key="guide"
            ),
            knowledge_document(
                id="guide-fr",
                language="fr",
                title="Circuits d'orientation",
                text="Comment fonctionne l'orientation.",
                translation_key="guide",
            ),
        ],
    )

    payload = _search(client, "/fr/search/?q=referral".replace("/fr/search/", "/api/search/") + "&ui=fr")

    assert [hit["id"] for hit in payload["hits"]] == ["guide-fr"]
    assert [translation["language"] for translation in payload["hits"][0]["translations"]] == ["en"]


def test_other_language_only_content_is_marked(engine, reintegration_corpus, client):
    payload = _search(client, "/api/search/?q=réintégration+psychosociale&ui=en")

    marks = {hit["id"]: hit["in_reader_language"] for hit in payload["hits"]}
    assert marks == {"en-doc": True, "fr-doc": False, "ar-doc": False}


def test_superseded_editions_are_hidden_unless_asked(engine, fixture_source, client):
    _load(
        fixture_source,
        current=knowledge_document(
            id="v2", title="Case plan", text="Write the case plan.", edition="2.0", translation_key="s-v2"
        ),
        old=knowledge_document(
            id="v1",
            title="Case plan",
            text="Write the case plan.",
            edition="1.0",
            is_current=False,
            translation_key="s-v1",
        ),
    )

    assert _ids(_search(client, "/api/search/?q=case+plan")) == {"v2"}
    assert _ids(_search(client, "/api/search/?q=case+plan&edition=all")) == {"v1", "v2"}
    assert _ids(_search(client, "/api/search/?q=case+plan&edition=1.0")) == {"v1"}


def test_filters_by_type_language_and_dates(engine, reintegration_corpus, client):
    payload = _search(
        client, "/api/search/?q=réintégration+psychosociale&lang=fr&type=forum_topic&from=2020-01-01&to=2030-12-31"
    )

    assert _ids(payload) == {"fr-doc"}


def test_sort_by_date_lists_newest_first(engine, reintegration_corpus, client):
    payload = _search(client, "/api/search/?q=réintégration+psychosociale&sort=date")

    dates = [hit["published_at"] for hit in payload["hits"]]
    assert dates == sorted(dates, reverse=True)


def test_pagination_splits_results(engine, fixture_source, client):
    _load(fixture_source, **{f"k{n}": knowledge_document(title=f"Shelter note {n}", text="shelter") for n in range(25)})

    first = _search(client, "/api/search/?q=shelter")
    second = _search(client, "/api/search/?q=shelter&page=2")

    assert (first["total"], first["page_count"], len(first["hits"]), len(second["hits"])) == (25, 2, 20, 5)
    assert not _ids(first) & _ids(second)


def test_search_page_shows_results_with_snippet_and_facets(engine, reintegration_corpus, client):
    response = client.get("/en/search/?q=réintégration+psychosociale")

    page = response.content.decode()
    assert response.status_code == 200
    assert "3 results" in page
    assert "Supporting returnees" in page and "دعم العائدين" in page
    assert 'class="search-facets"' in page and "only in this language" in page


def test_filters_alone_browse_newest_first(engine, reintegration_corpus, client):
    payload = _search(client, "/api/search/?country=ML")

    assert _ids(payload) == {"other-doc"}


def test_typo_still_finds_the_document(elasticsearch, fixture_source, client):
    _load(
        fixture_source,
        doc=knowledge_document(id="typo", title="Vocational training", text="Apprenticeships for returnees."),
    )

    assert _ids(_search(client, "/api/search/?q=apprentiships")) == {"typo"}


def test_highlighted_snippet_marks_matched_words(elasticsearch, reintegration_corpus, client):
    payload = _search(client, "/api/search/?q=shelter")

    assert "<mark>" in payload["hits"][0]["snippet"]


def test_service_is_the_same_call_for_page_and_api(engine, reintegration_corpus, rf):
    query = parse_search_request(rf.get("/", {"q": "shelter"}).GET, reader_language="en")

    results = knowledge_search(query=query, user=None)

    assert [hit.id for hit in results.hits] == ["other-doc"]
    assert results.backend == engine


@pytest.mark.parametrize("size", [5, 40])
def test_search_page_runs_a_bounded_number_of_queries(
    engine, fixture_source, client, size, django_assert_max_num_queries
):
    _load(
        fixture_source,
        **{
            f"k{n}": knowledge_document(
                title=f"Shelter {n}", text="shelter", countries=["ML", "SN"], translation_key=f"t{n}"
            )
            for n in range(size)
        },
    )

    with django_assert_max_num_queries(12):
        response = client.get("/en/search/?q=shelter")

    assert response.status_code == 200


def test_facet_labels_follow_the_language_and_a_renamed_country(engine, fixture_source, client):
    from tests.portal.factories import CountryFactory

    country = CountryFactory(code="ML", name_en="Mali", name_fr="Mali (FR)", name_ar="مالي")
    _load(fixture_source, a=knowledge_document(title="Shelter rules", text="shelter", countries=["ML"]))

    def label(language: str) -> str:
        payload = _search(client, f"/api/search/?q=shelter&ui={language}")
        return payload["facets"]["country"][0]["label"]

    assert (label("en"), label("ar")) == ("Mali", "مالي")
    country.name_en = "Republic of Mali"
    country.save()
    assert label("en") == "Republic of Mali"
