"""Enrol → complete → certificate → verify, and verification of unknown or outdated certificates."""

import pytest

from guidelines.training.models import CourseCompletion, LessonPage
from tests.training.factories import lessons_of, publish, right_answers, simple_course

pytestmark = pytest.mark.django_db


def _complete(client, course):
    client.post(course.enrol_url())
    for lesson in lessons_of(course):
        response = client.post(lesson.url, {"action": "check", **right_answers(lesson)})
    return response


def test_enrol_complete_certificate_verify(learner_client, learner, client):
    course = simple_course(lessons=2, revisions=True)

    last = _complete(learner_client, course)
    assert "you completed the course" in last.content.decode()

    completion = CourseCompletion.objects.get(learner=learner, course=course)
    index = course.get_parent().specific
    dashboard = learner_client.get(index.dashboard_url()).content.decode()
    certificate_url = index.certificate_url(completion.code)
    assert certificate_url in dashboard
    assert completion.completed_at.strftime("%Y") in dashboard

    client.logout()
    anyone = client.get(certificate_url).content.decode()
    assert "Aïcha Learner" in anyone
    assert course.title in anyone
    assert completion.code in anyone
    assert "This certificate is genuine" in anyone
    assert "has not changed since this certificate was issued" in anyone


def test_certificate_says_when_course_content_changed_since(learner_client, learner, client):
    course = simple_course(lessons=1, revisions=True)
    _complete(learner_client, course)
    completion = CourseCompletion.objects.get(learner=learner)

    lesson = LessonPage.objects.get(pk=lessons_of(course)[0].pk)
    lesson.summary = "Updated after the new guideline."
    publish(lesson)

    page = client.get(course.get_parent().specific.certificate_url(completion.code)).content.decode()
    assert "The course content has changed since this certificate was issued." in page


def test_certificate_code_is_accepted_in_lower_case(learner_client, learner, client):
    course = simple_course(lessons=1)
    _complete(learner_client, course)
    completion = CourseCompletion.objects.get(learner=learner)

    response = client.get(course.get_parent().specific.certificate_url(completion.code.lower()))

    assert response.status_code == 200


def test_unknown_certificate_code_is_a_404_that_explains(client):
    course = simple_course(lessons=1)

    response = client.get(course.get_parent().specific.certificate_url("NOPE12345678"))

    assert response.status_code == 404
    page = response.content.decode()
    assert "Certificate not found" in page
    assert "NOPE12345678" in page
    assert "was not issued by this portal" in page


def test_certificate_remains_verifiable_after_the_course_is_deleted(learner_client, learner, client):
    course = simple_course(lessons=1)
    _complete(learner_client, course)
    completion = CourseCompletion.objects.get(learner=learner)
    index = course.get_parent().specific

    course.delete()

    page = client.get(index.certificate_url(completion.code)).content.decode()
    assert "Case management basics" in page
    assert "withdrawn" in page


def _near_misses(code: str) -> dict[str, str]:
    """Every code a forger or a typo could send instead of the real one."""
    other = {character: "B" if character != "B" else "C" for character in code}
    misses = {
        "empty": " ",
        "first character": code[0],
        "truncated by one": code[:-1],
        "truncated to half": code[: len(code) // 2],
        "extended by one": code + "A",
        "doubled": code + code,
        "with a space inside": f"{code[:6]} {code[6:]}",
        "like wildcard": code[:-1] + "%",
        "single-character wildcard": code[:-1] + "_",
    }
    for position, character in enumerate(code):
        misses[f"changed at {position}"] = code[:position] + other[character] + code[position + 1 :]
    return misses


def test_certificate_code_must_match_exactly(learner_client, learner, client):
    course = simple_course(lessons=1)
    _complete(learner_client, course)
    completion = CourseCompletion.objects.get(learner=learner)
    index = course.get_parent().specific

    accepted = {
        name: client.get(index.certificate_url(miss)).status_code
        for name, miss in _near_misses(completion.code).items()
    }

    assert {name: status for name, status in accepted.items() if status != 404} == {}
    assert client.get(index.certificate_url(completion.code)).status_code == 200
    assert client.get(index.certificate_url(completion.code.swapcase())).status_code == 200  # read over the phone
