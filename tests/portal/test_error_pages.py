"""Every error page (400, 403, 404, 500, and the expired-form 403) is the portal's own, in the reader's language,
styled like the rest, with a way back."""

import pytest

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import get_resolver
from django.utils import translation

pytestmark = pytest.mark.django_db

# What the reader sees first on each error page, per language.
HEADINGS = {
    400: {
        "en": "The request could not be understood",
        "fr": "La demande n'a pas pu être comprise",
        "ar": "تعذّر فهم الطلب",
    },
    403: {
        "en": "You may not open this page",
        "fr": "Vous ne pouvez pas ouvrir cette page",
        "ar": "لا يمكنك فتح هذه الصفحة",
    },
    404: {"en": "Page not found", "fr": "Page introuvable", "ar": "الصفحة غير موجودة"},
    500: {"en": "Something went wrong", "fr": "Une erreur s'est produite", "ar": "حدث خطأ ما"},
}
EXCEPTIONS = {400: SuspiciousOperation("bad"), 403: PermissionDenied(), 404: Http404("gone"), 500: None}
LANGUAGES = ["en", "fr", "ar"]
CASES = [(code, language) for code in HEADINGS for language in LANGUAGES]


def _looks_like_the_portal(html: str, language: str) -> None:
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert "/static/css/portal.css" in html
    assert f'href="/{language}/"' in html  # the way back, to the reader's own home page
    assert "Django" not in html


@pytest.mark.parametrize(("code", "language"), CASES)
def test_every_error_handler_renders_the_portals_page_in_the_readers_language(rf: RequestFactory, code, language):
    handler = get_resolver().resolve_error_handler(code)
    request = rf.get(f"/{language}/somewhere/")
    request.user = AnonymousUser()
    with translation.override(language):
        response = handler(request) if code == 500 else handler(request, EXCEPTIONS[code])
    html = response.content.decode()
    assert response.status_code == code
    assert f"<h1>{HEADINGS[code][language]}</h1>" in html
    _looks_like_the_portal(html, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_page_answers_404_in_the_language_of_its_address(client, language):
    response = client.get(f"/{language}/no-such-page-here/")
    assert response.status_code == 404
    assert HEADINGS[404][language] in response.content.decode()
    _looks_like_the_portal(response.content.decode(), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_403_tells_a_visitor_to_sign_in_and_keeps_the_reason_given(rf, language):
    handler = get_resolver().resolve_error_handler(403)
    request = rf.get(f"/{language}/forum/new/")
    request.user = AnonymousUser()
    with translation.override(language):
        html = handler(request, PermissionDenied("Only Practitioners start topics.")).content.decode()
    assert "Only Practitioners start topics." in html
    assert "/accounts/login/?next=/" in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_expired_form_is_explained_in_the_readers_language(language):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/{language}/membership/request/", {"reason": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    expired = {"en": "The form has expired", "fr": "Le formulaire a expiré", "ar": "انتهت صلاحية النموذج"}
    assert f"<h1>{expired[language]}</h1>" in html
    _looks_like_the_portal(html, language)
