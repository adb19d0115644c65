"""The "training.page" knowledge source: one document per live course, module and lesson; outbox rows on changes."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from guidelines.training.models import CoursePage, LessonPage
from guidelines.training.search_source import SOURCE_NAME, TrainingPageSource
from search.models import IndexOutboxEntry
from search.sources import Visibility, registered_sources
from tests.portal.factories import CountryFactory
from tests.training.factories import lessons_of, make_course, paragraph, publish, question

pytestmark = pytest.mark.django_db


def _course():
    body = [
        paragraph("<p>Informed consent comes before any referral.</p>"),
        question("Who decides on referral?", [("The survivor", True, ""), ("The caseworker", False, "")]),
    ]
    course = make_course(modules=[{"lessons": [{"title": "Consent", "body": body}]}], revisions=True)
    course.countries.add(CountryFactory(code="ML", name_en="Mali"))
    course.save()
    return course


def test_source_is_registered_under_its_name():
    assert isinstance(registered_sources()[SOURCE_NAME], TrainingPageSource)


def test_lesson_document_holds_text_questions_language_country_and_public_visibility():
    course = _course()
    lesson = lessons_of(course)[0]

    documents = TrainingPageSource().documents_for([str(lesson.pk)])[str(lesson.pk)]

    (document,) = documents
    assert (document.id, document.kind, document.title, document.language) == (
        f"training-page:{lesson.pk}",
        "lesson",
        "Consent",
        "en",
    )
    assert "Informed consent comes before any referral." in document.text
    assert "Who decides on referral?" in document.text
    assert document.countries == ["ML"]
    assert document.visibility == Visibility.PUBLIC
    assert document.url == lesson.url
    assert document.translation_key == str(lesson.translation_key)


def test_every_live_training_page_has_a_key():
    course = _course()

    keys = set(TrainingPageSource().all_keys())

    assert {str(course.pk), str(lessons_of(course)[0].pk), str(course.get_children().first().pk)} <= keys
    kinds = {TrainingPageSource().documents_for([key])[key][0].kind for key in keys}
    assert kinds == {"course", "module", "lesson"}


def test_unpublished_lesson_has_no_document():
    lesson = lessons_of(_course())[0]
    LessonPage.objects.get(pk=lesson.pk).unpublish()

    assert TrainingPageSource().documents_for([str(lesson.pk)]) == {}


def test_course_restricted_to_a_group_is_indexed_for_that_group_only():
    course = _course()
    restriction = PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="Trainer")])
    lesson = lessons_of(course)[0]

    (document,) = TrainingPageSource().documents_for([str(lesson.pk)])[str(lesson.pk)]

    assert (document.visibility, document.groups) == (Visibility.GROUPS, ["Trainer"])


def test_login_restricted_course_is_for_members():
    course = _course()
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)

    (document,) = TrainingPageSource().documents_for([str(course.pk)])[str(course.pk)]

    assert document.visibility == Visibility.MEMBERS


def test_publish_unpublish_and_delete_record_outbox_rows():
    course = _course()
    lesson = LessonPage.objects.get(pk=lessons_of(course)[0].pk)
    IndexOutboxEntry.objects.all().delete()

    publish(lesson)
    assert list(IndexOutboxEntry.objects.filter(source=SOURCE_NAME).values_list("key", flat=True)) == [str(lesson.pk)]

    IndexOutboxEntry.objects.all().delete()
    CoursePage.objects.get(pk=course.pk).unpublish()
    keys = set(IndexOutboxEntry.objects.filter(source=SOURCE_NAME).values_list("key", flat=True))
    assert {str(course.pk), str(lesson.pk)} <= keys

    IndexOutboxEntry.objects.all().delete()
    lesson_pk = lesson.pk
    LessonPage.objects.get(pk=lesson_pk).delete()
    assert IndexOutboxEntry.objects.filter(source=SOURCE_NAME, key=str(lesson_pk)).exists()
