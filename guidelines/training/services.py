"""The training rules: enrolling, answering knowledge checks, completing lessons and courses, flagging lessons."""

from dataclasses import dataclass, field

from allauth.account.models import EmailAddress

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .guideline_links import guideline_compare_url
from .models import (
    CourseCompletion,
    CoursePage,
    Enrolment,
    KnowledgeCheckResult,
    LessonCompletion,
    LessonGuidelineSection,
    LessonPage,
    LessonReviewFlag,
)
from .selectors import course_content_fingerprint, course_lesson_ids


class TrainingError(Exception):
    """A request the learner can fix; the message says how."""


def check_can_enrol(*, user) -> None:
    if not user.is_authenticated:
        raise TrainingError(_("Sign in to enrol in a course."))
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise TrainingError(_("Verify your email address before enrolling: follow the link we emailed you."))


def enrolment_create(*, user, course: CoursePage) -> tuple[Enrolment, bool]:
    """After: exactly one enrolment of `user` in `course`; the bool says whether it is new."""
    check_can_enrol(user=user)
    try:
        with transaction.atomic():
            return Enrolment.objects.get_or_create(learner=user, course=course)
    except IntegrityError:  # a concurrent double submit created it first
        return Enrolment.objects.get(learner=user, course=course), False


def enrolment_record_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remembers the lesson a learner opened last, for the "continue" link."""
    Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson, last_activity_at=timezone.now())


def lesson_complete(*, user, lesson: LessonPage, course: CoursePage) -> CourseCompletion | None:
    """After: the lesson is complete for `user` (once); returns the course completion if this finished the course."""
    LessonCompletion.objects.get_or_create(learner=user, lesson=lesson)
    Enrolment.objects.filter(learner=user, course=course).update(last_activity_at=timezone.now())
    return course_completion_record_if_done(user=user, course=course)


def course_completion_record_if_done(*, user, course: CoursePage) -> CourseCompletion | None:
    """After: a course completion exists when every live lesson of the course is complete; never removed."""
    lesson_ids = course_lesson_ids(course=course)
    if not lesson_ids:
        return None
    done = LessonCompletion.objects.filter(learner=user, lesson_id__in=lesson_ids).count()
    if done < len(lesson_ids):
        return None
    completion, _created = CourseCompletion.objects.get_or_create(
        learner=user,
        course=course,
        defaults={
            "course_title": course.title,
            "learner_name": user.get_full_name() or user.public_name,
            "content_fingerprint": course_content_fingerprint(course=course),
        },
    )
    return completion


@dataclass
class QuestionOutcome:
    question_id: str
    prompt: str
    correct: bool
    chosen: list[str]
    feedback: list[tuple[str, str, bool]] = field(default_factory=list)  # (answer text, feedback, is_correct)


@dataclass
class CheckOutcome:
    score: int
    passed: bool
    pass_mark: int
    questions: list[QuestionOutcome]
    already_passed: bool = False
    course_completion: CourseCompletion | None = None


def knowledge_check_score(*, lesson: LessonPage, answers: dict[str, list[str]]) -> tuple[int, list[QuestionOutcome]]:
    """Score in % of questions answered exactly right (all and only the correct answers), with per-answer feedback."""
    outcomes = []
    for question in lesson.questions():
        chosen = list(answers.get(question.id, []))
        correct_ids = set()
        feedback = []
        for item in question.value["answers"].bound_blocks:
            if item.value["is_correct"]:
                correct_ids.add(item.id)
            if item.id in chosen:
                feedback.append((item.value["text"], item.value["feedback"], bool(item.value["is_correct"])))
        outcomes.append(
            QuestionOutcome(
                question_id=question.id,
                prompt=question.value["prompt"],
                correct=set(chosen) == correct_ids,
                chosen=chosen,
                feedback=feedback,
            )
        )
    if not outcomes:
        return 100, []
    score = round(100 * sum(outcome.correct for outcome in outcomes) / len(outcomes))
    return score, outcomes


def check_answers_complete(*, lesson: LessonPage, answers: dict[str, list[str]]) -> None:
    """Every question needs an answer, and only answers that belong to it."""
    for question in lesson.questions():
        chosen = answers.get(question.id) or []
        if not chosen:
            raise TrainingError(
                _("Answer every question before submitting: “%(prompt)s” has no answer.")
                % {"prompt": question.value["prompt"]}
            )
        valid = {item.id for item in question.value["answers"].bound_blocks}
        if not set(chosen) <= valid:
            raise TrainingError(_("This question has changed since you opened the page; please answer it again."))
        if question.block_type == "single_choice" and len(chosen) > 1:
            raise TrainingError(_("Choose only one answer for “%(prompt)s”.") % {"prompt": question.value["prompt"]})


def knowledge_check_submit(
    *, user, lesson: LessonPage, course: CoursePage, pass_mark: int, answers: dict[str, list[str]]
) -> CheckOutcome:
    """After: one result row per learner and lesson holding the best score; the lesson is complete when passed.

    `pass_mark` is `ModulePage.check_pass_mark` (1–100), so a wrong answer never passes. Submitting again after
    passing changes nothing and says so; a row marked passed below the mark (recorded before a mark was required)
    is not taken as passed, so the learner may retry.
    """
    check_answers_complete(lesson=lesson, answers=answers)
    score, outcomes = knowledge_check_score(lesson=lesson, answers=answers)
    passed = score >= max(pass_mark, 1)
    with transaction.atomic():
        result = KnowledgeCheckResult.objects.select_for_update().filter(learner=user, lesson=lesson).first()
        if result and result.passed and result.score >= max(pass_mark, 1):
            return CheckOutcome(
                score=result.score, passed=True, pass_mark=pass_mark, questions=outcomes, already_passed=True
            )
        if result is None:
            try:
                with transaction.atomic():
                    KnowledgeCheckResult.objects.create(
                        learner=user, lesson=lesson, course=course, score=score, passed=passed, answers=answers
                    )
            except IntegrityError:  # double submit in flight: the other request recorded it
                return CheckOutcome(score=score, passed=passed, pass_mark=pass_mark, questions=outcomes)
        else:
            result.attempts += 1
            if score >= result.score:
                result.score, result.answers = score, answers
            result.passed = passed
            result.save(update_fields=["attempts", "score", "answers", "passed", "updated_at"])
        completion = lesson_complete(user=user, lesson=lesson, course=course) if passed else None
    return CheckOutcome(
        score=score, passed=passed, pass_mark=pass_mark, questions=outcomes, course_completion=completion
    )


def lessons_flag_for_guideline_change(
    *, guideline, changed_anchors: list[str], from_edition: str, to_edition: str
) -> list[LessonReviewFlag]:
    """After: each lesson teaching one of `changed_anchors` of `guideline` (in any language) has an open flag."""
    links = LessonGuidelineSection.objects.filter(
        guideline__translation_key=guideline.translation_key, anchor__in=list(changed_anchors)
    ).select_related("lesson")
    flags = []
    for link in links:
        flag, _created = LessonReviewFlag.objects.get_or_create(
            lesson_id=link.lesson_id,
            guideline=link.guideline,
            anchor=link.anchor,
            to_edition=to_edition,
            defaults={
                "from_edition": from_edition,
                "compare_url": guideline_compare_url(
                    # Labels belong to the guideline that changed; a lesson linked to another language links there.
                    guideline=link.guideline if link.guideline_id == guideline.pk else guideline,
                    from_edition=from_edition,
                    to_edition=to_edition,
                ),
            },
        )
        flags.append(flag)
    return flags


def lesson_review_resolve(*, flag: LessonReviewFlag, user) -> None:
    """After: the flag is closed; learners keep seeing the notice for the change that happened."""
    LessonReviewFlag.objects.filter(pk=flag.pk, resolved_at=None).update(resolved_at=timezone.now(), resolved_by=user)
