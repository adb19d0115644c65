"""Suggestions under the search box as a reader types, in real Chromium: shown, chosen with the keyboard, followed."""

from io import StringIO

import pytest

from portal.demo import load_demo_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo_portal(live_server) -> str:
    load_demo_content(stdout=StringIO())
    return live_server.url


@pytest.mark.parametrize("language, typed", [("fr", "réinté"), ("ar", "إعادة")])
def test_typing_shows_suggestions_and_enter_follows_the_chosen_one(
    demo_portal, browser_page, screenshot, language, typed
):
    browser_page.goto(f"{demo_portal}/{language}/")
    box = browser_page.get_by_role("combobox")

    box.press_sequentially(typed, delay=40)
    options = browser_page.get_by_role("option")
    options.first.wait_for()
    box.press("ArrowDown")
    screenshot(f"search-suggestions-{language}")
    chosen = options.first.get_by_role("link").get_attribute("href")

    assert typed.casefold() in options.first.inner_text().casefold()
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    with browser_page.expect_navigation():
        box.press("Enter")
    assert browser_page.url.split("#")[0] == f"{demo_portal}{chosen}".split("#")[0]
