"""Demo training content: courses in English, French and Arabic, a trainer and learners at different stages.

The texts are data under demo_data/: one file per course in courses/ (loaded in the order of their file
names) and people.json (the training index page's text, the trainer, the learners and how far each got).
Idempotent: pages are found by slug and locale, learners by email; running it twice changes nothing.
"""

import uuid
from pathlib import Path

from allauth.account.models import EmailAddress

from django.db import transaction

from wagtail.models import Locale, Page

from guidelines.models import GuidelinePage
from guidelines.selectors import current_edition
from portal.demo import DEMO_PASSWORD
from portal.demo_programme import load_countries, read_demo_json
from portal.models import Country, HomePage, User
from portal.roles import Role, grant_role

from .models import CoursePage, LessonGuidelineSection, LessonPage, ModulePage, TrainingIndexPage
from .selectors import course_lessons
from .services import enrolment_create, knowledge_check_submit, lesson_complete

DATA = Path(__file__).with_name("demo_data")
LANGUAGES = ("en", "fr", "ar")


def courses() -> list[dict]:
    """Each course: slug, countries, per-language fields, modules (pass mark, title, lessons: title, summary,
    text, optional guideline section number, scenario and questions with their answers)."""
    return [read_demo_json(path) for path in sorted((DATA / "courses").glob("*.json"))]


def _id(*parts) -> str:
    """The same block id in every language and on every run, so translations share question ids."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "training-demo:" + ":".join(str(part) for part in parts)))


def _lesson_body(course_slug: str, lesson_key: str, lesson: dict, language: str) -> list[dict]:
    body = [{"type": "paragraph", "id": _id(course_slug, lesson_key, "text"), "value": lesson["text"][language]}]
    if lesson.get("scenario"):
        scenario = {field: text[language] for field, text in lesson["scenario"].items()}
        body.append(
            {
                "type": "case_scenario",
                "id": _id(course_slug, lesson_key, "scenario"),
                "value": {**scenario, "discussion": ""},
            }
        )
    for number, question in enumerate(lesson.get("questions", [])):
        body.append(
            {
                "type": question["kind"],
                "id": _id(course_slug, lesson_key, "q", number),
                "value": {
                    "prompt": question["prompt"][language],
                    "explanation": "",
                    "answers": [
                        {
                            "type": "item",
                            "id": _id(course_slug, lesson_key, "q", number, "a", answer_number),
                            "value": {
                                "text": answer["text"][language],
                                "is_correct": answer["correct"],
                                "feedback": answer["feedback"][language],
                            },
                        }
                        for answer_number, answer in enumerate(question["answers"])
                    ],
                },
            }
        )
    return body


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _child(parent: Page, model, slug: str, fields: dict, translation_of: Page | None = None) -> Page:
    """The child with this slug, created (as a translation of `translation_of` when given) and published."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    if translation_of is not None:
        page = translation_of.copy_for_translation(parent.locale)
        page = model.objects.get(pk=page.pk)
        for name, value in fields.items():
            setattr(page, name, value)
        page.slug = slug
        page.save()
    else:
        page = model(slug=slug, locale=parent.locale, **fields)
        parent.add_child(instance=page)
    return _publish(page)


def _home(language: str, english_home: HomePage) -> HomePage:
    locale = Locale.objects.get(language_code=language)
    home = english_home.get_translation_or_none(locale)
    if home is None:
        home = english_home.copy_for_translation(locale)
        _publish(home)
    return home.specific


def _course_fields(course: dict, language: str) -> dict:
    text = course[language]
    return {
        "title": text["title"],
        "summary": text["summary"],
        "audience": text["audience"],
        "duration": text["duration"],
        "prerequisites": text["prerequisites"],
        "learning_objectives": text["objectives"],
    }


