"""How allauth behaves here: email-only accounts, a 429 for locked logins, staff sent to set up MFA."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.views import ConfirmEmailView, LoginView, LogoutView
from allauth.mfa.totp.views import ActivateTOTPView

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .branding import PortalSite, email_subject
from .middleware import MFA_SETUP_NEXT_SESSION_KEY


class PortalAccountAdapter(DefaultAccountAdapter):
    def _get_login_attempts_cache_key(self, request, **credentials) -> str:
        """One failed-login count per account, whatever host or port the request names.

        allauth counts per "site domain + login"; without django.contrib.sites that domain is the request's
        Host header with its port, so a guesser who varied `Host: portal:1`, `portal:2`… (or reached app
        servers by their own addresses) got five fresh attempts each time.
        """
        return credentials.get("email", credentials.get("username", "")).lower()

    def format_email_subject(self, subject: str) -> str:
        return email_subject(subject)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's mail, greeting with the portal's name in the reader's language rather than the request's host."""
        super().send_mail(template_prefix, email, {**context, "current_site": PortalSite()})

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


class PortalConfirmEmailView(ConfirmEmailView):
    """allauth's verification page, answering 400 with its "link expired or invalid" text for an unknown key.

    allauth renders that text on GET but raises a bare 404 on POST, which LocaleMiddleware would turn into a
    redirect to a language-prefixed URL that does not exist; both now show the same explanatory page.
    """

    def get(self, *args, **kwargs) -> HttpResponse:
        response = super().get(*args, **kwargs)
        if self.object is None:
            response.status_code = 400
        return response

    def post(self, *args, **kwargs) -> HttpResponse:
        try:
            return super().post(*args, **kwargs)
        except Http404:
            self.object = None
            response = self.render_to_response(self.get_context_data())
            response.status_code = 400
            return response


class PortalActivateTOTPView(ActivateTOTPView):
    """allauth's TOTP setup; a staff member sent here from a page continues to that page once it is active."""

    def get_success_url(self) -> str:
        destination = self.request.session.pop(MFA_SETUP_NEXT_SESSION_KEY, "")
        if not url_has_allowed_host_and_scheme(destination, allowed_hosts={self.request.get_host()}):
            return super().get_success_url()
        if self.did_generate_recovery_codes:
            messages.info(
                self.request,
                _("Your recovery codes are under Two-factor authentication in your account: keep them somewhere safe."),
            )
        return destination


class PortalLogoutView(LogoutView):
    """allauth's sign-out, telling the browser to drop its caches: the next person on a shared device reads
    nothing of this member's (the service worker also forgets the member's kept pages, see portal/offline/sw.js)."""

    def post(self, *args, **kwargs) -> HttpResponse:
        response = super().post(*args, **kwargs)
        response["Clear-Site-Data"] = '"cache"'
        return response


login = PortalLoginView.as_view()
logout = PortalLogoutView.as_view()


@require_http_methods(["GET", "HEAD", "POST"])
def admin_logout(request) -> HttpResponse:
    """The admin's sign-out: by POST only, as the portal's. Wagtail's own view deletes the session cookie even
    on a GET it refuses, so a link or an image elsewhere signed a staff member out; a GET now asks to confirm."""
    if request.method == "POST":
        return logout(request)
    return redirect("account_logout")


confirm_email = PortalConfirmEmailView.as_view()
activate_totp = PortalActivateTOTPView.as_view()
