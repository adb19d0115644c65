"""Three languages: prefixed URLs, redirects to the reader's language, a switcher that keeps the page, RTL Arabic."""

import re
from html import unescape
from urllib.parse import unquote

import pytest

from wagtail.models import Locale

from portal.models import HomePage, StandardPage
from tests.portal.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

SLUGS = {"en": "about", "fr": "a-propos", "ar": "hawl"}
TITLES = {"en": "About the portal", "fr": "À propos du portail", "ar": "عن البوابة"}


@pytest.fixture
def translated_site():
    """The home page and an About page in English, French and Arabic, each translation with its own slug."""
    home = HomePage.objects.get(locale__language_code="en")
    about = home.add_child(instance=StandardPage(title=TITLES["en"], slug=SLUGS["en"]))
    about.save_revision().publish()
    pages = {"en": about}
    for language in ("fr", "ar"):
        locale = Locale.objects.get(language_code=language)
        home_translation = home.copy_for_translation(locale)
        home_translation.save_revision().publish()
        translation = about.copy_for_translation(locale)
        translation.title, translation.slug = TITLES[language], SLUGS[language]
        translation.save_revision().publish()
        pages[language] = translation
    return pages


def switcher_targets(html: str) -> dict[str, str]:
    """The `next` each language button of the switcher sends to set_language."""
    buttons = re.findall(r'<button[^>]*value="(\w+)"[^>]*formaction="[^"]*\?next=([^"]*)"', html, re.S)
    return {code: unquote(unescape(target)) for code, target in buttons}


def switch(client, language: str, next_url: str):
    return client.post("/i18n/setlang/", {"language": language, "next": next_url})


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_home_page_answers_under_each_language_prefix(client, translated_site, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.text


def test_arabic_pages_render_right_to_left(client, translated_site):
    response = client.get("/ar/")

    assert '<html lang="ar" dir="rtl">' in response.text


def test_french_pages_render_left_to_right(client, translated_site):
    assert '<html lang="fr" dir="ltr">' in client.get("/fr/").text


def test_root_without_prefix_redirects_to_default_language(client):
    response = client.get("/")

    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_root_redirects_to_browser_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar-EG,ar;q=0.9,en;q=0.5")

    assert response["Location"] == "/ar/"


def test_language_cookie_wins_over_browser_language(client):
    client.cookies["portal_language"] = "fr"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")

    assert response["Location"] == "/fr/"


def test_path_without_prefix_keeps_its_path_and_query(client):
    client.cookies["portal_language"] = "fr"

    response = client.get("/search/?q=r%C3%A9int%C3%A9gration")

    assert response.status_code == 302
    assert response["Location"] == "/fr/search/?q=r%C3%A9int%C3%A9gration"


def test_unknown_language_cookie_falls_back_to_browser_language(client):
    client.cookies["portal_language"] = "xx"

    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR")

    assert response["Location"] == "/fr/"


def test_sign_in_switches_to_members_preferred_language(client):
    user = UserFactory(preferred_language="ar")

    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})

    assert response.cookies["portal_language"].value == "ar"
    assert client.get("/")["Location"] == "/ar/"


def test_sign_in_message_is_in_members_preferred_language(client):
    user = UserFactory(preferred_language="fr", display_name="Aïssata")

    response = client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD}, follow=True)

    assert "Connexion avec Aïssata réussie." in response.text


def test_preferred_language_beats_an_earlier_language_cookie(client):
    client.cookies["portal_language"] = "en"
    user = UserFactory(preferred_language="fr")

    client.post("/accounts/login/", {"login": user.email, "password": DEFAULT_PASSWORD})

    assert client.get("/")["Location"] == "/fr/"


def test_switcher_on_a_page_leads_to_its_translation(client, translated_site):
    response = client.get("/en/about/")
    targets = switcher_targets(response.text)

    assert targets["fr"] == "/fr/a-propos/"
    assert targets["ar"] == "/ar/hawl/"
    switched = switch(client, "fr", targets["fr"])
    assert switched["Location"] == "/fr/a-propos/"
    assert switched.cookies["portal_language"].value == "fr"
    assert TITLES["fr"] in client.get(switched["Location"]).text


def test_switcher_from_arabic_page_back_to_english(client, translated_site):
    targets = switcher_targets(client.get("/ar/hawl/").text)

    assert switch(client, "en", targets["en"])["Location"] == "/en/about/"


def test_switcher_on_untranslated_page_leads_to_nearest_translated_ancestor(client, translated_site):
    child = translated_site["en"].add_child(instance=StandardPage(title="Only in English", slug="only-english"))
    child.save_revision().publish()

    targets = switcher_targets(client.get("/en/about/only-english/").text)

    assert targets["fr"] == "/fr/a-propos/"


def test_switcher_on_search_keeps_path_and_query(client, translated_site):
    targets = switcher_targets(client.get("/en/search/?q=referral").text)

    assert targets["ar"] == "/ar/search/?q=referral"


def test_switcher_on_account_pages_stays_on_the_same_page(client):
    response = client.get("/accounts/login/")
    targets = switcher_targets(response.text)

    assert targets["fr"] == "/accounts/login/"
    switched = switch(client, "fr", targets["fr"])
    assert switched["Location"] == "/accounts/login/"
    assert '<html lang="fr"' in client.get("/accounts/login/").text


def test_current_language_button_is_marked_and_disabled(client, translated_site):
    html = client.get("/fr/").text

    assert re.search(r'<button[^>]*value="fr"[^>]*aria-current="true" disabled', html, re.S)


@pytest.mark.parametrize(
    ("language", "search_label", "sign_in"),
    [("fr", "Rechercher", "Se connecter"), ("ar", "بحث", "تسجيل الدخول")],
)
def test_home_page_interface_is_translated(client, translated_site, language, search_label, sign_in):
    html = client.get(f"/{language}/").text

    assert f">{search_label}</a>" in html
    assert f">{sign_in}</a>" in html
    assert ">Search</a>" not in html


def test_sign_in_page_reads_in_arabic(client):
    client.cookies["portal_language"] = "ar"

    html = client.get("/accounts/login/").text

    assert '<html lang="ar" dir="rtl">' in html
    assert "كلمة المرور" in html  # "password", from allauth's own Arabic catalogue


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "ar"])
def test_wagtail_mails_a_reviewer_in_their_own_language_not_the_senders(language):
    """Wagtail picks a workflow email's language from the recipient's admin profile, else the sender's."""
    from django.utils import translation

    from wagtail.users.models import UserProfile

    from tests.portal.factories import UserFactory

    reviewer = UserFactory(preferred_language=language)

    with translation.override("en"):
        assert UserProfile.get_for_user(reviewer).get_preferred_language() == language
    reviewer.preferred_language = "en"
    reviewer.save()
    with translation.override("ar"):
        assert UserProfile.get_for_user(reviewer).get_preferred_language() == "en"
