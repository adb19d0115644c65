"""The Wagtail admin for countries, topics and member accounts, as editors and administrators use it."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP

from django.contrib.auth.models import Group

from portal.models import Country, Topic, User
from portal.roles import Role
from tests.portal.factories import CountryFactory, TopicFactory, UserFactory

pytestmark = pytest.mark.django_db

TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
COUNTRY_LIST = "/admin/snippets/portal/country/"
COUNTRY_ADD = "/admin/snippets/portal/country/add/"
TOPIC_ADD = "/admin/snippets/portal/topic/add/"
USER_LIST = "/admin/users/"
USER_ADD = "/admin/users/new/"


def signed_in_staff(client, role: Role) -> User:
    """A member of a staff role, signed in, with the second factor the admin requires."""
    user = UserFactory(roles=[role])
    TOTP.activate(user, TOTP_SECRET)
    client.force_login(user)
    return user


def country_form(**overrides) -> dict:
    return {
        "code": "ML",
        "name_en": "Mali",
        "name_fr": "Mali",
        "name_ar": "مالي",
        "is_programme_country": "on",
        **overrides,
    }


def test_editor_sees_countries_in_the_admin_list(client):
    signed_in_staff(client, Role.EDITOR)
    CountryFactory(code="SN", name_en="Senegal", name_fr="Sénégal", name_ar="السنغال")

    response = client.get(COUNTRY_LIST)

    assert response.status_code == 200
    assert "Senegal" in response.text
    assert "السنغال" in response.text


def test_editor_finds_a_country_by_its_french_name(client):
    signed_in_staff(client, Role.EDITOR)
    CountryFactory(code="MA", name_en="Morocco", name_fr="Maroc", name_ar="المغرب")
    CountryFactory(code="TN", name_en="Tunisia", name_fr="Tunisie", name_ar="تونس")

    response = client.get(COUNTRY_LIST, {"q": "Maroc"})

    assert "Morocco" in response.text
    assert "Tunisia" not in response.text


def test_editor_adds_a_country(client):
    signed_in_staff(client, Role.EDITOR)

    response = client.post(COUNTRY_ADD, country_form())

    assert response.status_code == 302
    country = Country.objects.get(code="ML")
    assert (country.name_fr, country.name_ar, country.is_programme_country) == ("Mali", "مالي", True)


def test_country_code_in_lowercase_is_stored_in_capitals(client):
    signed_in_staff(client, Role.EDITOR)

    client.post(COUNTRY_ADD, country_form(code="ne", name_en="Niger"))

    assert Country.objects.filter(code="NE").exists()


@pytest.mark.parametrize("bad_code", ["MLI", "M", "M1", "É1", "--"])
def test_country_with_a_bad_iso_code_is_refused_with_a_reason(client, bad_code):
    signed_in_staff(client, Role.EDITOR)

    response = client.post(COUNTRY_ADD, country_form(code=bad_code))

    assert response.status_code == 200
    assert "exactly two letters A–Z" in response.text
    assert not Country.objects.exists()


def test_country_with_a_code_already_used_is_refused_with_a_reason(client):
    signed_in_staff(client, Role.EDITOR)
    CountryFactory(code="ML", name_en="Mali")

    response = client.post(COUNTRY_ADD, country_form(code="ml", name_en="Mali again"))

    assert response.status_code == 200
    assert "already exists" in response.text
    assert Country.objects.filter(code="ML").count() == 1


def test_editor_adds_a_narrower_topic(client):
    signed_in_staff(client, Role.EDITOR)
    reintegration = TopicFactory(slug="reintegration", name_en="Reintegration")

    response = client.post(
        TOPIC_ADD,
        {
            "slug": "economic-reintegration",
            "name_en": "Economic reintegration",
            "name_fr": "Réintégration économique",
            "name_ar": "إعادة الإدماج الاقتصادي",
            "parent": reintegration.pk,
        },
    )

    assert response.status_code == 302
    assert Topic.objects.get(slug="economic-reintegration").parent == reintegration


def test_topic_cannot_move_under_its_own_narrower_topic(client):
    signed_in_staff(client, Role.EDITOR)
    reintegration = TopicFactory(slug="reintegration", name_en="Reintegration")
    economic = TopicFactory(slug="economic-reintegration", name_en="Economic reintegration", parent=reintegration)
    edit_url = f"/admin/snippets/portal/topic/edit/{reintegration.pk}/"

    response = client.post(
        edit_url,
        {"slug": "reintegration", "name_en": "Reintegration", "name_fr": "", "name_ar": "", "parent": economic.pk},
    )

    assert response.status_code == 200
    assert "cannot be placed under itself" in response.text
    reintegration.refresh_from_db()
    assert reintegration.parent is None


def test_reader_cannot_open_the_taxonomy_admin(client):
    client.force_login(UserFactory())

    response = client.get(COUNTRY_LIST)

    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "/admin/" not in response.headers["Location"].split("?")[0]


def test_administrator_sees_the_user_list(client):
    signed_in_staff(client, Role.ADMINISTRATOR)
    UserFactory(email="hawa.traore@example.org", display_name="Hawa Traoré")

    response = client.get(USER_LIST)

    assert response.status_code == 200
    assert "hawa.traore@example.org" in response.text


def test_administrator_creates_a_member_with_profile_and_role(client):
    signed_in_staff(client, Role.ADMINISTRATOR)
    mali = CountryFactory(code="ML", name_en="Mali")
    practitioner = Group.objects.get(name=Role.PRACTITIONER)

    form_page = client.get(USER_ADD)
    response = client.post(
        USER_ADD,
        {
            "email": "Hawa.Traore@example.org",
            "first_name": "",
            "last_name": "",
            "display_name": "Hawa Traoré",
            "country": mali.pk,
            "organisation": "IOM Mali",
            "role_title": "Psychosocial counsellor",
            "preferred_language": "fr",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "groups": [practitioner.pk],
        },
    )

    assert form_page.status_code == 200
    assert 'name="display_name"' in form_page.text
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    user = User.objects.get(email__iexact="hawa.traore@example.org")
    assert (user.display_name, user.country, user.organisation, user.preferred_language) == (
        "Hawa Traoré",
        mali,
        "IOM Mali",
        "fr",
    )
    assert list(user.groups.values_list("name", flat=True)) == [Role.PRACTITIONER.value]
    assert user.check_password("a-long-enough-passphrase")


def test_administrator_edits_a_member_profile(client):
    signed_in_staff(client, Role.ADMINISTRATOR)
    member = UserFactory(email="karim.haddad@example.org", display_name="Karim")
    edit_url = f"/admin/users/edit/{member.pk}/"

    form_page = client.get(edit_url)
    response = client.post(
        edit_url,
        {
            "email": "karim.haddad@example.org",
            "first_name": "Karim",
            "last_name": "Haddad",
            "display_name": "Karim Haddad",
            "organisation": "IOM Lebanon",
            "role_title": "Caseworker",
            "preferred_language": "ar",
            "is_active": "on",
            "groups": list(member.groups.values_list("pk", flat=True)),
        },
    )

    assert form_page.status_code == 200
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.display_name, member.organisation, member.preferred_language) == (
        "Karim Haddad",
        "IOM Lebanon",
        "ar",
    )
    assert EmailAddress.objects.filter(user=member, verified=True).exists()


def test_administrator_gets_a_reason_for_a_weak_password(client):
    signed_in_staff(client, Role.ADMINISTRATOR)

    response = client.post(
        USER_ADD,
        {"email": "new.member@example.org", "preferred_language": "en", "password1": "short", "password2": "short"},
    )

    assert response.status_code == 200
    assert "at least 12 characters" in response.text
    assert not User.objects.filter(email="new.member@example.org").exists()
