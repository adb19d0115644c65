"""Factories for training: a training section, courses built from a compact outline, lessons with questions."""

import uuid

from wagtail.models import Locale, Page

from guidelines.training.models import CoursePage, LessonPage, ModulePage, TrainingIndexPage
from portal.models import HomePage


def new_id() -> str:
    return str(uuid.uuid4())


def question(prompt: str, answers: list[tuple[str, bool, str]], *, multiple: bool = False, question_id=None) -> dict:
    """A question in the StreamField's stored form, with explicit stable ids."""
    return {
        "type": "multiple_choice" if multiple else "single_choice",
        "id": question_id or new_id(),
        "value": {
            "prompt": prompt,
            "explanation": "",
            "answers": [
                {"type": "item", "id": new_id(), "value": {"text": text, "is_correct": correct, "feedback": feedback}}
                for text, correct, feedback in answers
            ],
        },
    }


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "id": new_id(), "value": html}


def consent_question(**kwargs) -> dict:
    return question(
        "Who decides whether a survivor is referred to a shelter?",
        [
            ("The survivor, after informed consent", True, "Right: consent comes first."),
            ("The caseworker alone", False, "No: the survivor decides."),
        ],
        **kwargs,
    )


def home_page(language: str = "en") -> HomePage:
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    if language == "en":
        return home
    return home.get_translation_or_none(Locale.objects.get(language_code=language)) or home.copy_for_translation(
        Locale.objects.get(language_code=language)
    )


def training_index(*, language: str = "en") -> TrainingIndexPage:
    existing = TrainingIndexPage.objects.filter(locale__language_code=language).first()
    if existing:
        return existing
    home = home_page(language)
    if home.locale.language_code != language:
        raise ValueError(language)
    index = home.add_child(instance=TrainingIndexPage(title="Training", slug="training", locale=home.locale))
    return index


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_course(
    *,
    title: str = "Case management basics",
    modules: list[dict] | None = None,
    language: str = "en",
    slug: str | None = None,
    revisions: bool = False,
) -> CoursePage:
    """`modules`: [{"title":..., "pass_mark": 80, "lessons": [{"title":..., "body": [...]}, ...]}, ...].

    With `revisions`, every page is published through a revision (slower, as in the admin).
    """
    index = training_index(language=language)
    course = index.add_child(
        instance=CoursePage(
            title=title,
            slug=slug or title.lower().replace(" ", "-")[:50] + "-" + new_id()[:6],
            summary=f"{title}: a course for caseworkers.",
            audience="Caseworkers",
            learning_objectives="<p>Know the steps.</p>",
            duration="2 hours",
            locale=index.locale,
        )
    )
    if revisions:
        publish(course)
    for module_number, module_spec in enumerate(modules or [], start=1):
        module = course.add_child(
            instance=ModulePage(
                title=module_spec.get("title", f"Module {module_number}"),
                slug=f"module-{module_number}",
                pass_mark=module_spec.get("pass_mark"),
                locale=index.locale,
            )
        )
        if revisions:
            publish(module)
        for lesson_number, lesson_spec in enumerate(module_spec.get("lessons", []), start=1):
            lesson = module.add_child(
                instance=LessonPage(
                    title=lesson_spec.get("title", f"Lesson {module_number}.{lesson_number}"),
                    slug=f"lesson-{lesson_number}",
                    summary=lesson_spec.get("summary", ""),
                    body=lesson_spec.get("body", [paragraph("<p>Read this.</p>")]),
                    locale=index.locale,
                )
            )
            if revisions:
                publish(lesson)
    return CoursePage.objects.get(pk=course.pk)


def simple_course(*, lessons: int = 2, pass_mark=None, with_questions: bool = True, **kwargs) -> CoursePage:
    """One module of `lessons` lessons, each with the consent question when `with_questions`."""
    body = (
        (lambda: [paragraph("<p>Read this.</p>"), consent_question()])
        if with_questions
        else (lambda: [paragraph("<p>Read this.</p>")])
    )
    return make_course(
        modules=[{"title": "Module 1", "pass_mark": pass_mark, "lessons": [{"body": body()} for _ in range(lessons)]}],
        **kwargs,
    )


def lessons_of(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def right_answers(lesson: LessonPage) -> dict[str, list[str]]:
    """POST data answering every question of `lesson` correctly."""
    data = {}
    for child in LessonPage.objects.get(pk=lesson.pk).questions():
        data[f"q-{child.id}"] = [item.id for item in child.value["answers"].bound_blocks if item.value["is_correct"]]
    return data


def wrong_answers(lesson: LessonPage) -> dict[str, list[str]]:
    data = {}
    for child in LessonPage.objects.get(pk=lesson.pk).questions():
        data[f"q-{child.id}"] = [
            next(item.id for item in child.value["answers"].bound_blocks if not item.value["is_correct"])
        ]
    return data
