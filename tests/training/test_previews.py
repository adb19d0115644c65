"""Trainers preview pages before they exist in the tree: the preview shows the content, never an error."""

import pytest

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from guidelines.training.models import CoursePage, LessonPage
from tests.training.factories import consent_question, paragraph, training_index

pytestmark = pytest.mark.django_db


def _request(user=None):
    request = RequestFactory().get("/")
    request.user = user or AnonymousUser()
    return request


def test_preview_of_an_unsaved_lesson_shows_its_content():
    lesson = LessonPage(title="Draft lesson", body=[paragraph("<p>Draft text.</p>"), consent_question()])

    response = lesson.serve_preview(_request(), "")
    response.render()

    assert response.status_code == 200
    assert "Draft text." in response.content.decode()


def test_preview_of_an_unsaved_course_lists_no_other_courses_modules(trainer):
    index = training_index()
    course = CoursePage(
        title="Draft course",
        summary="s",
        audience="a",
        learning_objectives="<p>o</p>",
        duration="1h",
        locale=index.locale,
    )

    response = course.serve_preview(_request(trainer), "")
    response.render()

    assert response.status_code == 200
    assert "course-outline__module" not in response.content.decode()
