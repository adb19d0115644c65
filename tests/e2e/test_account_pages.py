"""Sign-in and sign-up pages in real Chromium, in English and in Arabic (right to left)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("path", ["login", "signup"])
def test_account_page_renders_in_portal_layout(live_server, browser_page, screenshot, language, path):
    browser_page.context.add_cookies([{"name": "portal_language", "value": language, "url": live_server.url}])

    browser_page.goto(f"{live_server.url}/accounts/{path}/")
    screenshot(f"accounts-{path}-{language}")

    html = browser_page.locator("html")
    assert html.get_attribute("lang") == language
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    assert browser_page.locator("header.site-header").is_visible()
    assert browser_page.locator("main form input[type=email]").is_visible()
    assert browser_page.locator("main form button[type=submit]").is_visible()
