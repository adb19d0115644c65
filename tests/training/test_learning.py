"""A learner's path: enrol, take knowledge checks, complete, resume, keep progress through edits."""

import pytest

from guidelines.training.models import CourseCompletion, Enrolment, KnowledgeCheckResult, LessonCompletion, LessonPage
from tests.portal.factories import UserFactory
from tests.training.factories import (
    consent_question,
    lessons_of,
    make_course,
    paragraph,
    question,
    right_answers,
    simple_course,
    wrong_answers,
)

pytestmark = pytest.mark.django_db


def _enrol(client, course):
    return client.post(course.enrol_url(), follow=True)


def test_enrolling_creates_one_enrolment_and_says_so(learner_client, learner):
    course = simple_course()

    response = _enrol(learner_client, course)

    assert Enrolment.objects.filter(learner=learner, course=course).count() == 1
    assert "You are enrolled" in response.content.decode()


def test_enrolling_twice_keeps_one_row_with_a_clear_message(learner_client, learner):
    course = simple_course()
    _enrol(learner_client, course)

    response = _enrol(learner_client, course)

    assert response.status_code == 200
    assert Enrolment.objects.filter(learner=learner, course=course).count() == 1
    assert "already enrolled" in response.content.decode()


def test_unverified_member_cannot_enrol_and_is_told_why(client):
    course = simple_course()
    member = UserFactory(verified=False)
    client.force_login(member)

    response = _enrol(client, course)

    assert not Enrolment.objects.exists()
    assert "Verify your email address" in response.content.decode()


def test_lesson_of_course_not_enrolled_in_offers_to_enrol(learner_client):
    course = simple_course()
    lesson = lessons_of(course)[0]

    response = learner_client.get(lesson.url)

    page = response.content.decode()
    assert response.status_code == 200
    assert 'id="enrol-offer"' in page
    assert course.enrol_url() in page


def test_answers_posted_without_enrolment_are_not_stored(learner_client):
    course = simple_course()
    lesson = lessons_of(course)[0]

    response = learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)}, follow=True)

    assert "Enrol in this course to save your answers" in response.content.decode()
    assert not KnowledgeCheckResult.objects.exists()


def test_knowledge_check_with_no_answer_is_refused_with_the_question_named(learner_client):
    course = simple_course()
    lesson = lessons_of(course)[0]
    _enrol(learner_client, course)

    response = learner_client.post(lesson.url, {"action": "check"}, follow=True)

    assert response.status_code == 200
    assert "Answer every question before submitting" in response.content.decode()
    assert not KnowledgeCheckResult.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_unknown_answer_id_is_refused_not_a_500(learner_client):
    course = simple_course()
    lesson = lessons_of(course)[0]
    _enrol(learner_client, course)
    question_field = next(iter(right_answers(lesson)))

    response = learner_client.post(lesson.url, {"action": "check", question_field: ["not-an-answer"]}, follow=True)

    assert response.status_code == 200
    assert "please answer it again" in response.content.decode()


def test_passing_the_check_completes_the_lesson_and_shows_feedback(learner_client, learner):
    course = simple_course()
    lesson = lessons_of(course)[0]
    _enrol(learner_client, course)

    response = learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)})

    page = response.content.decode()
    assert "Right: consent comes first." in page
    assert "Your score: 100%. Passed." in page
    assert LessonCompletion.objects.filter(learner=learner, lesson=lesson).exists()


def test_answering_twice_after_passing_keeps_one_result_and_says_so(learner_client, learner):
    course = simple_course()
    lesson = lessons_of(course)[0]
    _enrol(learner_client, course)
    learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)})

    response = learner_client.post(lesson.url, {"action": "check", **wrong_answers(lesson)})

    assert "You already passed this knowledge check (100%)" in response.content.decode()
    result = KnowledgeCheckResult.objects.get(learner=learner, lesson=lesson)
    assert (result.score, result.passed, result.attempts) == (100, True, 1)
    assert LessonCompletion.objects.filter(learner=learner, lesson=lesson).count() == 1


def test_score_below_pass_mark_leaves_lesson_incomplete_then_retry_passes(learner_client, learner):
    two_questions = [
        consent_question(),
        question("Which are trafficking indicators?", [("Withheld passport", True, "Yes"), ("A sibling", False, "No")]),
    ]
    course = make_course(modules=[{"pass_mark": 80, "lessons": [{"body": two_questions}]}])
    lesson = lessons_of(course)[0]
    _enrol(learner_client, course)
    half_right = {**right_answers(lesson)}
    second_field = list(half_right)[1]
    half_right[second_field] = wrong_answers(lesson)[second_field]

    failed = learner_client.post(lesson.url, {"action": "check", **half_right}).content.decode()
    assert "You scored 50%; 80% is needed" in failed
    assert not LessonCompletion.objects.filter(learner=learner).exists()

    learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)})
    result = KnowledgeCheckResult.objects.get(learner=learner, lesson=lesson)
    assert (result.score, result.passed, result.attempts) == (100, True, 2)
    assert LessonCompletion.objects.filter(learner=learner, lesson=lesson).exists()


