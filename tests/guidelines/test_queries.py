import pytest

from tests.guidelines import factories
from tests.portal.factories import CountryFactory

pytestmark = pytest.mark.django_db

# Wagtail routing (~11) and the shared layout (navigation, language switcher: ~14) come first; the guideline
# adds 3-5 and the forum discussions 1-2. The same budget holds at 5 and 50 sections.
QUERY_BUDGET = 36


def _guideline_with(count: int):
    CountryFactory(code="EG", name_en="Egypt")
    sections = factories.numbered_sections(count)
    for raw in sections:
        raw["value"]["country_notes"] = [{"country": "EG", "text": "<p>Egypt note.</p>"}]
    page = factories.guideline(sections=sections)
    factories.new_edition(page, sections=sections[1:] + sections[:1], label="2.0")
    factories.translate(page, "fr", title="Principes", sections=sections)
    return page


@pytest.mark.parametrize("count", [5, 50])
def test_current_edition_runs_bounded_queries(client, django_assert_max_num_queries, count):
    page = _guideline_with(count)

    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(f"{page.url}?country=EG")

    assert response.status_code == 200


@pytest.mark.parametrize("count", [5, 50])
def test_superseded_edition_runs_bounded_queries(client, django_assert_max_num_queries, count):
    page = _guideline_with(count)

    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get(f"{page.url}editions/1.0/")

    assert response.status_code == 200


@pytest.mark.parametrize("count", [5, 50])
def test_translated_edition_runs_bounded_queries(client, django_assert_max_num_queries, count):
    _guideline_with(count)

    with django_assert_max_num_queries(QUERY_BUDGET):
        response = client.get("/fr/guidelines/case-management/")

    assert response.status_code == 200
