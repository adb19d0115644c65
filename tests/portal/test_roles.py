"""Who may do what: each role's permissions, pinned."""

import pytest

from django.contrib.auth.models import Group, Permission

from portal.extensions import app_role_permissions
from portal.roles import ROLE_PERMISSIONS, Role, sync_role_permissions, user_roles
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

ALL_ROLES = list(Role)

# permission -> the roles that hold it; every other role must not.
WHO_MAY = {
    "wagtailadmin.access_admin": {Role.TRAINER, Role.EDITOR, Role.MODERATOR, Role.ADMINISTRATOR},
    "portal.add_country": {Role.EDITOR, Role.ADMINISTRATOR},
    "portal.change_country": {Role.EDITOR, Role.ADMINISTRATOR},
    "portal.add_topic": {Role.EDITOR, Role.ADMINISTRATOR},
    "portal.change_topic": {Role.EDITOR, Role.ADMINISTRATOR},
    "portal.delete_country": {Role.ADMINISTRATOR},
    "wagtailimages.add_image": {Role.TRAINER, Role.EDITOR, Role.ADMINISTRATOR},
    "wagtaildocs.add_document": {Role.TRAINER, Role.EDITOR, Role.ADMINISTRATOR},
    "auth.change_group": {Role.ADMINISTRATOR},
    "portal.change_user": {Role.ADMINISTRATOR},
}


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("permission", sorted(WHO_MAY))
def test_role_holds_exactly_the_permissions_in_the_table(role, permission):
    user = UserFactory(roles=[role])

    assert user.has_perm(permission) == (role in WHO_MAY[permission])


def test_role_groups_exist_after_migrations():
    assert set(Group.objects.values_list("name", flat=True)) >= {role.value for role in Role}


def test_administrator_holds_every_permission():
    administrator = Group.objects.get(name=Role.ADMINISTRATOR)

    assert administrator.permissions.count() == Permission.objects.count()


def test_verified_member_is_a_reader_only():
    assert user_roles(UserFactory()) == {"Reader"}


def test_every_role_also_holds_reader():
    assert user_roles(UserFactory(roles=[Role.MODERATOR])) == {"Reader", "Moderator"}


def test_reader_and_practitioner_hold_no_admin_permission():
    for role in (Role.READER, Role.PRACTITIONER):
        permissions = Group.objects.get(name=role).permissions.values_list("content_type__app_label", flat=True)
        assert not {"wagtailadmin", "portal", "auth", "wagtailcore"} & set(permissions)


def declared_permissions() -> list[tuple[str, str]]:
    declared = [(role, dotted) for role, permissions in ROLE_PERMISSIONS.items() for dotted in permissions]
    declared += [(role, dotted) for role, permissions in app_role_permissions().items() for dotted in permissions]
    return declared


def test_every_declared_permission_exists():
    """A typo in an app's `role_permissions` would silently grant nothing."""
    missing = [
        (role, dotted)
        for role, dotted in declared_permissions()
        if not Permission.objects.filter(
            content_type__app_label=dotted.split(".")[0], codename=dotted.split(".", 1)[1]
        ).exists()
    ]

    assert missing == []


def test_groups_hold_what_every_app_declares():
    for role, dotted in declared_permissions():
        user = UserFactory(roles=[Role(role)])
        assert user.has_perm(dotted), (role, dotted)


def test_apps_extend_roles_through_their_app_config():
    assert app_role_permissions(), "no app declares role_permissions: the extension point is unused"


def test_sync_restores_a_permission_removed_from_a_group():
    editor = Group.objects.get(name=Role.EDITOR)
    editor.permissions.remove(Permission.objects.get(codename="change_country"))

    sync_role_permissions()

    assert editor.permissions.filter(codename="change_country").exists()


def test_sync_removes_a_permission_added_by_hand():
    trainer = Group.objects.get(name=Role.TRAINER)
    trainer.permissions.add(Permission.objects.get(codename="delete_country"))

    sync_role_permissions()

    assert not trainer.permissions.filter(codename="delete_country").exists()


def test_sync_recreates_a_deleted_role_group():
    Group.objects.filter(name=Role.MODERATOR).delete()

    sync_role_permissions()

    assert Group.objects.get(name=Role.MODERATOR).permissions.filter(codename="access_admin").exists()
