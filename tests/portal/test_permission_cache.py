"""Members' permissions come from the shared cache (portal.permission_cache), yet a change to them shows on the
member's very next page: giving or taking a permission from a group or a member, or changing their groups."""

import pytest

from django.contrib.auth.models import Group, Permission

from portal.roles import Role
from tests.forum.factories import MemberFactory

pytestmark = pytest.mark.django_db

ADMIN_LINK = 'href="/admin/"'


@pytest.fixture
def reader(client):
    member = MemberFactory(roles=[Role.READER])
    client.force_login(member)
    return member


@pytest.fixture
def admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def _sees_admin_link(client) -> bool:
    response = client.get("/en/forum/")
    assert response.status_code == 200
    return ADMIN_LINK in response.content.decode()


def test_a_permission_given_to_or_taken_from_a_members_group_shows_on_their_next_page(client, reader, admin_access):
    focal_points = Group.objects.create(name="Country focal points")
    reader.groups.add(focal_points)
    assert not _sees_admin_link(client)

    focal_points.permissions.add(admin_access)
    assert _sees_admin_link(client)

    focal_points.permissions.remove(admin_access)
    assert not _sees_admin_link(client)


def test_joining_or_leaving_a_group_changes_a_members_permissions_on_their_next_page(client, reader, admin_access):
    focal_points = Group.objects.create(name="Country focal points")
    focal_points.permissions.add(admin_access)
    assert not _sees_admin_link(client)

    reader.groups.add(focal_points)
    assert _sees_admin_link(client)

    focal_points.user_set.remove(reader)
    assert not _sees_admin_link(client)


def test_a_permission_given_to_or_taken_from_a_member_shows_on_their_next_page(client, reader, admin_access):
    assert not _sees_admin_link(client)

    reader.user_permissions.add(admin_access)
    assert _sees_admin_link(client)

    admin_access.user_set.remove(reader)
    assert not _sees_admin_link(client)
