"""The profile a member is known by: display name, country, organisation, role title, language."""

import re

import pytest

from django.conf import settings

from portal.roles import Role
from tests.portal.factories import CountryFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client):
    user = UserFactory(display_name="Old name")
    client.force_login(user)
    return user


def profile_data(**overrides) -> dict:
    data = {
        "display_name": "Yonas",
        "country": "",
        "organisation": "Reintegration partner",
        "role_title": "Case manager",
        "preferred_language": "en",
    }
    data.update(overrides)
    return data


def test_profile_shows_current_details_and_roles(client):
    user = UserFactory(display_name="Hawa", roles=[Role.PRACTITIONER])
    client.force_login(user)

    response = client.get("/accounts/profile/")

    assert response.status_code == 200
    assert 'value="Hawa"' in response.text
    assert "Roles: Reader, Practitioner" in response.text


def test_member_edits_profile(client, member):
    ethiopia = CountryFactory(code="ET", name_en="Ethiopia")

    response = client.post("/accounts/profile/", profile_data(country=ethiopia.pk), follow=True)

    assert "Your profile has been saved." in response.text
    member.refresh_from_db()
    assert (member.display_name, member.country, member.organisation, member.role_title) == (
        "Yonas",
        ethiopia,
        "Reintegration partner",
        "Case manager",
    )


def test_changing_preferred_language_switches_the_interface(client, member):
    response = client.post("/accounts/profile/", profile_data(preferred_language="fr"))

    assert response.cookies["portal_language"].value == "fr"
    page = client.get(response["Location"])
    assert '<html lang="fr"' in page.text
    assert "Votre profil a été enregistré." in page.text


def test_saving_without_changing_language_keeps_the_current_one(client, member):
    client.cookies["portal_language"] = "ar"

    response = client.post("/accounts/profile/", profile_data(preferred_language="en"))

    assert "portal_language" not in response.cookies


def test_unknown_country_shows_field_error(client, member):
    response = client.post("/accounts/profile/", profile_data(country="99999"))

    assert response.status_code == 200
    assert "Select a valid choice." in response.text
    assert "Please correct the errors below." in response.text
    member.refresh_from_db()
    assert member.display_name == "Old name"


def test_country_outside_programme_is_not_offered(client, member):
    outside = CountryFactory(code="FR", name_en="France", is_programme_country=False)
    CountryFactory(code="ML", name_en="Mali")

    html = client.get("/accounts/profile/").text

    assert "Mali" in html
    assert "France" not in html
    assert "Select a valid choice." in client.post("/accounts/profile/", profile_data(country=outside.pk)).text


def test_unknown_language_shows_field_error(client, member):
    response = client.post("/accounts/profile/", profile_data(preferred_language="de"))

    assert response.status_code == 200
    assert "Select a valid choice. de is not one of the available choices." in response.text


def test_overlong_display_name_shows_field_error(client, member):
    response = client.post("/accounts/profile/", profile_data(display_name="x" * 81))

    assert response.status_code == 200
    assert "Ensure this value has at most 80 characters" in response.text


@pytest.mark.parametrize("interface", ["en", "fr", "ar"])
@pytest.mark.parametrize("url", ["/accounts/profile/", "/accounts/signup/"])
def test_language_choices_name_each_language_in_its_own_script(client, member, interface, url):
    if url == "/accounts/signup/":
        client.logout()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = interface

    page = client.get(url, HTTP_ACCEPT_LANGUAGE=interface).content.decode()

    for code, own_name in (("en", "English"), ("fr", "français"), ("ar", "العربيّة")):
        assert re.search(rf'<option value="{code}"[^>]* lang="{code}"[^>]*>{own_name}</option>', page), (
            interface,
            url,
            code,
        )


@pytest.mark.parametrize(
    ("language", "names"), [("fr", ["Lecteur", "Modérateur"]), ("ar", ["قارئ", "مشرف"])], ids=["fr", "ar"]
)
def test_profile_names_the_members_roles_in_the_interface_language(client, language, names):
    client.force_login(UserFactory(roles=[Role.MODERATOR], totp=True, preferred_language=language))

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.get("/accounts/profile/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    html = response.content.decode()

    roles_line = next(line for line in html.splitlines() if any(name in line for name in names))
    assert all(name in roles_line for name in names)
    assert "Reader" not in roles_line and "Moderator" not in roles_line
