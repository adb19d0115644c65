import re

import pytest

from tests.guidelines import factories
from tests.portal.factories import CountryFactory

pytestmark = pytest.mark.django_db

NOTES = {
    "EG": "<p>Refer through the national referral mechanism hotline.</p>",
    "NE": "<p>Refer to the regional directorate for child protection.</p>",
}


@pytest.fixture
def page():
    CountryFactory(code="EG", name_en="Egypt")
    CountryFactory(code="NE", name_en="Niger")
    return factories.guideline(
        sections=[factories.section("Referral", "Refer with consent.", anchor="s-refer1", notes=NOTES)]
    )


def test_reader_without_a_country_sees_only_the_common_text(client, page):
    html = client.get(page.url).content.decode()

    assert "Refer with consent." in html
    assert "national referral mechanism hotline" not in html


def test_reader_picking_a_country_sees_its_note_beside_the_text(client, page):
    html = client.get(f"{page.url}?country=EG").content.decode()

    assert "In Egypt" in re.sub(r"<[^>]+>", "", html)  # the country's name may link to its page
    assert "national referral mechanism hotline" in html
    assert "regional directorate" not in html


def test_unknown_country_falls_back_to_the_common_text(client, page):
    response = client.get(f"{page.url}?country=ZZ")

    assert response.status_code == 200
    assert "national referral mechanism hotline" not in response.content.decode()


def test_country_comparison_shows_notes_side_by_side(client, page):
    html = client.get(f"{page.url}countries/?country=EG&country=NE").content.decode()

    assert "national referral mechanism hotline" in html
    assert "regional directorate" in html