def test_multiple_choice_needs_all_and_only_the_right_answers(learner_client, learner):
    indicators = question(
        "Which are indicators of trafficking?",
        [("Passport withheld", True, "Yes"), ("Growing debt", True, "Yes"), ("Travels with a sibling", False, "No")],
        multiple=True,
    )
    course = make_course(modules=[{"pass_mark": 100, "lessons": [{"body": [indicators]}]}])
    lesson = lessons_of(course)[0]
    _enrol(learner_client, course)
    field, right = next(iter(right_answers(lesson).items()))

    partly = learner_client.post(lesson.url, {"action": "check", field: right[:1]}).content.decode()

    assert "You scored 0%" in partly
    assert not LessonCompletion.objects.exists()


def test_lesson_without_questions_is_marked_complete_by_hand(learner_client, learner):
    course = simple_course(lessons=1, with_questions=False)
    lesson = lessons_of(course)[0]
    _enrol(learner_client, course)

    response = learner_client.post(lesson.url, {"action": "complete"}, follow=True)

    assert "Lesson marked as complete." in response.content.decode()
    assert LessonCompletion.objects.filter(learner=learner, lesson=lesson).count() == 1


def test_course_page_continue_link_resumes_at_the_lesson_left_off(learner_client, learner):
    course = simple_course(lessons=3)
    first, second, third = lessons_of(course)
    _enrol(learner_client, course)
    learner_client.post(first.url, {"action": "check", **right_answers(first)})
    learner_client.get(second.url)

    page = learner_client.get(course.url).content.decode()

    assert f'href="{second.url}">Continue: {second.title}' in page
    assert "1 of 3 lessons complete (33%)" in page


def test_resume_skips_to_next_incomplete_lesson_once_last_one_is_done(learner_client):
    course = simple_course(lessons=3)
    first, second, third = lessons_of(course)
    _enrol(learner_client, course)
    learner_client.get(first.url)
    learner_client.post(first.url, {"action": "check", **right_answers(first)})

    page = learner_client.get(course.url).content.decode()

    assert f'href="{second.url}">Continue: {second.title}' in page


def test_progress_survives_editing_and_reordering_lessons(learner_client, learner):
    course = simple_course(lessons=3)
    first, second, third = lessons_of(course)
    _enrol(learner_client, course)
    learner_client.post(second.url, {"action": "check", **right_answers(second)})
    old_result = KnowledgeCheckResult.objects.get(learner=learner, lesson=second)

    edited = LessonPage.objects.get(pk=second.pk)
    edited.title = "Consent, revised"
    edited.body = [paragraph("<p>New introduction.</p>"), *edited.body.raw_data]
    edited.save_revision().publish()
    LessonPage.objects.get(pk=second.pk).move(first, pos="left")  # now the first lesson

    page = learner_client.get(course.url).content.decode()
    outline = page.split('<ol class="course-outline">')[1]
    assert outline.index("Consent, revised") < outline.index(first.title)
    assert "1 of 3 lessons complete" in page
    lesson_page = learner_client.get(LessonPage.objects.get(pk=second.pk).url).content.decode()
    assert "Best score 100% after 1 attempt." in lesson_page
    answer_id = old_result.answers[next(iter(old_result.answers))][0]
    assert f'value="{answer_id}" checked' in lesson_page


def test_deleting_a_lesson_keeps_the_course_completion(learner_client, learner):
    course = simple_course(lessons=2)
    first, second = lessons_of(course)
    _enrol(learner_client, course)
    for lesson in (first, second):
        learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)})
    code = CourseCompletion.objects.get(learner=learner).code

    LessonPage.objects.get(pk=second.pk).delete()

    assert CourseCompletion.objects.filter(learner=learner, course=course, code=code).exists()
    dashboard = learner_client.get(course.get_parent().specific.dashboard_url()).content.decode()
    assert "1 of 1 lesson complete" in dashboard
    assert f"certificates/{code}/" in dashboard


def test_adding_a_lesson_later_does_not_take_the_completion_away(learner_client, learner):
    course = simple_course(lessons=1)
    lesson = lessons_of(course)[0]
    _enrol(learner_client, course)
    learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)})

    module = lesson.get_parent()
    module.add_child(instance=LessonPage(title="A new lesson", slug="new", locale=module.locale))

    assert CourseCompletion.objects.filter(learner=learner, course=course).exists()
