"""An Arabic certificate in real Chromium: the verification URL and code read left to right inside the Arabic
sentence (the URL's trailing "/" stays at its end), and the Arabic label is not set in a monospace font."""

from io import StringIO

import pytest

from django.utils import translation

from guidelines.training.demo import load_demo_content as load_training_demo
from guidelines.training.models import CoursePage, LessonPage
from guidelines.training.selectors import course_lessons
from guidelines.training.services import enrolment_create, knowledge_check_submit, lesson_complete
from portal.demo import load_demo_content as load_portal_demo
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def arabic_certificate_url(live_server):
    load_portal_demo(stdout=StringIO())
    load_training_demo(stdout=StringIO())
    learner = UserFactory(email="salma@example.org", display_name="سلمى الحسن", preferred_language="ar")
    course = CoursePage.objects.get(slug="case-management-basics", locale__language_code="ar")
    enrolment_create(user=learner, course=course)
    completion = None
    for lesson in course_lessons(course=course):
        lesson = LessonPage.objects.get(pk=lesson.pk)
        if not lesson.questions():
            completion = lesson_complete(user=learner, lesson=lesson, course=course) or completion
            continue
        right = {
            child.id: [item.id for item in child.value["answers"].bound_blocks if item.value["is_correct"]]
            for child in lesson.questions()
        }
        module = lesson.get_parent().specific
        outcome = knowledge_check_submit(
            user=learner, lesson=lesson, course=course, pass_mark=module.check_pass_mark, answers=right
        )
        completion = outcome.course_completion or completion
    assert completion is not None
    with translation.override("ar"):
        return course.get_parent().specific.certificate_url(completion.code)


def test_arabic_certificate_isolates_the_url_and_code(live_server, arabic_certificate_url, browser_page, screenshot):
    page = browser_page
    page.goto(f"{live_server.url}{arabic_certificate_url}")

    assert page.locator("html").get_attribute("dir") == "rtl"
    url = page.locator(".certificate .meta bdi[dir=ltr]")
    assert url.inner_text() == f"{live_server.url}{arabic_certificate_url}"
    assert url.evaluate("element => getComputedStyle(element).direction") == "ltr"
    # The trailing "/" is drawn at the URL's right end, not thrown to the front of the Arabic sentence.
    slash_at_end = url.evaluate(
        """element => { const range = document.createRange(); const text = element.firstChild;
        range.setStart(text, text.length - 1); range.setEnd(text, text.length);
        return range.getBoundingClientRect().right >= element.getBoundingClientRect().right - 1; }"""
    )
    assert slash_at_end
    code = page.locator(".certificate__code bdi[dir=ltr]")
    assert len(code.inner_text()) == 12
    assert "monospace" in code.evaluate("element => getComputedStyle(element.parentElement).fontFamily")
    label_font = page.locator(".certificate__code").evaluate("element => getComputedStyle(element).fontFamily")
    assert "monospace" not in label_font
    kicker_spacing = page.locator(".certificate__kicker").evaluate("element => getComputedStyle(element).letterSpacing")
    assert kicker_spacing in ("normal", "0px")
    screenshot("certificate-ar")
