"""Evidence in the knowledge index, on both engines: a hit inside a PDF names its page and links to it; a French
report is found from Arabic words; what a reader may not open is never found."""

import pytest

from guidelines.evidence.choices import Access
from search.maintenance import index_rebuild
from tests.portal.factories import UserFactory
from tests.search.factories import api_search

from .factories import evidence_index, make_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(engine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        evidence_index(language="fr")
        evidence_index()
        report = make_item(
            title="Rapport sur la réintégration à Conakry",
            summary="Suivi des personnes de retour en Guinée.",
            language="fr",
            pdf_pages=["Introduction et méthode", "Le soutien psychosocial de proximité réduit la détresse à Kindia"],
        )
        members = make_item(
            title="Members brief",
            summary="Restricted brief on Agadez.",
            access=Access.MEMBERS,
            country="NE",
            pdf_pages=["Agadez shelters", "Tinfoil-lantern finding for members"],
        )
    index_rebuild()
    return {"report": report, "members": members}


def _evidence_hits(data: dict) -> list[dict]:
    return [hit for hit in data["hits"] if hit["kind"] == "evidence"]


def test_a_hit_inside_a_pdf_shows_its_page_and_links_to_it(client, library):
    hits = _evidence_hits(api_search(client, "Kindia"))
    assert len(hits) == 1
    report = library["report"]
    assert hits[0]["url"] == report.file_url(report.files.get(), 2)
    assert hits[0]["url"].endswith("#page=2")
    assert "Kindia" in hits[0]["snippet"]


def test_a_french_report_is_found_from_arabic_words(client, library):
    hits = _evidence_hits(api_search(client, "الدعم النفسي الاجتماعي", ui="ar"))
    assert [hit["url"].split("#")[0] for hit in hits] == [library["report"].file_url(library["report"].files.get())]


def test_the_item_and_its_pages_are_one_result(client, library):
    hits = _evidence_hits(api_search(client, "Conakry OR Kindia OR réintégration"))
    assert len(hits) == 1


def test_members_only_pages_are_found_by_members_only(client, library):
    assert _evidence_hits(api_search(client, "Tinfoil-lantern")) == []
    client.force_login(UserFactory())
    hits = _evidence_hits(api_search(client, "Tinfoil-lantern"))
    assert [hit["url"] for hit in hits] == [library["members"].file_url(library["members"].files.get(), 2)]


def test_evidence_filters_by_type_and_country_with_facets(client, library):
    data = api_search(client, "", type="evidence", country="GN")
    assert [hit["kind"] for hit in data["hits"]] == ["evidence"]
    assert any(value["value"] == "evidence" for value in data["facets"]["type"])
    assert any(value["value"] == "GN" for value in data["facets"]["country"])
