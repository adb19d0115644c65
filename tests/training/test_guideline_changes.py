"""A new guideline edition that changes a section flags the lessons teaching it, and tells those who completed them."""

import pytest

from guidelines.training.models import LessonGuidelineSection, LessonReviewFlag
from tests.guidelines import factories as guideline_factories
from tests.training.factories import lessons_of, right_answers, simple_course

pytestmark = pytest.mark.django_db


def _assessment(text: str) -> list[dict]:
    return [
        guideline_factories.section("Assessment", text, anchor="s-assess"),
        guideline_factories.section("Referral", "Refer with consent.", anchor="s-refer"),
    ]


def _course_teaching(guideline, anchor: str):
    course = simple_course(lessons=2)
    lesson = lessons_of(course)[0]
    LessonGuidelineSection.objects.create(lesson=lesson, guideline=guideline, anchor=anchor)
    return course, lesson


def test_new_edition_changing_a_taught_section_flags_the_lesson():
    guideline = guideline_factories.guideline(sections=_assessment("Assess within five working days."))
    _course, lesson = _course_teaching(guideline, "s-assess")

    guideline_factories.new_edition(guideline, sections=_assessment("Assess within ten working days."), label="2.0")

    flag = LessonReviewFlag.objects.get(lesson=lesson)
    assert (flag.anchor, flag.from_edition, flag.to_edition) == ("s-assess", "1.0", "2.0")
    assert flag.compare_url == f"{guideline.url}compare/?from=1.0&to=2.0"


def test_new_edition_changing_another_section_flags_nothing():
    guideline = guideline_factories.guideline(sections=_assessment("Assess within five working days."))
    _course_teaching(guideline, "s-refer")

    guideline_factories.new_edition(guideline, sections=_assessment("Assess within ten working days."), label="2.0")

    assert not LessonReviewFlag.objects.exists()


def test_learner_who_completed_the_lesson_sees_the_guidance_was_updated(learner_client):
    guideline = guideline_factories.guideline(sections=_assessment("Assess within five working days."))
    course, lesson = _course_teaching(guideline, "s-assess")
    learner_client.post(course.enrol_url())
    learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)})

    guideline_factories.new_edition(guideline, sections=_assessment("Assess within ten working days."), label="2.0")

    compare = f"{guideline.url}compare/?from=1.0&amp;to=2.0"
    for url in (lesson.url, course.url, course.get_parent().specific.dashboard_url()):
        page = learner_client.get(url).content.decode()
        assert "The guidance behind this lesson was updated" in page, url
        assert compare in page, url


def test_learner_who_completed_after_the_change_sees_no_notice(learner_client):
    guideline = guideline_factories.guideline(sections=_assessment("Assess within five working days."))
    course, lesson = _course_teaching(guideline, "s-assess")
    guideline_factories.new_edition(guideline, sections=_assessment("Assess within ten working days."), label="2.0")

    learner_client.post(course.enrol_url())
    learner_client.post(lesson.url, {"action": "check", **right_answers(lesson)})

    assert "guidance behind this lesson was updated" not in learner_client.get(lesson.url).content.decode()


def test_flag_shows_in_admin_list_and_trainer_report_until_marked_reviewed(client, trainer):
    guideline = guideline_factories.guideline(sections=_assessment("Assess within five working days."))
    course, lesson = _course_teaching(guideline, "s-assess")
    guideline_factories.new_edition(guideline, sections=_assessment("Assess within ten working days."), label="2.0")
    client.force_login(trainer)

    admin_list = client.get("/admin/training/needs-review/").content.decode()
    assert lesson.title in admin_list
    report = client.get(course.report_url()).content.decode()
    assert 'id="needs-review"' in report and "s-assess" in report

    flag = LessonReviewFlag.objects.get(lesson=lesson)
    resolved = client.post("/admin/training/needs-review/", {"flag": flag.pk}, follow=True).content.decode()

    assert "is marked as reviewed" in resolved
    assert "No lesson needs review." in resolved
    assert 'id="needs-review"' not in client.get(course.report_url()).content.decode()


def test_lesson_link_to_an_anchor_missing_from_the_guideline_is_a_form_error():
    from django.core.exceptions import ValidationError

    guideline = guideline_factories.guideline(sections=_assessment("Assess within five working days."))
    lesson = lessons_of(simple_course(lessons=1))[0]

    LessonGuidelineSection(lesson=lesson, guideline=guideline, anchor="s-assess").full_clean()
    with pytest.raises(ValidationError) as error:
        LessonGuidelineSection(lesson=lesson, guideline=guideline, anchor="s-nowhere").full_clean()
    assert "no section with this anchor" in str(error.value)


def test_lesson_names_taught_sections_in_the_lessons_language(learner_client):
    guideline = guideline_factories.guideline(sections=_assessment("Assess within five working days."))
    french = guideline_factories.translate(
        guideline,
        "fr",
        title="Gestion des cas",
        sections=[
            guideline_factories.section("Évaluation", "Évaluer sous cinq jours.", anchor="s-assess"),
            guideline_factories.section("Orientation", "Orienter avec consentement.", anchor="s-refer"),
        ],
    )
    english_lesson = lessons_of(simple_course(lessons=1))[0]
    french_lesson = lessons_of(simple_course(lessons=1, language="fr"))[0]
    for lesson in (english_lesson, french_lesson):
        LessonGuidelineSection.objects.create(lesson=lesson, guideline=guideline, anchor="s-assess")

    english = learner_client.get(english_lesson.url).content.decode()
    french_page = learner_client.get(french_lesson.url).content.decode()

    assert f'href="{guideline.url}#s-assess"' in english and "§1 Assessment" in english
    assert f'href="{french.url}#s-assess"' in french_page and "Gestion des cas §1 Évaluation" in french_page
