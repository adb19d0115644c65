"""The search page on a phone: results first, the filters in a panel after them, facet values by count and
countries named in the reader's language (on both engines)."""

import re

import pytest

from search.maintenance import index_rebuild
from tests.portal.factories import CountryFactory

from .factories import knowledge_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def shelter_corpus(fixture_source):
    CountryFactory(code="ML", name_en="Mali", name_fr="Mali", name_ar="مالي")
    CountryFactory(code="GN", name_en="Guinea", name_fr="Guinée", name_ar="غينيا")
    CountryFactory(code="SN", name_en="Senegal", name_fr="Sénégal", name_ar="السنغال")
    countries = ["SN"] + ["GN"] * 3 + ["ML"] * 2
    for number, code in enumerate(countries):
        fixture_source.documents[f"doc-{number}"] = [
            knowledge_document(title=f"Shelter rules {number}", text="Opening hours of the shelter.", countries=[code])
        ]
    index_rebuild()
    return fixture_source


def _country_facet(page: str) -> list[str]:
    panel = page[page.index('<details class="search-facets"') :]
    section = panel[panel.index("search-facet") : panel.index("</section>")]
    return [
        re.sub(r"<[^>]+>", "", label).strip()
        for label in re.findall(r'<a href="[^"]*country=[^"]*"[^>]*>(.*?)</a>', section)
    ]


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["Guinea", "Mali", "Senegal"]),
        ("fr", ["Guinée", "Mali", "Sénégal"]),
        ("ar", ["غينيا", "مالي", "السنغال"]),
    ],
)
def test_country_facet_is_sorted_by_count_and_named_in_the_readers_language(
    engine, shelter_corpus, client, language, names
):
    page = client.get(f"/{language}/search/?q=shelter").content.decode()

    assert _country_facet(page) == names  # 3, 2, 1 documents


def test_results_come_before_the_filters_panel_which_is_collapsible(engine, shelter_corpus, client):
    page = client.get("/en/search/?q=shelter").content.decode()

    assert page.index('class="search-results"') < page.index('<details class="search-facets"')
    assert re.search(r'<details class="search-facets" id="search-facets">\s*<summary>Filters</summary>', page)


def test_filters_panel_is_open_when_a_filter_is_chosen(engine, shelter_corpus, client):
    page = client.get("/en/search/?q=shelter&country=GN").content.decode()

    assert '<details class="search-facets" id="search-facets" open>' in page
