"""An Arabic-speaking caseworker reads a guideline right to left, follows a section permalink, and compares editions."""

from io import StringIO

import pytest

from guidelines.demo import load_demo_content as load_guidelines_demo
from portal.demo import load_demo_content as load_portal_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo_guidelines(live_server):
    load_portal_demo(stdout=StringIO())
    load_guidelines_demo(stdout=StringIO())


def test_arabic_reader_follows_a_permalink_and_compares_editions(
    live_server, demo_guidelines, browser_page, screenshot
):
    page = browser_page

    page.goto(f"{live_server.url}/ar/guidelines/case-management/?country=EG")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "مبادئ إدارة الحالات وإجراءاتها"
    assert page.locator(".banner--translation").is_visible()  # Arabic follows 2.0, English 2.1 is newer
    screenshot("guidelines-ar-current")

    page.locator("#s-cmrefe .permalink").click()
    assert page.url.endswith("#s-cmrefe")
    assert page.locator("#s-cmrefe h2").inner_text().endswith("الإحالة")
    page.locator("#s-cmrefe .cite summary").click()
    citation = page.locator("#s-cmrefe-citation").input_value()
    assert (
        "2.0" in citation
        and "§6" in citation
        and citation.endswith("/ar/guidelines/case-management/editions/2.0/#s-cmrefe")
    )
    screenshot("guidelines-ar-permalink")

    page.goto(f"{live_server.url}/ar/guidelines/case-management/compare/?from=1.0&to=2.0")
    assert page.locator(".compare-item--added").count() == 1
    assert page.locator(".compare-item--removed").count() == 1
    assert page.locator(".compare-item--changed ins").count() >= 1
    screenshot("guidelines-ar-compare")
