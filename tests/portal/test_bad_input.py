"""Garbage sent to every account form is answered with the form again or a clear status, never a 500."""

import pytest

from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

GARBAGE = [
    {},
    {"email": "x" * 5000, "login": "\x00\x01", "password": "\ud800".encode("utf-8", "surrogatepass").decode("latin-1")},
    {"email": "not-an-email", "password1": "", "password2": "a", "country": "'; DROP TABLE portal_user;--"},
    {"login": ["a", "b"], "password": ["c", "d"], "preferred_language": "zz", "code": "💥" * 100},
    {"email": "<script>alert(1)</script>@example.org", "display_name": "<b>" * 100, "country": "-1"},
    {"action_add": "", "action_remove": "", "action_primary": "", "email": "nobody@example.org"},
]

ANONYMOUS_FORMS = [
    "/accounts/login/",
    "/accounts/signup/",
    "/accounts/password/reset/",
    "/accounts/password/reset/key/garbage-key/",
    "/accounts/confirm-email/garbage/",
    "/accounts/2fa/authenticate/",
    "/i18n/setlang/",
]

MEMBER_FORMS = [
    "/accounts/profile/",
    "/accounts/email/",
    "/accounts/password/change/",
    "/accounts/reauthenticate/",
    "/accounts/2fa/totp/activate/",
    "/accounts/2fa/recovery-codes/generate/",
    "/accounts/logout/",
]


@pytest.mark.parametrize("url", ANONYMOUS_FORMS)
@pytest.mark.parametrize("data", GARBAGE, ids=range(len(GARBAGE)))
def test_garbage_to_visitor_forms_never_errors(client, url, data):
    response = client.post(url, data)

    assert response.status_code < 500


@pytest.mark.parametrize("url", MEMBER_FORMS)
@pytest.mark.parametrize("data", GARBAGE, ids=range(len(GARBAGE)))
def test_garbage_to_member_forms_never_errors(client, url, data):
    client.force_login(UserFactory())

    response = client.post(url, data)

    assert response.status_code < 500


@pytest.mark.parametrize("url", ["/accounts/login/?next=//evil.example/", "/i18n/setlang/?next=https://evil.example/"])
def test_foreign_next_is_never_followed(client, url):
    user = UserFactory()
    data = {"login": user.email, "password": "correct-horse-battery-staple", "language": "fr"}

    response = client.post(url, data)

    assert "evil.example" not in response.get("Location", "")


def test_language_switch_to_unknown_language_keeps_current_one(client):
    response = client.post("/i18n/setlang/", {"language": "xx", "next": "/en/"})

    assert response.status_code == 302
    assert "portal_language" not in response.cookies
