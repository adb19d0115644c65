"""The demo portal `make run` loads: countries, topics, accounts per role and pages in three languages."""

from io import StringIO

import pytest
from allauth.account.models import EmailAddress

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Page, Revision

from portal.demo import DEMO_PASSWORD, demo_accounts_table, load_demo_content
from portal.models import Country, HomePage, StandardPage, Topic, User
from portal.roles import Role, user_roles
from tests.conftest import module_data

pytestmark = pytest.mark.django_db

PROGRAMME_COUNTRIES = {"AF", "DZ", "EG", "ET", "GN", "IQ", "LB", "LY", "ML", "MA", "NE", "SN", "SD", "TN"}


@module_data
def demo_output() -> str:
    stdout = StringIO()
    load_demo_content(stdout=stdout)
    return stdout.getvalue()


def test_demo_loads_every_programme_country_with_french_and_arabic_names(demo_output):
    programme = Country.objects.programme()

    assert set(programme.values_list("code", flat=True)) >= PROGRAMME_COUNTRIES
    assert all(country.name_fr and country.name_ar for country in programme)
    morocco = Country.objects.get(code="MA")
    assert (morocco.name_en, morocco.name_fr, morocco.name_ar) == ("Morocco", "Maroc", "المغرب")


def test_demo_topics_place_the_three_kinds_of_reintegration_under_reintegration(demo_output):
    reintegration = Topic.objects.get(slug="reintegration")

    assert set(reintegration.children.values_list("name_en", flat=True)) == {
        "Economic reintegration",
        "Social reintegration",
        "Psychosocial reintegration",
    }
    assert Topic.objects.get(slug="counter-trafficking").name_ar == "مكافحة الاتجار بالأشخاص"
    assert all(topic.name_fr and topic.name_ar for topic in Topic.objects.all())


def test_demo_has_a_verified_account_for_every_role(demo_output):
    roles_held = set()
    for user in User.objects.filter(email__endswith="@example.org"):
        assert EmailAddress.objects.filter(user=user, email=user.email, verified=True, primary=True).exists()
        assert user.check_password(DEMO_PASSWORD)
        roles_held |= user_roles(user)

    assert roles_held == {role.value for role in Role}


def test_demo_has_two_editors_so_a_second_editor_can_approve(demo_output):
    editors = User.objects.filter(groups__name=Role.EDITOR, email__endswith="@example.org")

    assert editors.count() >= 2
    assert all(editor.check_password(DEMO_PASSWORD) for editor in editors)
    rows = [line.split() for line in demo_accounts_table().splitlines()]
    assert sum(1 for row in rows if row[1:2] == ["Editor"]) >= 2


def test_demo_accounts_table_says_which_sample_authors_cannot_sign_in():
    from forum.demo.loader import DEMO_EMAIL_DOMAIN

    assert f"@{DEMO_EMAIL_DOMAIN} are sample authors only" in demo_accounts_table()
    assert "cannot sign in" in demo_accounts_table()


def test_demo_administrator_is_a_superuser(demo_output):
    administrators = User.objects.filter(groups__name=Role.ADMINISTRATOR)

    assert administrators.exists()
    assert all(user.is_superuser and user.is_staff for user in administrators)
    assert not User.objects.filter(groups__name=Role.PRACTITIONER, is_superuser=True).exists()


def test_demo_reader_signs_in_with_the_printed_password(demo_output, client):
    response = client.post("/accounts/login/", {"login": "aminata.diallo@example.org", "password": DEMO_PASSWORD})

    assert response.status_code == 302
    assert client.get("/accounts/profile/").status_code == 200


def test_demo_accounts_table_lists_email_role_and_password():
    rows = [line.split() for line in demo_accounts_table().splitlines()]

    assert ["claire.martin@example.org", "Administrator", DEMO_PASSWORD] in rows
    assert ["hawa.traore@example.org", "Practitioner", DEMO_PASSWORD] in rows


@pytest.mark.parametrize(
    ("url", "headline"),
    [
        ("/en/", "Case management community of practice"),
        ("/fr/", "Communauté de pratique de la gestion des cas"),
        ("/ar/", "مجتمع الممارسة لإدارة الحالات"),
    ],
)
def test_demo_home_page_reads_in_each_language(demo_output, client, url, headline):
    response = client.get(url)

    assert response.status_code == 200
    assert f">{headline}</h1>" in response.text


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/en/about/", "About the portal"),
        ("/fr/a-propos/", "À propos du portail"),
        ("/ar/hawl-al-bawwaba/", "عن البوابة"),
        ("/en/privacy/", "Privacy and data protection"),
        ("/fr/confidentialite/", "Confidentialité et protection des données"),
        ("/ar/al-khususiyya/", "الخصوصية وحماية البيانات"),
    ],
)
def test_demo_standard_pages_read_in_each_language(demo_output, client, url, title):
    response = client.get(url)

    assert response.status_code == 200
    assert f"<h1>{title}</h1>" in response.text


def test_demo_privacy_page_lists_what_a_caseworker_must_never_post(demo_output, client):
    response = client.get("/en/privacy/")

    for never in ("names", "case numbers", "photos"):
        assert never in response.text


def test_demo_pages_are_translations_of_one_another(demo_output):
    english_about = StandardPage.objects.get(slug="about")

    translations = english_about.get_translations()

    assert {page.locale.language_code for page in translations} == {"fr", "ar"}
    assert HomePage.objects.filter(translation_key=HomePage.objects.get(slug="home").translation_key).count() == 3


def test_demo_home_page_warning_links_to_the_privacy_page_in_the_same_language(demo_output, client):
    response = client.get("/fr/")

    assert 'href="/fr/confidentialite/"' in response.text


def test_loading_demo_content_twice_changes_nothing(demo_output):
    def snapshot():
        return {
            "countries": list(Country.objects.values_list("code", "name_en", "name_fr", "name_ar")),
            "topics": list(Topic.objects.values_list("slug", "parent__slug")),
            "users": list(User.objects.values_list("email", "password", "is_superuser")),
            "emails": EmailAddress.objects.count(),
            "pages": list(Page.objects.values_list("id", "slug", "live", "latest_revision_id")),
            "revisions": Revision.objects.count(),
        }

    before = snapshot()
    again = StringIO()
    load_demo_content(stdout=again)

    assert snapshot() == before
    assert "0 countries, 0 topics, 0 accounts and 0 pages created" in again.getvalue()


def test_demo_keeps_a_country_an_editor_renamed(demo_output):
    Country.objects.filter(code="GN").update(name_fr="République de Guinée")

    load_demo_content(stdout=StringIO())

    assert Country.objects.get(code="GN").name_fr == "République de Guinée"


def test_load_demo_content_refuses_when_demo_content_is_not_allowed(settings):
    settings.DEMO_CONTENT_ALLOWED = False

    with pytest.raises(CommandError, match="DEMO_CONTENT_ALLOWED"):
        call_command("load_demo_content", stdout=StringIO())

    assert not User.objects.filter(email__endswith="@example.org").exists()
