"""Role groups and the site are named in the admin user's language wherever the Wagtail admin lists or picks them,
while the stored names (which permission checks, visibility filters and lookups read) stay English."""

import re

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from wagtail.models import Site

from portal.roles import Role, user_roles

from .factories import UserFactory

pytestmark = pytest.mark.django_db

ROLE_NAMES = {
    "fr": {
        Role.READER: "Lecteur",
        Role.PRACTITIONER: "Praticien",
        Role.TRAINER: "Formateur",
        Role.EDITOR: "Rédacteur",
        Role.MODERATOR: "Modérateur",
        Role.ADMINISTRATOR: "Administrateur",
    },
    "ar": {
        Role.READER: "قارئ",
        Role.PRACTITIONER: "ممارس",
        Role.TRAINER: "مدرّب",
        Role.EDITOR: "محرّر",
        Role.MODERATOR: "مشرف",
        Role.ADMINISTRATOR: "مسؤول النظام",
    },
}
PORTAL_NAME = "Case management community of practice"


def _admin(client, language):
    administrator = UserFactory(is_superuser=True, totp=True, preferred_language=language)
    client.force_login(administrator)
    return administrator


def _visible_text(client, path) -> str:
    response = client.get(path)
    assert response.status_code == 200, path
    return response.content.decode()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_groups_listing_names_every_role_in_the_language(client, language):
    _admin(client, language)
    html = _visible_text(client, "/admin/groups/")
    for role, name in ROLE_NAMES[language].items():
        assert re.search(rf">\s*{name}\s*<", html), role
        assert not re.search(rf">\s*{role.value}\s*<", html), role


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_user_editor_offers_the_roles_in_the_language(client, language):
    _admin(client, language)
    member = UserFactory(roles=[Role.MODERATOR])
    html = _visible_text(client, reverse("wagtailusers_users:edit", args=[member.pk]))
    for name in ROLE_NAMES[language].values():
        assert name in html
    assert "Moderator</label>" not in html and "Practitioner</label>" not in html


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_group_editor_keeps_the_stored_english_name(client, language):
    _admin(client, language)
    group = Group.objects.get(name=Role.MODERATOR)
    html = _visible_text(client, f"/admin/groups/edit/{group.pk}/")
    assert 'value="Moderator"' in html


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_sites_listing_names_the_site_in_the_language(client, language):
    _admin(client, language)
    html = _visible_text(client, "/admin/sites/")
    with translation.override(language):
        assert translation.gettext(PORTAL_NAME) in html
    assert PORTAL_NAME not in html


def test_stored_role_names_and_lookups_stay_english():
    member = UserFactory(roles=[Role.PRACTITIONER])
    with translation.override("fr"):
        assert user_roles(member) >= {"Reader", "Practitioner"}
        assert Group.objects.get(name=Role.PRACTITIONER).name == "Practitioner"
        group = Group.objects.get(name=Role.PRACTITIONER)
        group.save()
        assert sorted(group.name for group in member.groups.all()) == ["Practitioner", "Reader"]
    assert set(Group.objects.values_list("name", flat=True)) >= {role.value for role in Role}
    assert Site.objects.values_list("site_name", flat=True).get(is_default_site=True) == PORTAL_NAME


def test_every_group_and_site_the_migrations_create_is_registered_for_translation():
    """Wagtail's own "Editors" and "Moderators" included: the admin lists them beside the roles."""
    from portal import admin_names

    assert set(Group.objects.values_list("name", flat=True)) <= admin_names._NAMES
    assert set(Site.objects.values_list("site_name", flat=True)) <= admin_names._NAMES
