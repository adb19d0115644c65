"""Recording knowledge-check attempts made offline: append-only, idempotent by the device's attempt id.

Grading is the online rule itself (`knowledge_check_submit`), so a learner offline and online are judged alike.
"""

import uuid
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import Page

from .models import CoursePage, Enrolment, LessonPage, ModulePage, OfflineAttempt
from .services import TrainingError, check_answers_complete, knowledge_check_submit, lesson_complete


class AttemptConflict(Exception):
    """The attempt id was already uploaded by another account: the device must not count it as synced."""


def offline_attempt_record(
    *, user, attempt_id: uuid.UUID, lesson_id: int, answers: dict[str, list[str]], taken_at: datetime
) -> tuple[OfflineAttempt, bool]:
    """After: exactly one row for `attempt_id`, judged once; the bool says whether this upload created it.

    An attempt the rules refuse (not enrolled, lesson gone, question changed) is still kept, with the reason.
    """
    existing = OfflineAttempt.objects.filter(attempt_id=attempt_id).first()
    if existing is not None:
        return _same_learner(existing, user), False
    taken_at = min(taken_at, timezone.now())  # a device clock running ahead cannot date an attempt in the future
    lesson, course, module = _lesson_in_course(lesson_id)
    try:
        with transaction.atomic():  # the judgement and the row stand or fall together
            outcome, score, reason = _judge(user=user, lesson=lesson, course=course, module=module, answers=answers)
            attempt = OfflineAttempt.objects.create(
                attempt_id=attempt_id,
                learner=user,
                lesson=lesson,
                course=course,
                answers=answers,
                taken_at=taken_at,
                outcome=outcome,
                score=score,
                reason=reason,
            )
    except IntegrityError:  # the same attempt uploaded twice at once: the other request recorded it (or will)
        recorded = OfflineAttempt.objects.filter(attempt_id=attempt_id).first()
        if recorded is None:
            raise AttemptConflict(_("This attempt is being recorded by another upload; try again.")) from None
        return _same_learner(recorded, user), False
    return attempt, True


def _same_learner(attempt: OfflineAttempt, user) -> OfflineAttempt:
    if attempt.learner_id != user.pk:
        raise AttemptConflict(_("This attempt was uploaded from another account."))
    return attempt


def _lesson_in_course(lesson_id: int) -> tuple[LessonPage | None, CoursePage | None, ModulePage | None]:
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        return None, None, None
    module = ModulePage.objects.filter(path=lesson.path[: -Page.steplen]).first()
    course = CoursePage.objects.filter(path=lesson.path[: -2 * Page.steplen]).first()
    return lesson, course, module


def _judge(*, user, lesson, course, module, answers) -> tuple[str, int | None, str]:
    """The same checks and the same grading as the online lesson page; a refusal keeps its reason."""
    if lesson is None or course is None or module is None:
        return OfflineAttempt.Outcome.REFUSED, None, _("This lesson is no longer published.")
    if not Enrolment.objects.filter(learner=user, course=course).exists():
        return OfflineAttempt.Outcome.REFUSED, None, _("Enrol in this course to save your answers and progress.")
    if not lesson.questions():
        lesson_complete(user=user, lesson=lesson, course=course)
        return OfflineAttempt.Outcome.PASSED, None, ""
    try:
        check_answers_complete(lesson=lesson, answers=answers)
        result = knowledge_check_submit(
            user=user, lesson=lesson, course=course, pass_mark=module.pass_mark, answers=answers
        )
    except TrainingError as error:
        return OfflineAttempt.Outcome.REFUSED, None, str(error)[:300]
    passed = OfflineAttempt.Outcome.PASSED if result.passed else OfflineAttempt.Outcome.NOT_PASSED
    return passed, result.score, ""
