"""Sign-up: a verified email makes a Reader; weak passwords, taken emails and bad links get clear answers."""

import re

import pytest
from allauth.account.models import EmailAddress

from django.core import mail

from portal.models import User
from portal.roles import user_roles
from tests.portal.factories import CountryFactory, UserFactory

pytestmark = pytest.mark.django_db

STRONG_PASSWORD = "lantern-orchard-41-quiet"


def signup_data(**overrides) -> dict:
    data = {
        "email": "amina@example.org",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "display_name": "Amina",
        "organisation": "Protection partner",
        "role_title": "Caseworker",
        "preferred_language": "fr",
    }
    data.update(overrides)
    return data


def verification_link(message) -> str:
    match = re.search(r"https?://[^/\s]+(/accounts/confirm-email/[^\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_signup_sends_verification_email_and_stores_profile(client):
    country = CountryFactory(code="ML", name_en="Mali")

    response = client.post("/accounts/signup/", signup_data(country=country.pk))

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["amina@example.org"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body
    user = User.objects.get(email="amina@example.org")
    assert (user.display_name, user.country, user.organisation, user.role_title, user.preferred_language) == (
        "Amina",
        country,
        "Protection partner",
        "Caseworker",
        "fr",
    )
    assert user_roles(user) == set()


def test_following_verification_link_logs_in_as_reader(client):
    client.post("/accounts/signup/", signup_data())
    link = verification_link(mail.outbox[0])

    confirm_page = client.get(link)
    assert confirm_page.status_code == 200
    assert "amina@example.org" in confirm_page.text
    response = client.post(link)

    assert response.status_code == 302
    assert response.cookies["portal_language"].value == "fr"
    user = User.objects.get(email="amina@example.org")
    assert EmailAddress.objects.get(user=user).verified
    assert user_roles(user) == {"Reader"}
    assert client.get("/accounts/profile/").status_code == 200


def test_verification_link_does_not_confirm_on_get(client):
    client.post("/accounts/signup/", signup_data())

    client.get(verification_link(mail.outbox[0]))

    assert not EmailAddress.objects.get(email="amina@example.org").verified


def test_unverified_member_cannot_sign_in(client):
    user = UserFactory(verified=False)

    response = client.post("/accounts/login/", {"login": user.email, "password": "correct-horse-battery-staple"})

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert client.get("/accounts/profile/")["Location"].startswith("/accounts/login/")


def test_profile_page_sends_visitors_to_sign_in(client):
    response = client.get("/accounts/profile/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/accounts/profile/"


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short-1A", "too short"),
        ("password1234", "too common"),
        ("849302758194", "entirely numeric"),
    ],
)
def test_signup_with_weak_password_shows_form_error(client, password, message):
    response = client.post("/accounts/signup/", signup_data(password1=password, password2=password))

    assert response.status_code == 200
    assert message in response.text
    assert not User.objects.filter(email="amina@example.org").exists()
    assert mail.outbox == []


def test_signup_with_mismatched_passwords_shows_form_error(client):
    response = client.post("/accounts/signup/", signup_data(password2="another-long-password-9"))

    assert response.status_code == 200
    assert "You must type the same password each time." in response.text


def test_signup_with_taken_email_tells_the_owner_by_email_only(client):
    """Enumeration protection: the page is the same as for a new address; the owner's inbox explains."""
    UserFactory(email="amina@example.org")

    response = client.post("/accounts/signup/", signup_data())

    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    assert User.objects.filter(email="amina@example.org").count() == 1
    assert len(mail.outbox) == 1
    assert "already" in mail.outbox[0].subject.lower() + mail.outbox[0].body.lower()
    assert "/accounts/password/reset/" in mail.outbox[0].body


def test_verification_sent_page_mentions_existing_accounts(client):
    client.post("/accounts/signup/", signup_data())

    response = client.get("/accounts/confirm-email/")

    assert "If you already have an account" in response.text


def test_bad_verification_link_shows_clear_page(client):
    response = client.get("/accounts/confirm-email/not-a-real-key/")

    assert response.status_code == 400
    assert "expired or is invalid" in response.text


def test_posting_bad_verification_link_shows_clear_page(client):
    response = client.post("/accounts/confirm-email/not-a-real-key/")

    assert response.status_code == 400
    assert "expired or is invalid" in response.text


def test_signup_flood_from_one_address_gets_too_many_attempts_page(client):
    for _attempt in range(20):
        client.post("/accounts/signup/", {"email": "not-an-email"}, REMOTE_ADDR="192.0.2.7")

    response = client.post("/accounts/signup/", {"email": "not-an-email"}, REMOTE_ADDR="192.0.2.7")

    assert response.status_code == 429
    assert "Please wait a few minutes and try again." in response.text
    assert 'class="site-header"' in response.text
