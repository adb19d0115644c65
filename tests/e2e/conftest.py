"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright, for tests that look at pages as a reader does.

Use `browser_page` (a fresh tab, 1280x900) with pytest-django's `live_server`, and `screenshot("name")` to save
test-artifacts/name.png. Mark such tests `@pytest.mark.browser` and
`@pytest.mark.django_db(transaction=True, serialized_rollback=True)` (the live server reads committed data;
serialized_rollback restores the locales, groups and home page that migrations created).
"""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import require_service

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture(scope="session")
def chromium(django_db_setup):
    """One Chromium for the whole session; each test gets its own context through `browser_page`."""
    if not CHROMIUM.exists():
        require_service("Chromium", f"{CHROMIUM} is missing (apt-get install chromium)")
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are still synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    serialized = _serialized_contents()
    with sync_playwright() as playwright:
        _restore_serialized_contents(serialized)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _serialized_contents() -> dict[str, str]:
    from django.db import connections

    return {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }


def _restore_serialized_contents(serialized: dict[str, str]) -> None:
    """Once Playwright runs, Django hands this thread new connection objects (its connections are
    context-local), which lack the database snapshot that `serialized_rollback` restores between tests."""
    from django.db import connections

    for alias, contents in serialized.items():
        connections[alias]._test_serialized_contents = contents


@pytest.fixture
def browser_page(chromium) -> Iterator:
    """A fresh browser tab (own cookies) at desktop size; call `set_viewport_size(PHONE)` for a phone."""
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    yield page
    context.close()


def save_screenshot(page, name: str) -> Path:
    """Saves the whole page as test-artifacts/<name>.png and returns the path."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture
def screenshot(browser_page) -> Callable[[str], Path]:
    """`screenshot("home-ar")` saves the current `browser_page` as test-artifacts/home-ar.png."""
    return lambda name: save_screenshot(browser_page, name)


def sign_in(page, base_url: str, email: str, next_path: str) -> None:
    """Through the real sign-in form, with the test password every factory member has."""
    from tests.portal.factories import DEFAULT_PASSWORD, current_totp_code

    page.goto(f"{base_url}/accounts/login/?next={next_path}")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", DEFAULT_PASSWORD)
    page.locator("form:has(input[name=password]) button[type=submit]").click()
    page.wait_for_load_state()
    if "/accounts/2fa/authenticate/" in page.url:  # staff: the code of the factories' authenticator app
        page.fill("input[name=code]", current_totp_code())
        page.locator("form:has(input[name=code]) button[type=submit]:not([form])").click()
        page.wait_for_load_state()
    if next_path not in page.url:
        page.goto(f"{base_url}{next_path}")
