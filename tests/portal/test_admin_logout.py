"""Signing out of the admin takes a POST: a GET (a link, an image on another site) only asks to confirm."""

import pytest

from portal.roles import Role
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

STAFF_ROLES = [Role.TRAINER, Role.EDITOR, Role.MODERATOR, Role.ADMINISTRATOR]


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_admin_logout_by_get_keeps_the_member_signed_in_and_asks_to_confirm(client, role):
    client.force_login(UserFactory(roles=[role], totp=True))

    response = client.get("/admin/logout/")

    assert response.status_code == 302 and response["Location"] == "/accounts/logout/"
    assert "sessionid" not in response.cookies  # Wagtail's view deleted the cookie even on a refused GET
    assert "_auth_user_id" in client.session
    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert b'method="post"' in confirmation.content
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_admin_logout_by_post_signs_out(client, role):
    client.force_login(UserFactory(roles=[role], totp=True))

    response = client.post("/admin/logout/")

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/")["Location"].startswith("/accounts/login/")
