"""The evidence list and the country-page section read a fixed number of queries, however many items there are."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from guidelines.evidence.choices import Access, DocumentType
from tests.portal.factories import UserFactory

from .factories import evidence_index, make_item

pytestmark = pytest.mark.django_db

CSV = "Period,Guinea\n2023,10\n2024,12\n"


def _add_items(count: int) -> None:
    for number in range(count):
        make_item(
            country="GN",
            other_countries=("ML",),
            document_type=DocumentType.DATASET if number == 0 else DocumentType.REPORT,
            csv=CSV if number == 0 else None,
            access=Access.MEMBERS if number % 3 == 2 else Access.PUBLIC,
        )


def _queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_evidence_list_reads_the_same_number_of_queries_at_two_sizes(client, settings, signed_in):
    settings.ELASTICSEARCH_URL = ""
    evidence_index()
    if signed_in:
        client.force_login(UserFactory())
    _add_items(2)
    paths = ["/en/evidence/", "/en/evidence/?country=GN&type=report", "/en/evidence/?year=2025"]
    client.get(paths[0])  # warm the per-process caches (site root, content types)
    small = [_queries(client, path) for path in paths]
    _add_items(6)
    client.get(paths[0])  # publishing cleared the cached header fragments: build them again
    large = [_queries(client, path) for path in paths]
    assert small == large


def test_the_country_section_reads_the_same_number_of_queries_at_two_sizes(rf, settings):
    from django.contrib.auth.models import AnonymousUser

    from guidelines.evidence.country_page import country_page_section

    settings.ELASTICSEARCH_URL = ""
    evidence_index()
    request = rf.get("/en/countries/GN/")
    request.user = AnonymousUser()
    _add_items(2)
    country_page_section(country_code="GN", request=request)
    with CaptureQueriesContext(connection) as small:
        country_page_section(country_code="GN", request=request)
    _add_items(6)
    with CaptureQueriesContext(connection) as large:
        country_page_section(country_code="GN", request=request)
    assert len(small) == len(large)
