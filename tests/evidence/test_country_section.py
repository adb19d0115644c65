"""The evidence section of a country page: the newest items the reader may see, and a dataset's chart."""

import pytest

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string

from guidelines.evidence.apps import EvidenceConfig
from guidelines.evidence.choices import Access, DocumentType
from guidelines.evidence.country_page import country_page_section
from portal.extensions import app_hooks

from .factories import evidence_index, make_item

pytestmark = pytest.mark.django_db

CSV = "Period,Guinea,Mali\n2023,40,35\n2024,55,41\n"


@pytest.fixture
def request_for(rf):
    def build(user=None):
        request = rf.get("/en/countries/GN/")
        request.user = user or AnonymousUser()
        return request

    return build


@pytest.fixture
def guinea(settings):
    settings.ELASTICSEARCH_URL = ""
    evidence_index()
    return {
        "study": make_item(title="Outcomes study", country="GN", document_type=DocumentType.DATASET, csv=CSV),
        "note": make_item(title="Note on Mali", country="ML", other_countries=("GN",)),
        "members": make_item(title="Members-only Guinea note", country="GN", access=Access.MEMBERS),
        "elsewhere": make_item(title="Niger brief", country="NE"),
    }


def test_the_section_is_declared_for_the_country_pages():
    assert "country_page_section" in EvidenceConfig.country_page_sections
    assert country_page_section in app_hooks("country_page_sections")


def test_the_section_lists_what_the_reader_may_see_with_the_chart(guinea, request_for):
    section = country_page_section(country_code="gn", request=request_for())
    assert section["order"] == 10 and section["template"] == "evidence/country_section.html"
    html = render_to_string(section["template"], section["context"])
    assert "Outcomes study" in html and "Note on Mali" in html
    assert "Members-only Guinea note" not in html and "Niger brief" not in html
    assert "<svg" in html and "<table" in html
    assert "?country=GN" in html


def test_a_country_without_evidence_has_no_section(guinea, request_for):
    assert country_page_section(country_code="TN", request=request_for()) is None
