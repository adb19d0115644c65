"""Signing in by email, locking out guessers, resetting a forgotten password and changing the address."""

import re

import pytest
from allauth.account.models import EmailAddress

from django.core import mail

from tests.portal.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def link_in(message, path: str) -> str:
    match = re.search(rf"https?://[^/\s]+({re.escape(path)}[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_member_signs_in_with_email_and_password(client):
    user = UserFactory(email="karim@example.org")

    response = client.post("/accounts/login/", {"login": "karim@example.org", "password": DEFAULT_PASSWORD})

    assert response.status_code == 302
    assert client.get("/accounts/profile/").context["user"] == user


def test_login_email_is_case_insensitive(client):
    UserFactory(email="karim@example.org")

    response = client.post("/accounts/login/", {"login": "Karim@Example.org", "password": DEFAULT_PASSWORD})

    assert response.status_code == 302


def test_wrong_password_shows_form_error(client):
    user = UserFactory()

    response = client.post("/accounts/login/", {"login": user.email, "password": "not-the-password"})

    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in response.text


def attempt(client, email: str, password: str, number: int):
    address = f"203.0.113.{number}"
    return client.post(
        "/accounts/login/",
        {"login": email, "password": password},
        HTTP_X_FORWARDED_FOR=address,
        REMOTE_ADDR=f"198.51.100.{number}",
    )


def test_sixth_wrong_password_is_refused_with_429_whatever_the_address(client):
    user = UserFactory()
    for number in range(1, 6):
        assert attempt(client, user.email, f"guess-{number}", number).status_code == 200

    response = attempt(client, user.email, "guess-6", 6)

    assert response.status_code == 429
    assert "Too many failed login attempts. Try again later." in response.text


def test_sixth_wrong_password_is_refused_whatever_host_and_port_the_request_names(client):
    user = UserFactory()
    hosts = ["localhost", "localhost:8000", "127.0.0.1", "127.0.0.1:1", "testserver:2", "LOCALHOST:3"]
    for number, host in enumerate(hosts[:5], start=1):
        response = client.post("/accounts/login/", {"login": user.email, "password": f"guess-{number}"}, HTTP_HOST=host)
        assert response.status_code == 200

    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}, HTTP_HOST=hosts[5])

    assert response.status_code == 429


def test_locked_account_refuses_even_the_right_password(client):
    user = UserFactory()
    for number in range(1, 6):
        attempt(client, user.email, "guess", number)

    response = attempt(client, user.email, DEFAULT_PASSWORD, 7)

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_of_one_account_leaves_others_alone(client):
    locked, other = UserFactory(), UserFactory()
    for number in range(1, 7):
        attempt(client, locked.email, "guess", number)

    response = attempt(client, other.email, DEFAULT_PASSWORD, 8)

    assert response.status_code == 302


def test_password_reset_by_email_sets_new_password(client):
    user = UserFactory(email="fatou@example.org")

    response = client.post("/accounts/password/reset/", {"email": "fatou@example.org"})
    assert response.status_code == 302
    link = link_in(mail.outbox[0], "/accounts/password/reset/key/")
    form_url = client.get(link)["Location"]
    response = client.post(form_url, {"password1": "river-stone-garden-72", "password2": "river-stone-garden-72"})

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("river-stone-garden-72")


def test_password_reset_for_unknown_address_looks_the_same(client):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/done/"


def test_password_change_requires_current_password(client):
    user = UserFactory()
    client.force_login(user)

    wrong = client.post(
        "/accounts/password/change/",
        {"oldpassword": "wrong", "password1": "river-stone-garden-72", "password2": "river-stone-garden-72"},
    )
    right = client.post(
        "/accounts/password/change/",
        {"oldpassword": DEFAULT_PASSWORD, "password1": "river-stone-garden-72", "password2": "river-stone-garden-72"},
    )

    assert wrong.status_code == 200
    assert "Please type your current password." in wrong.text
    assert right.status_code == 302
    user.refresh_from_db()
    assert user.check_password("river-stone-garden-72")


def test_email_change_becomes_primary_once_verified(client):
    user = UserFactory(email="old@example.org")
    client.post("/accounts/login/", {"login": "old@example.org", "password": DEFAULT_PASSWORD})

    response = client.post("/accounts/email/", {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302
    link = link_in(mail.outbox[-1], "/accounts/confirm-email/")
    client.post(link)

    user.refresh_from_db()
    assert user.email == "new@example.org"
    assert EmailAddress.objects.get(user=user, email="new@example.org").verified
