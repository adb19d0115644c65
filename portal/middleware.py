"""Staff roles set up a second factor (TOTP) before any page their role unlocks, not only the admin.

A staff member without TOTP is sent to its setup from every page but the few needed to set it up or
to leave: two-factor pages, password confirmation, sign-out, language switch, health and static files.
The page they asked for is remembered, and activation takes them there.
"""

from allauth.mfa.models import Authenticator

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from .roles import is_staff_member

# Where a staff member goes after setting up TOTP (a path on this site, saved on a GET).
MFA_SETUP_NEXT_SESSION_KEY = "portal_mfa_setup_next"
SETUP_URL_NAMES = frozenset({"account_reauthenticate", "account_logout", "set_language", "healthz", "readyz"})


def is_setup_page(path: str) -> bool:
    """True for the pages a staff member without TOTP may still open."""
    if path.startswith(settings.STATIC_URL):
        return True
    try:
        name = resolve(path).url_name or ""
    except Resolver404:
        return False
    return name.startswith("mfa_") or name in SETUP_URL_NAMES


def must_set_up_mfa(user) -> bool:
    if not is_staff_member(user):
        return False
    return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class StaffMfaRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if must_set_up_mfa(request.user) and not is_setup_page(request.path_info):
            if request.method == "GET":
                request.session[MFA_SETUP_NEXT_SESSION_KEY] = request.get_full_path()
                messages.warning(
                    request, _("Your role opens protected pages: set up two-factor authentication to continue.")
                )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
