"""The privacy guard on everything a new member types that other members will read, at sign-up as on the
profile: warned with the text kept, published once confirmed, and the override shown to moderators."""

import importlib

import pytest
from allauth.account.forms import SignupForm

from django import forms
from django.conf import settings
from django.utils.module_loading import import_string

from portal.models import PrivacyOverride, User
from portal.privacy_forms import PrivacyGuardedForm

from .test_signup import signup_data

pytestmark = pytest.mark.django_db

# Text a member types that is not shown to other members: their address, passwords, one-time codes.
NOT_PUBLISHED = {"email", "email2", "login", "password", "password1", "password2", "oldpassword", "code", "username"}
# The modules holding every form in which a member writes about themselves.
MEMBER_FORM_MODULES = ["portal.forms", "portal.membership.forms"]
# Forms moderators fill in: their reason is written to one member, never published.
MODERATOR_FORMS = {"MembershipDecisionForm"}


def _written_fields(form_class) -> set[str]:
    """The free-text fields of a form: what a member types in their own words."""
    return {
        name
        for name, field in form_class.base_fields.items()
        if type(field) is forms.CharField
        and not isinstance(field.widget, forms.PasswordInput | forms.HiddenInput)
        and name not in NOT_PUBLISHED
    }


def _member_forms() -> list[type[forms.BaseForm]]:
    found = {import_string(path) for path in settings.ACCOUNT_FORMS.values()}
    for module in map(importlib.import_module, MEMBER_FORM_MODULES):
        found |= {
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, forms.BaseForm) and value.__module__ == module.__name__
        }
    written = [form for form in found if _written_fields(form) and form.__name__ not in MODERATOR_FORMS]
    return sorted(written, key=lambda form_class: form_class.__qualname__)


@pytest.mark.parametrize("form_class", _member_forms(), ids=lambda form_class: form_class.__qualname__)
def test_every_field_a_member_writes_is_guarded_on_every_form(form_class):
    assert issubclass(form_class, PrivacyGuardedForm)
    assert _written_fields(form_class) <= set(form_class.privacy_fields)


def test_the_walk_finds_the_signup_profile_and_request_to_post_forms():
    names = {form_class.__name__ for form_class in _member_forms()}
    assert {"PortalSignupForm", "ProfileForm", "MembershipRequestForm"} <= names


def test_the_signup_form_is_one_of_them():
    signup = import_string(settings.ACCOUNT_FORMS["signup"])
    assert issubclass(signup, SignupForm)
    assert _written_fields(signup) == {"display_name", "organisation", "role_title"}


SIGNUP_TEXT_FIELDS = sorted(_written_fields(import_string(settings.ACCOUNT_FORMS["signup"])))


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("field", SIGNUP_TEXT_FIELDS)
def test_every_signup_field_warns_keeps_the_text_and_creates_no_account(client, field, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    data = signup_data(**{field: "Awa, +223 76 12 34 56"})
    refused = client.post("/accounts/signup/", data, HTTP_ACCEPT_LANGUAGE=language)
    page = refused.content.decode()
    assert refused.status_code == 200
    assert 'class="callout callout--warning privacy-warning"' in page
    assert 'type="checkbox" name="privacy_confirmed"' in page
    assert "+223 76 12 34 56" in page  # the member's text comes back to edit
    assert not User.objects.filter(email=data["email"]).exists()


@pytest.mark.parametrize("field", SIGNUP_TEXT_FIELDS)
def test_a_confirmed_signup_field_is_saved_and_the_override_recorded(client, field):
    data = signup_data(**{field: "awa.keita@example.org"})
    response = client.post("/accounts/signup/", {**data, "privacy_confirmed": "on"})
    assert response.status_code == 302
    member = User.objects.get(email=data["email"])
    assert getattr(member, field) == "awa.keita@example.org"
    override = PrivacyOverride.objects.get()
    assert (override.author, override.field, override.kinds) == (member, field, ["email"])


def test_an_ordinary_signup_shows_no_warning_and_records_nothing(client):
    assert 'type="checkbox" name="privacy_confirmed"' not in client.get("/accounts/signup/").content.decode()
    assert client.post("/accounts/signup/", signup_data()).status_code == 302
    assert PrivacyOverride.objects.count() == 0