def _build_courses(people: dict, stdout) -> None:
    english_home = HomePage.objects.filter(locale__language_code="en").first()
    if english_home is None:
        stdout.write("Training demo: no English home page; skipped.")
        return
    english_index = None
    for language in LANGUAGES:
        home = _home(language, english_home) if language != "en" else english_home
        index = _child(home, TrainingIndexPage, "training", people["index"][language], english_index)
        english_index = english_index or index
        for course in courses():
            english_course = CoursePage.objects.filter(slug=course["slug"], locale__language_code="en").first()
            course_page = _child(index, CoursePage, course["slug"], _course_fields(course, language), english_course)
            countries = Country.objects.filter(code__in=course["countries"])
            if set(course_page.countries.values_list("pk", flat=True)) != {country.pk for country in countries}:
                course_page.countries.set(countries)
                _publish(course_page)
            for module_number, module in enumerate(course["modules"], start=1):
                english_module = (
                    ModulePage.objects.filter(
                        slug=f"module-{module_number}", locale__language_code="en", path__startswith=english_course.path
                    ).first()
                    if english_course
                    else None
                )
                module_page = _child(
                    course_page,
                    ModulePage,
                    f"module-{module_number}",
                    {"title": module["title"][language], "pass_mark": module["pass_mark"]},
                    english_module,
                )
                for lesson_number, lesson in enumerate(module["lessons"], start=1):
                    key = f"{module_number}.{lesson_number}"
                    english_lesson = (
                        LessonPage.objects.filter(
                            slug=f"lesson-{lesson_number}",
                            locale__language_code="en",
                            path__startswith=english_module.path,
                        ).first()
                        if english_module
                        else None
                    )
                    lesson_page = _child(
                        module_page,
                        LessonPage,
                        f"lesson-{lesson_number}",
                        {
                            "title": lesson["title"][language],
                            "summary": lesson["summary"][language],
                            "body": _lesson_body(course["slug"], key, lesson, language),
                        },
                        english_lesson,
                    )
                    _link_guideline_section(lesson_page, lesson.get("guideline_section"))
    stdout.write(f"Training demo: {len(courses())} courses in English, French and Arabic.")


def _link_guideline_section(lesson: LessonPage, section_number: int | None) -> None:
    """Links a demo lesson to a section of the demo guideline in its language, when the guidelines demo made one."""
    if section_number is None or lesson.guideline_sections.exists():
        return
    guideline = GuidelinePage.objects.live().filter(locale=lesson.locale).first()
    edition = current_edition(guideline) if guideline else None
    sections = edition.sections if edition else []
    if len(sections) > section_number:
        LessonGuidelineSection.objects.create(
            lesson=lesson, guideline=guideline, anchor=sections[section_number]["anchor"]
        )


def _member(email: str, name: str, country_code: str | None, language: str, *, role: Role) -> User:
    """The portal demo's account when it exists (left as it is), else a verified account made alike."""
    user = User.objects.filter(email=email).first()
    if user is not None:
        return user
    first_name, _space, last_name = name.partition(" ")
    user = User.objects.create_user(
        email=email,
        password=DEMO_PASSWORD,
        first_name=first_name,
        last_name=last_name,
        preferred_language=language,
        country=Country.objects.filter(code=country_code).first() if country_code else None,
    )
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"primary": True, "verified": True})
    grant_role(user, role)
    return user


def _right_answers(lesson: LessonPage) -> dict[str, list[str]]:
    return {
        child.id: [item.id for item in child.value["answers"].bound_blocks if item.value["is_correct"]]
        for child in lesson.questions()
    }


def _learners(people: dict, stdout) -> None:
    """A learner's enrolment says how far they got: "lessons_done" is a number of lessons, or "all"."""
    trainer = _member(**people["trainer"], role=Role.TRAINER)
    for person in people["learners"]:
        learner = _member(
            person["email"], person["name"], person["country_code"], person["language"], role=Role.PRACTITIONER
        )
        for enrolment in person["enrolments"]:
            course = CoursePage.objects.filter(
                slug=enrolment["course"], locale__language_code=enrolment["language"]
            ).first()
            if course is None:
                continue
            enrolment_create(user=learner, course=course)
            lessons = course_lessons(course=course)
            how_far = enrolment["lessons_done"]
            for lesson in lessons if how_far == "all" else lessons[:how_far]:
                lesson = LessonPage.objects.get(pk=lesson.pk)
                if lesson.questions():
                    module = lesson.get_parent().specific
                    knowledge_check_submit(
                        user=learner,
                        lesson=lesson,
                        course=course,
                        pass_mark=module.check_pass_mark,
                        answers=_right_answers(lesson),
                    )
                else:
                    lesson_complete(user=learner, lesson=lesson, course=course)
    stdout.write(
        f"Training demo: trainer {trainer.email}; {len(people['learners'])} learners with progress at different stages."
    )


def load_demo_content(*, stdout) -> None:
    people = read_demo_json(DATA / "people.json")
    with transaction.atomic():
        load_countries()
        _build_courses(people, stdout)
        _learners(people, stdout)
