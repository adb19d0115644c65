"""The upload point for knowledge-check attempts made offline (JSON, signed-in members, CSRF-protected)."""

import json
import uuid

from django.http import JsonResponse
from django.middleware.csrf import get_token
from django.utils.dateparse import parse_datetime
from django.utils.timezone import is_naive, make_aware
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .models import CourseCompletion
from .offline_attempts import AttemptConflict, offline_attempt_record


class BadAttempt(ValueError):
    pass


@require_http_methods(["GET", "POST"])
def offline_attempts(request):
    """GET: who is signed in and a fresh CSRF token (the device's cached pages carry stale ones). POST: one attempt."""
    if request.method == "GET":
        member = request.user.pk if request.user.is_authenticated else None
        return JsonResponse({"member": member, "csrf_token": get_token(request) if member else None})
    if not request.user.is_authenticated:
        return _error(_("Sign in to upload your answers; they stay on your device until then."), status=403)
    try:
        attempt_id, lesson_id, answers, taken_at = _parse(request.body)
    except BadAttempt as error:
        return _error(str(error), status=400)
    try:
        attempt, created = offline_attempt_record(
            user=request.user, attempt_id=attempt_id, lesson_id=lesson_id, answers=answers, taken_at=taken_at
        )
    except AttemptConflict as error:
        return _error(str(error), status=409)
    completion = CourseCompletion.objects.filter(learner=request.user, course_id=attempt.course_id).first()
    return JsonResponse(
        {
            "attempt": str(attempt.attempt_id),
            "outcome": attempt.outcome,
            "score": attempt.score,
            "reason": attempt.reason,
            "lesson_title": attempt.lesson.title if attempt.lesson else "",
            "taken_at": attempt.taken_at.isoformat(),
            "received_at": attempt.received_at.isoformat(),
            "certificate_code": completion.code if completion else None,
        },
        status=201 if created else 200,
        json_dumps_params={"ensure_ascii": False},
    )


def _error(message: str, *, status: int) -> JsonResponse:
    return JsonResponse({"error": message}, status=status, json_dumps_params={"ensure_ascii": False})


def _parse(body: bytes) -> tuple[uuid.UUID, int, dict[str, list[str]], object]:
    try:
        data = json.loads(body)
        attempt_id = uuid.UUID(str(data["attempt"]))
        lesson_id = int(data["lesson"])
        answers = data["answers"]
        taken_at = parse_datetime(str(data["taken_at"]))
    except (ValueError, KeyError, TypeError) as error:
        raise BadAttempt(
            _("Send attempt (a UUID), lesson (a number), answers and taken_at (a date and time).")
        ) from error
    valid_answers = isinstance(answers, dict) and all(
        isinstance(key, str) and isinstance(value, list) and all(isinstance(item, str) for item in value)
        for key, value in answers.items()
    )
    if not valid_answers:
        raise BadAttempt(_("Answers must map each question id to a list of answer ids."))
    if taken_at is None:
        raise BadAttempt(_("taken_at must be a date and time such as 2026-12-02T09:30:00Z."))
    return attempt_id, lesson_id, answers, make_aware(taken_at) if is_naive(taken_at) else taken_at
