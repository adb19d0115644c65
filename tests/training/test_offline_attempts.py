"""Knowledge-check attempts made offline: uploaded later, append-only, idempotent, judged by the online rules."""

import json
import uuid

import pytest

from guidelines.training.models import (
    CourseCompletion,
    Enrolment,
    KnowledgeCheckResult,
    LessonCompletion,
    OfflineAttempt,
)
from tests.portal.factories import UserFactory
from tests.training.factories import lessons_of, right_answers, simple_course, wrong_answers

URL = "/api/training/offline-attempts/"
pytestmark = pytest.mark.django_db


def _answers(post_data: dict) -> dict:
    return {key.removeprefix("q-"): value for key, value in post_data.items()}


def _upload(client, *, lesson, answers, attempt=None, taken_at="2026-11-30T08:15:00Z"):
    body = {"attempt": str(attempt or uuid.uuid4()), "lesson": lesson.pk, "answers": answers, "taken_at": taken_at}
    return client.post(URL, json.dumps(body), content_type="application/json")


@pytest.fixture
def course(db):
    return simple_course(lessons=2, pass_mark=100)


@pytest.fixture
def enrolled(learner_client, learner, course):
    Enrolment.objects.create(learner=learner, course=course)
    return learner_client


def test_offline_attempts_complete_the_course_and_earn_the_certificate(enrolled, learner, course):
    for lesson in lessons_of(course):
        response = _upload(enrolled, lesson=lesson, answers=_answers(right_answers(lesson)))
        assert response.status_code == 201
        assert response.json()["outcome"] == "passed" and response.json()["score"] == 100
    completion = CourseCompletion.objects.get(learner=learner, course=course)
    assert response.json()["certificate_code"] == completion.code
    assert LessonCompletion.objects.filter(learner=learner).count() == 2


def test_offline_attempt_records_when_taken_and_when_received(enrolled, course):
    lesson = lessons_of(course)[0]
    _upload(enrolled, lesson=lesson, answers=_answers(right_answers(lesson)), taken_at="2026-11-30T08:15:00+01:00")
    attempt = OfflineAttempt.objects.get()
    assert attempt.taken_at.isoformat() == "2026-11-30T07:15:00+00:00"
    assert attempt.received_at > attempt.taken_at


def test_offline_attempt_dated_in_the_future_is_dated_on_arrival(enrolled, course):
    lesson = lessons_of(course)[0]
    _upload(enrolled, lesson=lesson, answers=_answers(right_answers(lesson)), taken_at="2099-01-01T00:00:00Z")
    attempt = OfflineAttempt.objects.get()
    assert attempt.taken_at <= attempt.received_at


def test_offline_attempt_uploaded_twice_is_recorded_once(enrolled, course):
    lesson = lessons_of(course)[0]
    attempt_id = uuid.uuid4()
    first = _upload(enrolled, lesson=lesson, answers=_answers(wrong_answers(lesson)), attempt=attempt_id)
    again = _upload(enrolled, lesson=lesson, answers=_answers(right_answers(lesson)), attempt=attempt_id)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert OfflineAttempt.objects.count() == 1
    assert KnowledgeCheckResult.objects.get().attempts == 1
    assert not KnowledgeCheckResult.objects.get().passed


def test_offline_attempts_are_never_overwritten(enrolled, course):
    lesson = lessons_of(course)[0]
    _upload(enrolled, lesson=lesson, answers=_answers(wrong_answers(lesson)))
    _upload(enrolled, lesson=lesson, answers=_answers(right_answers(lesson)))
    _upload(enrolled, lesson=lesson, answers=_answers(wrong_answers(lesson)))
    outcomes = list(OfflineAttempt.objects.order_by("received_at", "pk").values_list("outcome", flat=True))
    assert outcomes == ["not_passed", "passed", "passed"]  # passing once keeps the lesson passed, as online
    assert len({attempt.answers[next(iter(attempt.answers))][0] for attempt in OfflineAttempt.objects.all()}) == 2


