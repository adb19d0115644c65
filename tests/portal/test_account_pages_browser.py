"""Sign-in and sign-up pages in real Chromium, in English and in Arabic (right to left)."""

import os
from pathlib import Path

import pytest

from tests.conftest import require_service

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "accounts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def browser_page():
    if not CHROMIUM.exists():
        require_service("Chromium", f"{CHROMIUM} is missing (apt-get install chromium)")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        yield page
        browser.close()


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("path", ["login", "signup"])
def test_account_page_renders_in_portal_layout(live_server, browser_page, language, path):
    browser_page.context.add_cookies([{"name": "portal_language", "value": language, "url": live_server.url}])

    browser_page.goto(f"{live_server.url}/accounts/{path}/")
    browser_page.screenshot(path=str(ARTIFACTS / f"{path}-{language}.png"), full_page=True)

    html = browser_page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert browser_page.locator("header.site-header").is_visible()
    assert browser_page.locator("main form input[type=email]").is_visible()
    assert browser_page.locator("main form button[type=submit]").is_visible()
