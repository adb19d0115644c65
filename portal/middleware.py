"""Staff roles reach the admin only with a second factor (TOTP) set up."""

from allauth.mfa.models import Authenticator

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .roles import is_staff_member

ADMIN_PREFIX = "/admin/"


class StaffMfaRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX) and self._must_set_up_mfa(request.user):
            messages.warning(request, _("Your role works in the admin: set up two-factor authentication to continue."))
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _must_set_up_mfa(user) -> bool:
        if not is_staff_member(user):
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