def test_offline_attempt_is_judged_like_the_online_check(enrolled, learner, course, client):
    """Same lesson, same answers: the offline upload and the lesson page's form give the same score and verdict."""
    lesson = lessons_of(course)[0]
    other = UserFactory(email="online@example.org")
    Enrolment.objects.create(learner=other, course=course)
    client.force_login(other)
    client.post(lesson.url, {"action": "check", **wrong_answers(lesson)})
    online = KnowledgeCheckResult.objects.get(learner=other)
    enrolled.force_login(learner)
    offline = _upload(enrolled, lesson=lesson, answers=_answers(wrong_answers(lesson))).json()
    assert (offline["score"], offline["outcome"] == "passed") == (online.score, online.passed)


def test_offline_attempt_without_enrolment_is_kept_but_not_counted(learner_client, learner, course):
    lesson = lessons_of(course)[0]
    response = _upload(learner_client, lesson=lesson, answers=_answers(right_answers(lesson)))
    assert response.status_code == 201
    assert response.json()["outcome"] == "refused" and "Enrol" in response.json()["reason"]
    assert OfflineAttempt.objects.filter(learner=learner).count() == 1
    assert not LessonCompletion.objects.exists()


def test_offline_attempt_for_a_changed_question_is_kept_with_the_reason(enrolled, course):
    lesson = lessons_of(course)[0]
    response = _upload(enrolled, lesson=lesson, answers={"gone": ["nope"]})
    assert response.json()["outcome"] == "refused" and response.json()["reason"]
    assert OfflineAttempt.objects.count() == 1


def test_offline_attempt_for_a_lesson_without_questions_completes_it(enrolled, learner):
    course = simple_course(lessons=1, with_questions=False)
    Enrolment.objects.create(learner=learner, course=course)
    response = _upload(enrolled, lesson=lessons_of(course)[0], answers={})
    assert response.json()["outcome"] == "passed"
    assert CourseCompletion.objects.filter(learner=learner, course=course).exists()


def test_offline_attempt_needs_a_signed_in_member(client, course):
    lesson = lessons_of(course)[0]
    response = _upload(client, lesson=lesson, answers=_answers(right_answers(lesson)))
    assert response.status_code == 403 and "Sign in" in response.json()["error"]
    assert not OfflineAttempt.objects.exists()
    assert client.get(URL).json() == {"member": None, "csrf_token": None}


def test_offline_attempt_id_of_another_member_is_refused(enrolled, course, client):
    lesson = lessons_of(course)[0]
    attempt_id = uuid.uuid4()
    _upload(enrolled, lesson=lesson, answers=_answers(right_answers(lesson)), attempt=attempt_id)
    client.force_login(UserFactory(email="someone@example.org"))
    response = _upload(client, lesson=lesson, answers={}, attempt=attempt_id)
    assert response.status_code == 409
    assert OfflineAttempt.objects.count() == 1


def test_offline_attempt_upload_checks_the_csrf_token(learner, course):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    lesson = lessons_of(course)[0]
    assert _upload(strict, lesson=lesson, answers={}).status_code == 403
    token = strict.get(URL).json()["csrf_token"]
    body = {"attempt": str(uuid.uuid4()), "lesson": lesson.pk, "answers": {}, "taken_at": "2026-11-30T08:00:00Z"}
    response = strict.post(URL, json.dumps(body), content_type="application/json", HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 201


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[]",
        b"{}",
        json.dumps({"attempt": "x", "lesson": 1, "answers": {}, "taken_at": "2026-11-30T08:00:00Z"}).encode(),
        json.dumps({"attempt": str(uuid.uuid4()), "lesson": "one", "answers": {}, "taken_at": "2026-11-30"}).encode(),
        json.dumps(
            {"attempt": str(uuid.uuid4()), "lesson": 1, "answers": [], "taken_at": "2026-11-30T08:00Z"}
        ).encode(),
        json.dumps(
            {"attempt": str(uuid.uuid4()), "lesson": 1, "answers": {"q": "a"}, "taken_at": "2026-11-30T08:00Z"}
        ).encode(),
        json.dumps({"attempt": str(uuid.uuid4()), "lesson": 1, "answers": {}, "taken_at": "yesterday"}).encode(),
        json.dumps(
            {"attempt": str(uuid.uuid4()), "lesson": 1, "answers": {}, "taken_at": "2026-13-45T99:00Z"}
        ).encode(),
    ],
)
def test_malformed_offline_attempt_gets_a_reason(learner_client, body):
    response = learner_client.post(URL, body, content_type="application/json")
    assert response.status_code == 400 and response.json()["error"]
    assert not OfflineAttempt.objects.exists()
