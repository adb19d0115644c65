"""What the forum views share: turning a refused rule into the right answer for the member."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect

from ..errors import ForumError


def refused(request, error: ForumError, *, back: str) -> HttpResponse:
    """Not found stays a 404 (never confirm a restricted topic exists), sign-in goes to login, else a banner."""
    if error.code == "not_found":
        raise Http404(error.message)
    if error.code == "login":
        return redirect_to_login(request.get_full_path())
    messages.error(request, error.message)
    return redirect(back)


def status_for(error: ForumError) -> int:
    return {
        "rate_limited": 429,
        "forbidden": 403,
        "needs_membership": 403,
        "restricted": 403,
        "locked": 403,
        "unverified": 403,
    }.get(error.code, 400)


@dataclass(frozen=True)
class Submission:
    done: bool  # the service ran and accepted the form
    result: Any = None  # what it returned
    status: int = 200  # the status to answer with the form shown again


def form_submit(form, service: Callable[[dict], Any], *, invalid_status: int = 400) -> Submission:
    """Runs `service(form.cleaned_data)` when the form is valid. A refusal (ForumError) goes onto the form, so
    the author gets their text back with the reason, and the answer's status says why."""
    if not form.is_valid():
        return Submission(done=False, status=invalid_status)
    try:
        return Submission(done=True, result=service(form.cleaned_data))
    except ForumError as error:
        form.add_forum_error(error)
        return Submission(done=False, status=status_for(error))
