"""A knowledge check is passed on its merits: a wrong answer never passes, completes a lesson or earns a certificate."""

from io import StringIO

import pytest

from django.test import override_settings
from django.utils import translation

from guidelines.training.demo import load_demo_content
from guidelines.training.models import CourseCompletion, CoursePage, KnowledgeCheckResult, LessonCompletion, LessonPage
from guidelines.training.selectors import course_lessons
from guidelines.training.services import enrolment_create, knowledge_check_submit, lesson_complete
from tests.conftest import module_data
from tests.portal.factories import UserFactory
from tests.training.factories import lessons_of, right_answers, simple_course, wrong_answers

pytestmark = pytest.mark.django_db

# What the learner reads after a failed and a passed check, in each language (from the catalogues).
NOT_PASSED = "Your score: %(score)s%%. Not passed yet."
PASSED = "Your score: %(score)s%%. Passed."


@module_data
def demo_courses():
    """The demo courses, loaded once for the module: each test's answers are rolled back after it."""
    load_demo_content(stdout=StringIO())


def _checked_lessons(course):
    lessons = [LessonPage.objects.get(pk=lesson.pk) for lesson in course_lessons(course=course)]
    return [lesson for lesson in lessons if lesson.questions()]


def _lesson_url(lesson, language):
    with translation.override(language):
        return lesson.get_url()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_wrong_answers_fail_every_demo_course_and_a_retry_passes(demo_courses, client, language):
    courses = list(CoursePage.objects.live().filter(locale__language_code=language))
    assert len(courses) == 3
    learner = UserFactory(preferred_language=language)
    client.force_login(learner)
    for course in courses:
        client.post(course.enrol_url())
        lessons = _checked_lessons(course)
        assert lessons, course.title
        for lesson in lessons:
            url = _lesson_url(lesson, language)
            failed = client.post(url, {"action": "check", **wrong_answers(lesson)})
            with translation.override(language):
                assert translation.gettext(NOT_PASSED) % {"score": 0} in failed.content.decode(), url
            assert not LessonCompletion.objects.filter(learner=learner, lesson=lesson).exists(), url
            result = KnowledgeCheckResult.objects.get(learner=learner, lesson=lesson)
            assert (result.passed, result.score) == (False, 0), url

            retried = client.post(url, {"action": "check", **right_answers(lesson)})
            with translation.override(language):
                assert translation.gettext(PASSED) % {"score": 100} in retried.content.decode(), url
            assert LessonCompletion.objects.filter(learner=learner, lesson=lesson).exists(), url
    _only_wrong_answers_earn_no_certificate(language)


def _only_wrong_answers_earn_no_certificate(language):
    learner = UserFactory(preferred_language=language)
    completed_by_hand = set()
    for course in CoursePage.objects.live().filter(locale__language_code=language):
        enrolment_create(user=learner, course=course)
        for lesson in course_lessons(course=course):
            lesson = LessonPage.objects.get(pk=lesson.pk)
            if not lesson.questions():
                lesson_complete(user=learner, lesson=lesson, course=course)
                completed_by_hand.add(lesson.pk)
                continue
            wrong = {key.removeprefix("q-"): value for key, value in wrong_answers(lesson).items()}
            module = lesson.get_parent().specific
            outcome = knowledge_check_submit(
                user=learner, lesson=lesson, course=course, pass_mark=module.check_pass_mark, answers=wrong
            )
            assert not outcome.passed and outcome.course_completion is None, (course.title, lesson.title)
    assert not CourseCompletion.objects.filter(learner=learner).exists()
    completed = set(LessonCompletion.objects.filter(learner=learner).values_list("lesson_id", flat=True))
    assert completed == completed_by_hand


@override_settings(TRAINING_DEFAULT_PASS_MARK=70)
def test_module_without_pass_mark_needs_the_site_default(learner_client, learner):
    course = simple_course(lessons=1, pass_mark=None)
    lesson = lessons_of(course)[0]
    learner_client.post(course.enrol_url())

    page = learner_client.get(lesson.url).content.decode()
    failed = learner_client.post(lesson.url, {"action": "check", **wrong_answers(lesson)}).content.decode()

    assert "You need 70% to complete this lesson." in page
    assert "You scored 0%; 70% is needed." in failed
    assert "Passed with 0" not in failed
    assert not LessonCompletion.objects.filter(learner=learner).exists()


def test_retry_after_a_wrong_answer_is_allowed_and_passes(learner_client, learner):
    course = simple_course(lessons=1, pass_mark=None)
    lesson = lessons_of(course)[0]
    learner_client.post(course.enrol_url())
    learner_client.post(lesson.url, {"action": "check", **wrong_answers(lesson)})

    retried = learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)}).content.decode()

    assert "already passed" not in retried
    assert "Passed with 100%" in retried
    result = KnowledgeCheckResult.objects.get(learner=learner, lesson=lesson)
    assert (result.passed, result.attempts) == (True, 2)


def test_a_result_marked_passed_below_the_mark_is_not_taken_as_passed(learner_client, learner):
    """Rows recorded when "no pass mark" meant "any answer" let the learner retry instead of "already passed"."""
    course = simple_course(lessons=1, pass_mark=None)
    lesson = lessons_of(course)[0]
    learner_client.post(course.enrol_url())
    KnowledgeCheckResult.objects.create(learner=learner, lesson=lesson, course=course, score=0, passed=True, answers={})

    response = learner_client.post(lesson.url, {"action": "check", **wrong_answers(lesson)}).content.decode()

    assert "already passed" not in response
    assert KnowledgeCheckResult.objects.get(learner=learner, lesson=lesson).passed is False
