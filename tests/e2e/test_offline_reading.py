"""Offline reading in real Chromium: a visited guideline reloads offline, a kept course is completed offline and
synced, sign-out leaves nothing of the member on the device, and the Arabic offline page reads right to left."""

import pytest

from django.utils import translation
from django.utils.translation import gettext

from guidelines.training.models import CourseCompletion, Enrolment, KnowledgeCheckResult, OfflineAttempt
from tests.e2e.conftest import save_screenshot, sign_in
from tests.guidelines import factories as guideline_factories
from tests.portal.factories import UserFactory
from tests.training import factories as training_factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CONTROLLED = "navigator.serviceWorker.ready.then(() => new Promise(r => setTimeout(r, 300)))"
CACHED_TEXT = """async (needle) => {
    for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) {
            const text = await (await cache.match(request)).text();
            if (text.includes(needle)) return name + " " + request.url;
        }
    }
    return null;
}"""


def _installed(page, *, cache: str = "pages") -> None:
    """The worker controls the page and has stored `cache` ("shell-" for a member: nothing of theirs is stored)."""
    page.evaluate(CONTROLLED)
    _until(page, f"caches.keys().then(names => names.some(n => n.startsWith('{cache}')))")


def _until(page, condition: str, *, tries: int = 50) -> None:
    """Polls `condition` (a promise) from Python: the pages' CSP forbids the eval wait_for_function needs."""
    for _attempt in range(tries):
        if page.evaluate(f"() => {condition}"):
            return
        page.wait_for_timeout(200)
    raise AssertionError(condition)


def test_a_visited_guideline_reloads_offline_and_is_revalidated_online(live_server, browser_page, screenshot):
    guideline = guideline_factories.guideline(sections=guideline_factories.numbered_sections(3, prefix="Intake step"))
    page = browser_page
    page.goto(live_server.url + guideline.url)
    _installed(page)

    page.context.set_offline(True)
    guideline_factories.new_edition(
        guideline, sections=guideline_factories.numbered_sections(2, prefix="Revised"), label="2.0"
    )
    page.reload()
    assert page.get_by_role("heading", name="Intake step 1").is_visible()  # the device's copy, not the server's new one
    screenshot("offline-guideline-reloaded")

    page.goto(f"{live_server.url}/en/forum/")  # never visited: the offline page says what is kept instead
    assert page.locator("[data-offline-missing]").is_visible()
    assert page.locator("[data-read-list] a", has_text=guideline.title).count() == 1
    screenshot("offline-fallback-en")

    page.context.set_offline(False)
    page.goto(live_server.url + guideline.url)
    assert page.get_by_role("heading", name="Revised 1").is_visible()


