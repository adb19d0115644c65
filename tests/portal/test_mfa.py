"""Two-factor authentication: open to every member, required before staff roles reach the Wagtail admin."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, TOTP

from portal.roles import Role
from tests.portal.factories import DEFAULT_PASSWORD, TOTP_SECRET, UserFactory
from tests.portal.factories import current_totp_code as current_code

pytestmark = pytest.mark.django_db


def sign_in(client, user):
    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})
    assert response.status_code == 302
    return response


def confirm_password(client):
    """allauth asks for the password again before security settings change, even right after sign-in."""
    response = client.post("/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD})
    assert response.status_code == 302


def with_totp(user):
    TOTP.activate(user, TOTP_SECRET)
    return user


def test_member_can_open_two_factor_pages_in_portal_layout(client):
    sign_in(client, UserFactory())
    confirm_password(client)

    index = client.get("/accounts/2fa/")
    activate = client.get("/accounts/2fa/totp/activate/")

    for response in (index, activate):
        assert response.status_code == 200
        assert 'class="site-header"' in response.text
    assert "Authenticator secret" in activate.text


def test_member_activates_totp_with_a_code_from_their_app(client):
    user = UserFactory()
    sign_in(client, user)
    confirm_password(client)
    client.get("/accounts/2fa/totp/activate/")
    secret = client.session[SECRET_SESSION_KEY]

    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})

    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def test_wrong_totp_code_shows_form_error(client):
    sign_in(client, UserFactory())
    confirm_password(client)
    client.get("/accounts/2fa/totp/activate/")

    response = client.post("/accounts/2fa/totp/activate/", {"code": "000000x"})

    assert response.status_code == 200
    assert "Incorrect code." in response.text


@pytest.mark.parametrize(
    "staff",
    [
        {"roles": [Role.TRAINER]},
        {"roles": [Role.EDITOR]},
        {"roles": [Role.MODERATOR]},
        {"roles": [Role.ADMINISTRATOR]},
        {"is_staff": True},
        {"is_superuser": True, "is_staff": True},
    ],
    ids=["trainer", "editor", "moderator", "administrator", "is_staff", "superuser"],
)
def test_staff_without_totp_are_sent_to_set_it_up_before_the_admin(client, staff):
    sign_in(client, UserFactory(**staff))

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/totp/activate/"
    page = client.get(response["Location"], follow=True)
    assert "set up two-factor authentication to continue" in page.text


def test_password_confirmation_leads_staff_on_to_totp_setup(client):
    sign_in(client, UserFactory(roles=[Role.TRAINER]))
    client.get("/admin/")

    response = client.post(
        "/accounts/reauthenticate/", {"password": DEFAULT_PASSWORD, "next": "/accounts/2fa/totp/activate/"}, follow=True
    )

    assert response.status_code == 200
    assert "Authenticator secret" in response.text


def test_staff_with_totp_must_enter_code_at_sign_in_then_reach_admin(client):
    editor = with_totp(UserFactory(roles=[Role.EDITOR]))

    response = sign_in(client, editor)
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/admin/")["Location"].startswith("/accounts/login/")
    response = client.post("/accounts/2fa/authenticate/", {"code": current_code()})
    assert response.status_code == 302

    admin = client.get("/admin/")
    assert admin.status_code == 200
    assert "wagtail" in admin.text.lower()


def test_wrong_code_at_sign_in_keeps_member_out(client):
    editor = with_totp(UserFactory(roles=[Role.EDITOR]))
    sign_in(client, editor)

    response = client.post("/accounts/2fa/authenticate/", {"code": "123456"})

    assert response.status_code == 200
    assert "Incorrect code." in response.text
    assert "_auth_user_id" not in client.session


def test_reader_is_not_asked_for_totp_and_gets_no_admin(client):
    sign_in(client, UserFactory())

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/pages/"


def test_admin_sends_visitors_to_allauth_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"


def test_staff_continue_to_the_page_they_asked_for_once_totp_is_active(client):
    moderator = UserFactory(roles=[Role.MODERATOR])
    sign_in(client, moderator)
    assert client.get("/en/forum/moderation/?status=open")["Location"] == "/accounts/2fa/totp/activate/"
    confirm_password(client)
    client.get("/accounts/2fa/totp/activate/")
    secret = client.session[SECRET_SESSION_KEY]

    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})

    assert response.status_code == 302
    assert response["Location"] == "/en/forum/moderation/?status=open"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "recovery codes" in page.text.lower()


def test_member_who_sets_up_totp_unasked_sees_the_recovery_codes(client):
    user = UserFactory()
    sign_in(client, user)
    confirm_password(client)
    client.get("/accounts/2fa/totp/activate/")
    secret = client.session[SECRET_SESSION_KEY]

    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})

    assert response["Location"] == "/accounts/2fa/recovery-codes/"


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_recovery_codes_page_is_styled_with_the_codes_and_a_way_on(client, language):
    user = UserFactory(roles=[Role.MODERATOR], totp=True, preferred_language=language)
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    RecoveryCodes.activate(user)
    client.force_login(user)
    client.cookies["portal_language"] = language
    confirm_password(client)

    response = client.get("/accounts/2fa/recovery-codes/")
    assert response.status_code == 200, response.get("Location")
    page = response.content.decode()

    assert 'class="site-header' in page or "site-name" in page  # the portal's own layout
    assert '<pre id="recovery_codes" class="recovery-codes" dir="ltr"' in page
    assert f'href="/{language}/"' in page and 'href="/admin/"' in page
