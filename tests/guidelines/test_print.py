import pytest

from tests.guidelines import factories
from tests.page_text import visible_text

pytestmark = pytest.mark.django_db


def test_print_view_carries_edition_on_every_page_and_section_numbers(client):
    page = factories.guideline(
        sections=[
            factories.section(
                "Referral", 'Use the <a href="/documents/1/form.pdf">referral form</a>.', anchor="s-refer1"
            )
        ]
    )

    html = client.get(f"{page.url}print/").content.decode()

    assert 'class="print-running-header"' in html
    assert "Edition 1.0 · 15 January 2026" in visible_text(html)
    assert "1 Referral" in html


def test_print_view_makes_link_urls_absolute_so_they_print(client):
    page = factories.guideline(
        sections=[
            factories.section(
                "Referral", 'Use the <a href="/documents/1/form.pdf">referral form</a>.', anchor="s-refer1"
            )
        ]
    )

    html = client.get(f"{page.url}print/").content.decode()

    assert 'href="http://testserver/documents/1/form.pdf"' in html
    assert f"http://testserver{page.url}editions/1.0/#s-refer1" in html


def test_print_view_of_an_old_edition_prints_that_edition(client):
    page = factories.guideline(sections=[factories.section("Referral", "Old text.", anchor="s-refer1")])
    factories.new_edition(page, sections=[factories.section("Referral", "New text.", anchor="s-refer1")], label="2.0")

    html = client.get(f"{page.url}editions/1.0/print/").content.decode()

    assert "Old text." in html and "New text." not in html