def test_arabic_offline_page_reads_right_to_left(live_server, browser_page, screenshot):
    page = browser_page
    page.goto(f"{live_server.url}/ar/kept/")
    _installed(page)
    page.context.set_offline(True)
    page.goto(f"{live_server.url}/ar/forum/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("[data-offline-missing]").is_visible()
    screenshot("offline-fallback-ar")


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_kept_course_is_completed_offline_and_synced(live_server, browser_page, screenshot, language):
    if language != "en":
        training_factories.publish(training_factories.home_page(language))  # a translated home starts as a draft
    with translation.override(language):
        kept_text, uploaded_text = gettext("Kept on this device"), gettext("Answers uploaded and checked:")
    course = training_factories.simple_course(lessons=2, pass_mark=100, title="Referral basics", language=language)
    learner = UserFactory(email="field@example.org", display_name="Fatouma Field")
    Enrolment.objects.create(learner=learner, course=course)
    lessons = training_factories.lessons_of(course)
    page = browser_page
    sign_in(page, live_server.url, learner.email, course.url)
    _installed(page, cache="shell-")
    page.locator("[data-keep-button]").click()
    page.locator("[data-keep-status]", has_text=kept_text).wait_for()
    assert {"en": "KB", "fr": "Ko", "ar": "كيلوبايت"}[language] in page.locator("[data-keep-status]").inner_text()
    screenshot(f"offline-course-kept-{language}")
    page.goto(live_server.url + lessons[0].url)  # online once signed in: the device learns who answers

    page.context.set_offline(True)
    for lesson in lessons:
        page.goto(live_server.url + lesson.url)
        form = page.locator("[data-offline-form]")
        form.wait_for()
        for answer_id in sum(training_factories.right_answers(lesson).values(), []):
            page.locator(f"#offline-{answer_id}").check()
        screenshot(f"offline-check-answered-{language}")
        page.locator("[data-offline-form] button[type=submit]").click()
        page.locator("[data-offline-queued]").wait_for()
        assert page.locator("#enrol-offer").is_hidden()  # the kept copy is the public page: its offer is moot
    assert not KnowledgeCheckResult.objects.filter(learner=learner).exists()

    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.locator("[data-offline-sync]", has_text=uploaded_text.rstrip(":：")).wait_for()
    screenshot(f"offline-check-synced-{language}")
    assert OfflineAttempt.objects.filter(learner=learner, outcome="passed").count() == 2
    completion = CourseCompletion.objects.get(learner=learner, course=course)
    index = training_factories.training_index(language=language)
    page.goto(f"{live_server.url}{index.url}certificates/{completion.code}/")
    assert page.get_by_text("Referral basics").first.is_visible()
    screenshot(f"offline-certificate-{language}")


def test_sign_out_leaves_nothing_of_the_member_on_the_device(live_server, browser_page):
    course = training_factories.simple_course(lessons=1, title="Shared device course")
    member = UserFactory(email="shared@example.org", display_name="Zqmember Shared")
    page = browser_page
    sign_in(page, live_server.url, member.email, course.url)
    _installed(page, cache="shell-")
    page.locator("[data-keep-button]").click()
    page.locator("[data-keep-status]", has_text="Kept on this device").wait_for()
    page.goto(f"{live_server.url}/accounts/profile/")
    page.goto(live_server.url + course.url)
    assert page.evaluate(CACHED_TEXT, "Zqmember") is None  # signed-in pages are never stored
    assert any(name.startswith("kept-member:") for name in page.evaluate("caches.keys()"))

    page.goto(f"{live_server.url}/accounts/logout/")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    _until(page, "caches.keys().then(names => !names.some(n => n.startsWith('kept-member:')))")
    assert page.evaluate(CACHED_TEXT, "Zqmember") is None
    page.context.set_offline(True)
    page.goto(live_server.url + course.url)
    assert page.locator("[data-offline-missing]").is_visible()  # the member's kept course went with them


def test_low_data_mode_is_switched_from_the_header_without_javascript(live_server, chromium):
    context = chromium.new_context(java_script_enabled=False, viewport={"width": 375, "height": 812})
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/fr/search/?q=orientation")
        assert page.locator("script[src*=search-suggest]").count() == 1
        page.locator("[data-low-data-button]").click()
        page.wait_for_load_state()
        assert page.url.endswith("/fr/search/?q=orientation")
        assert page.locator("[data-low-data-button]").get_attribute("aria-pressed") == "true"
        assert page.locator("script[src*=search-suggest]").count() == 0
        assert page.locator("[data-low-data-saved]").inner_text()
        save_screenshot(page, "low-data-fr-phone")
        page.locator("[data-low-data-button]").click()
        page.wait_for_load_state()
        assert page.locator("script[src*=search-suggest]").count() == 1
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_a_kept_course_shows_its_lessons_images_offline(
    live_server, browser_page, screenshot, settings, tmp_path, language
):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ROOT_URLCONF = "tests.e2e.media_urls"
    image = Image.objects.create(title="pathway", file=get_test_image_file(colour="#c85028", size=(640, 480)))
    training_factories.publish(training_factories.home_page(language))  # a translated home starts as a draft
    picture = {
        "type": "image",
        "id": training_factories.new_id(),
        "value": {"image": image.pk, "alt_text": "Referral pathway", "decorative": False},
    }
    course = training_factories.make_course(
        title="Referral basics",
        language=language,
        slug=f"referral-basics-{language}",
        modules=[
            {
                "title": "Module 1",
                "lessons": [{"title": "The pathway", "body": [training_factories.paragraph("<p>Look.</p>"), picture]}],
            }
        ],
    )
    page = browser_page
    page.goto(live_server.url + course.url)
    _installed(page)
    page.locator("[data-keep-button]").click()
    page.locator("[data-keep-remove]").wait_for()  # shown once everything is kept, in every language

    page.context.set_offline(True)
    page.goto(live_server.url + training_factories.lessons_of(course)[0].url)
    assert page.locator("html").get_attribute("lang") == language
    picture = page.get_by_role("img", name="Referral pathway")
    picture.scroll_into_view_if_needed()
    _until(page, "document.querySelector('img[alt=\"Referral pathway\"]').complete")
    assert page.evaluate("img => img.naturalWidth", picture.element_handle()) == 640
    screenshot(f"offline-lesson-image-{language}")
