"""The home page in real Chromium, in English, French and Arabic (right to left), on a desktop and a phone."""

from io import StringIO

import pytest

from portal.demo import load_demo_content
from tests.e2e.conftest import PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

HEADLINES = {
    "en": ("ltr", "Case management community of practice"),
    "fr": ("ltr", "Communauté de pratique de la gestion des cas"),
    "ar": ("rtl", "مجتمع الممارسة لإدارة الحالات"),
}


@pytest.fixture
def demo_portal(live_server) -> str:
    load_demo_content(stdout=StringIO())
    return live_server.url


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_home_page_shows_its_headline_in_each_language_and_direction(demo_portal, browser_page, screenshot, language):
    direction, headline = HEADLINES[language]

    browser_page.goto(f"{demo_portal}/{language}/")

    html = browser_page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == direction
    assert browser_page.get_by_role("heading", level=1).inner_text() == headline
    assert browser_page.get_by_role("search").is_visible()
    screenshot(f"home-{language}")


def test_arabic_home_page_mirrors_the_layout(demo_portal, browser_page, screenshot):
    browser_page.goto(f"{demo_portal}/ar/")

    page_width = browser_page.viewport_size["width"]
    headline = browser_page.get_by_role("heading", level=1).bounding_box()
    site_name = browser_page.locator(".site-name").bounding_box()
    # Right to left: the headline and the site name start at the right-hand edge.
    assert headline["x"] + headline["width"] > page_width * 0.6
    assert site_name["x"] + site_name["width"] > page_width * 0.6
    screenshot("home-ar-mirrored")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_home_page_fits_a_phone_without_sideways_scrolling(demo_portal, browser_page, screenshot, language):
    browser_page.set_viewport_size(PHONE)

    browser_page.goto(f"{demo_portal}/{language}/")

    scroll_width = browser_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= PHONE["width"]
    assert browser_page.locator("#home-search").is_visible()
    screenshot(f"home-{language}-phone")


def test_language_switcher_takes_the_reader_to_the_french_home_page(demo_portal, browser_page):
    browser_page.goto(f"{demo_portal}/en/")

    browser_page.get_by_role("button", name="français").click()

    browser_page.wait_for_url(f"{demo_portal}/fr/")
    assert browser_page.locator("html").get_attribute("lang") == "fr"
