"""The evidence list filters by document type, country, theme, period and language, and counts each facet."""

from datetime import date

import pytest

from guidelines.evidence.choices import DocumentType
from portal.models import Topic

from .factories import evidence_index, make_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(settings):
    settings.ELASTICSEARCH_URL = ""
    evidence_index()
    evidence_index(language="fr")
    Topic.objects.get_or_create(slug="mhpss", defaults={"name_en": "MHPSS"})
    return [
        make_item(
            title="Guinea study",
            country="GN",
            document_type=DocumentType.STUDY,
            topics=("mhpss",),
            period=(date(2022, 1, 1), date(2023, 12, 31)),
        ),
        make_item(
            title="Mali note",
            country="ML",
            other_countries=("GN",),
            document_type=DocumentType.INFORMATION_NOTE,
            publication_date=date(2024, 3, 1),
        ),
        make_item(title="Note sur le Niger", country="NE", language="fr", document_type=DocumentType.INFORMATION_NOTE),
    ]


def _titles(client, query: str) -> set[str]:
    response = client.get(f"/en/evidence/{query}")
    assert response.status_code == 200
    return {item.title for item in response.context["items"]}


@pytest.mark.parametrize(
    "query, titles",
    [
        ("", {"Guinea study", "Mali note", "Note sur le Niger"}),
        ("?type=information_note", {"Mali note", "Note sur le Niger"}),
        ("?country=GN", {"Guinea study", "Mali note"}),
        ("?country=gn&type=study", {"Guinea study"}),
        ("?topic=mhpss", {"Guinea study"}),
        ("?year=2023", {"Guinea study"}),
        ("?year=2024", {"Mali note"}),
        ("?lang=fr", {"Note sur le Niger"}),
        ("?country=<script>&page=abc", {"Guinea study", "Mali note", "Note sur le Niger"}),
    ],
)
def test_each_filter_narrows_the_list(client, library, query, titles):
    assert _titles(client, query) == titles


def test_facets_count_items_per_value(client, library):
    facets = client.get("/en/evidence/").context["facets"]
    countries = {facet.value: facet.count for facet in facets["country"]}
    assert countries == {"GN": 2, "ML": 1, "NE": 1}
    assert {facet.value: facet.count for facet in facets["type"]} == {"information_note": 2, "study": 1}
    assert {facet.value: facet.count for facet in facets["lang"]} == {"en": 2, "fr": 1}


def test_a_badly_written_year_is_explained(client, library):
    response = client.get("/en/evidence/?year=23")
    assert "four digits" in response.content.decode()


def test_period_facets_count_the_years_an_item_covers(client, library):
    years = {facet.value: facet.count for facet in client.get("/en/evidence/").context["facets"]["year"]}
    assert years == {"2022": 1, "2023": 1, "2024": 1, "2025": 1}
