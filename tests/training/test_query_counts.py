"""Lesson page and learner dashboard: the same number of queries for a small and a large course."""

import pytest

from guidelines.training.models import Enrolment, LessonCompletion
from tests.training.factories import lessons_of, make_course, paragraph, right_answers, simple_course

pytestmark = pytest.mark.django_db

MAX_LESSON_QUERIES = 55  # about 20 are the site layout (navigation, language switcher, session)
MAX_DASHBOARD_QUERIES = 35


def _course(modules: int, lessons: int, **kwargs):
    return make_course(
        modules=[{"lessons": [{"body": [paragraph("<p>Read.</p>")]} for _ in range(lessons)]} for _ in range(modules)],
        **kwargs,
    )


def _count_lesson_queries(client, learner, *, modules, lessons, django_assert_max_num_queries):
    course = _course(modules, lessons, title=f"Course {modules}x{lessons}")
    all_lessons = lessons_of(course)
    Enrolment.objects.create(learner=learner, course=course)
    LessonCompletion.objects.bulk_create(
        LessonCompletion(learner=learner, lesson=lesson) for lesson in all_lessons[:-1]
    )
    client.get(all_lessons[0].url)  # warm the same caches for both sizes
    with django_assert_max_num_queries(MAX_LESSON_QUERIES) as captured:
        response = client.get(all_lessons[-1].url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("modules,lessons", [(1, 2), (6, 8)])
def test_lesson_page_query_count_is_bounded(learner_client, learner, modules, lessons, django_assert_max_num_queries):
    _count_lesson_queries(
        learner_client,
        learner,
        modules=modules,
        lessons=lessons,
        django_assert_max_num_queries=django_assert_max_num_queries,
    )


def test_lesson_page_query_count_does_not_grow_with_course_size(learner_client, learner, django_assert_max_num_queries):
    small = _count_lesson_queries(
        learner_client, learner, modules=1, lessons=2, django_assert_max_num_queries=django_assert_max_num_queries
    )
    large = _count_lesson_queries(
        learner_client, learner, modules=5, lessons=6, django_assert_max_num_queries=django_assert_max_num_queries
    )
    assert large == small


def _dashboard_queries(client, learner, *, courses, lessons, django_assert_max_num_queries):
    index = None
    for number in range(courses):
        course = simple_course(lessons=lessons, title=f"Course {courses}-{number}")
        index = course.get_parent().specific
        Enrolment.objects.create(learner=learner, course=course)
        first = lessons_of(course)[0]
        client.post(first.url, {"action": "check", **right_answers(first)})
    client.get(index.dashboard_url())  # warm the same caches for both sizes
    with django_assert_max_num_queries(MAX_DASHBOARD_QUERIES) as captured:
        response = client.get(index.dashboard_url())
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_dashboard_query_count_does_not_grow_with_enrolments(learner_client, learner, django_assert_max_num_queries):
    small = _dashboard_queries(
        learner_client, learner, courses=1, lessons=2, django_assert_max_num_queries=django_assert_max_num_queries
    )
    large = _dashboard_queries(
        learner_client, learner, courses=5, lessons=4, django_assert_max_num_queries=django_assert_max_num_queries
    )
    assert large == small
