"""Courses in the learner's language first; the demo content in three languages, loaded twice without duplicates."""

from io import StringIO

import pytest

from wagtail.models import Locale

from guidelines.training.demo import load_demo_content
from guidelines.training.models import CourseCompletion, CoursePage, Enrolment, KnowledgeCheckResult, LessonPage
from guidelines.training.sections import entry_points
from tests.conftest import module_data
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


@module_data
def demo():
    load_demo_content(stdout=StringIO())


def test_demo_has_three_courses_in_each_language_with_knowledge_checks(demo):
    for language in ("en", "fr", "ar"):
        courses = CoursePage.objects.live().filter(locale__language_code=language)
        assert courses.count() == 3, language
        lessons = [
            LessonPage.objects.get(pk=pk)
            for pk in LessonPage.objects.filter(locale__language_code=language).values_list("pk", flat=True)
        ]
        assert sum(len(lesson.questions()) for lesson in lessons) >= 6, language
    arabic = CoursePage.objects.get(slug="counter-trafficking-identification", locale__language_code="ar")
    assert arabic.title == "التعرّف على ضحايا الاتجار بالأشخاص"


def test_demo_translations_share_question_ids(demo):
    english = LessonPage.objects.get(slug="lesson-1", title="Common indicators")
    arabic = english.get_translation(Locale.objects.get(language_code="ar"))

    assert [child.id for child in english.questions()] == [child.id for child in arabic.questions()]


def test_demo_learners_are_at_different_stages_and_loading_twice_adds_nothing(demo):
    counts = (Enrolment.objects.count(), KnowledgeCheckResult.objects.count(), CourseCompletion.objects.count())
    assert counts[0] >= 4 and counts[2] >= 1
    assert Enrolment.objects.exclude(learner__in=CourseCompletion.objects.values("learner")).exists()

    load_demo_content(stdout=StringIO())

    assert (Enrolment.objects.count(), KnowledgeCheckResult.objects.count(), CourseCompletion.objects.count()) == counts
    assert CoursePage.objects.count() == 9


def test_training_index_shows_each_course_in_the_learners_language(demo, client):
    arabic_reader = UserFactory(preferred_language="ar")
    client.force_login(arabic_reader)

    page = client.get("/en/training/").content.decode()

    assert "التعرّف على ضحايا الاتجار بالأشخاص" in page
    assert "Identifying victims of trafficking" not in page
    assert page.count('class="course-card"') == 3


def test_visitor_sees_page_language_courses_and_training_in_navigation(demo, client):
    page = client.get("/fr/training/").content.decode()

    assert "Les bases de la gestion de cas" in page
    assert page.count('class="course-card"') == 3
    for language in ("en", "fr", "ar"):
        (entry,) = entry_points(Locale.objects.get(language_code=language))
        assert (entry.key, entry.url) == ("training", f"/{language}/training/")
