"""What the forum views share: turning a refused rule into the right answer for the member."""

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
