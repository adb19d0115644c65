"""Roles are Django groups with a fixed set of permissions, kept in sync on every migrate.

Apps that add models declare their roles' permissions on their AppConfig (`role_permissions`,
see portal.extensions); `sync_role_permissions` runs after each `migrate`, so a new app's
permissions reach the groups without a hand-made step.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .extensions import app_role_permissions


class Role(models.TextChoices):
    READER = "Reader", _("Reader")
    PRACTITIONER = "Practitioner", _("Practitioner")
    TRAINER = "Trainer", _("Trainer")
    EDITOR = "Editor", _("Editor")
    MODERATOR = "Moderator", _("Moderator")
    ADMINISTRATOR = "Administrator", _("Administrator")


# Roles that work in the Wagtail admin; they must protect their account with a second factor.
STAFF_ROLES = frozenset({Role.TRAINER, Role.EDITOR, Role.MODERATOR, Role.ADMINISTRATOR})

_ADMIN_ACCESS = ["wagtailadmin.access_admin"]
_MEDIA = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
_TAXONOMY = [
    "portal.add_country",
    "portal.change_country",
    "portal.add_topic",
    "portal.change_topic",
]

# "app_label.codename" per role; Administrator receives every permission.
ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.READER: [],
    Role.PRACTITIONER: [],
    Role.TRAINER: [*_ADMIN_ACCESS, *_MEDIA],
    Role.EDITOR: [*_ADMIN_ACCESS, *_MEDIA, *_TAXONOMY],
    Role.MODERATOR: [*_ADMIN_ACCESS, "portal.review_membership"],
    Role.ADMINISTRATOR: [],
}


def create_role_groups(group_model) -> None:
    """After: one group per role exists (run by the portal's data migration)."""
    for role in Role:
        group_model.objects.get_or_create(name=role.value)


def sync_role_permissions(*, app_config=None, **kwargs) -> None:
    """After: each role group holds exactly its listed permissions; Administrator holds all.

    Also the post_migrate receiver. That signal fires once per app, each time before Django creates
    that app's permissions, so the sync waits for the last app and first creates every app's permissions.
    """
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    if app_config is not None:
        migrated = [config for config in apps.get_app_configs() if config.models_module is not None]
        if app_config is not migrated[-1]:
            return
        for config in migrated:
            create_permissions(config, verbosity=0)

    for role in Role:
        group, _created = Group.objects.get_or_create(name=role.value)
        if role == Role.ADMINISTRATOR:
            group.permissions.set(Permission.objects.all())
            continue
        wanted = [*ROLE_PERMISSIONS[role], *app_role_permissions().get(role.value, [])]
        permissions = []
        for dotted in wanted:
            app_label, codename = dotted.split(".", 1)
            permissions.extend(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
        group.permissions.set(permissions)


def member_groups(user) -> dict[int, str]:
    """{id: name} of the user's groups: one query per request, kept on the user object (roles, forum and
    search visibility all read it); a change through `user.groups` forgets it (portal.signals)."""
    if not user or not user.is_authenticated:
        return {}
    if not hasattr(user, "_member_groups"):
        user._member_groups = dict(user.groups.values_list("id", "name"))
    return user._member_groups


def user_roles(user) -> set[str]:
    """The names of the roles a user holds (empty for anonymous visitors)."""
    return set(member_groups(user).values()) & {role.value for role in Role}


def is_staff_member(user) -> bool:
    """True when the user works in the admin and so must use a second factor."""
    return user.is_authenticated and (user.is_superuser or user.is_staff or bool(user_roles(user) & STAFF_ROLES))


def grant_role(user, role: Role) -> None:
    """After: `user` is in `role`'s group (and in Reader, which every member holds)."""
    from django.contrib.auth.models import Group

    names = {Role.READER.value, role.value}
    user.groups.add(*Group.objects.filter(name__in=names))
