"""The "available offline" page in real Chromium: the pages read are listed by title and language, and a
signed-in reader's header says so offline, until sign-out."""

import pytest

from tests.e2e.conftest import sign_in
from tests.e2e.test_offline_reading import _installed, _until
from tests.guidelines import factories as guideline_factories
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ARABIC_TITLE = "مبادئ إدارة الحالات"


def _guidelines():
    english = guideline_factories.guideline(sections=guideline_factories.numbered_sections(2, prefix="Intake step"))
    arabic = guideline_factories.translate(
        english, "ar", title=ARABIC_TITLE, sections=[guideline_factories.section("الإحالة", "نص.", anchor="s-a")]
    )
    return english, arabic


@pytest.mark.parametrize("language", ["en", "ar"])
def test_pages_read_are_listed_by_title_and_language_online_and_offline(
    live_server, browser_page, screenshot, language
):
    english, arabic = _guidelines()
    page = browser_page
    page.goto(live_server.url + english.url)
    _installed(page)
    page.goto(live_server.url + arabic.url)

    page.goto(f"{live_server.url}/{language}/kept/")
    read = page.locator("[data-read-list] li")
    read.nth(1).wait_for()
    assert page.locator("[data-read-list]").inner_text().count("/guidelines/") == 0  # no URL paths
    items = [read.nth(n).inner_text() for n in range(read.count())]
    own, other = ("English", "العربيّة") if language == "en" else ("العربيّة", "English")
    assert items[0].endswith(own) and items[1].endswith(other)  # the reader's language first
    assert len(items) == 2  # the offline page itself is not a page read
    assert english.title in items[items.index(next(i for i in items if i.endswith("English")))]
    assert any(item.startswith(ARABIC_TITLE) and item.endswith(" · العربيّة") for item in items)
    assert page.locator(f"[data-read-list] a[lang=ar][href='{arabic.url}']").inner_text().startswith(ARABIC_TITLE)
    screenshot(f"kept-online-{language}")

    page.context.set_offline(True)
    page.goto(f"{live_server.url}/{language}/forum/")
    assert page.locator("[data-offline-missing]").is_visible()
    page.locator("[data-read-list] li").nth(1).wait_for()
    assert page.locator("[data-read-list] a", has_text=english.title).count() == 1
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    screenshot(f"kept-offline-{language}")


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_signed_in_reader_offline_sees_the_signed_in_header_until_sign_out(
    live_server, browser_page, screenshot, language
):
    english, _arabic = _guidelines()
    member = UserFactory(email="field@example.org", display_name="Zqreader Field")
    page = browser_page
    sign_in(page, live_server.url, member.email, english.url)
    _installed(page, cache="shell-")
    page.goto(f"{live_server.url}/{language}/kept/")
    assert page.locator(".account-nav", has_text="Zqreader Field").is_visible()
    screenshot(f"kept-signed-in-online-{language}")

    page.context.set_offline(True)
    page.goto(f"{live_server.url}/{language}/forum/")  # the device's public copy of the offline page
    assert page.locator("[data-offline-missing]").is_visible()
    page.locator("[data-offline-signed-in]").wait_for()
    nav = page.locator(".account-nav")
    assert nav.locator("a[href='/accounts/logout/']").count() == 1
    assert nav.locator("a[href*='/accounts/login/']").count() == 0
    assert "Zqreader" not in page.content()  # no name kept on the device
    screenshot(f"kept-signed-in-offline-{language}")

    page.context.set_offline(False)
    page.goto(f"{live_server.url}/accounts/logout/")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    _until(page, "Promise.resolve(localStorage.getItem('offline-signed-in') === null)")
    page.context.set_offline(True)
    page.goto(f"{live_server.url}/{language}/forum/")
    assert page.locator("[data-offline-missing]").is_visible()
    assert page.locator(".account-nav a[href*='/accounts/login/']").count() == 1
    assert page.locator("[data-offline-signed-in]").count() == 0


def test_an_ended_session_leaves_no_signed_in_header_on_kept_pages(live_server, browser_page):
    english, _arabic = _guidelines()
    member = UserFactory(email="ended@example.org")
    page = browser_page
    sign_in(page, live_server.url, member.email, english.url)
    _installed(page, cache="shell-")
    page.goto(f"{live_server.url}/en/kept/")
    page.context.clear_cookies()  # the session ended on the server side (expired), without a sign-out here

    page.goto(f"{live_server.url}/en/kept/")
    _until(page, "Promise.resolve(localStorage.getItem('offline-signed-in') === null)")
    assert page.locator("[data-offline-signed-in]").count() == 0
