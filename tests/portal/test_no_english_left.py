"""No English interface string is left on French or Arabic screens: every page the URL resolver reaches (and every
page of the demo's page tree), the main emails and form errors, scanned against the .po catalogues' msgids.

A failure names the page and the msgid: translate it (or, if the English is right there, add it to
`english_scan.ALLOWED` with the reason).
"""

import re
from io import StringIO

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from django.conf import settings
from django.core import mail
from django.utils import translation

from forum.models import Category, Post, Topic
from portal.extensions import app_hooks
from portal.models import User
from portal.roles import Role, grant_role
from tests.portal.english_scan import EnglishFinder, page_texts
from tests.portal.factories import UserFactory
from tests.portal.test_signup import signup_data
from tests.portal.test_staff_mfa_everywhere import every_path

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "ar")
PORTAL = "Case management community of practice"
# Pages that are not an interface in a language: data for machines, downloads, the language switch itself.
NOT_INTERFACE = ("/healthz", "/readyz", "/api/", "/i18n/", "/documents/", "/sw.js", "/manifest.webmanifest")


@pytest.fixture(scope="module")
def finders():
    return {language: EnglishFinder(language) for language in LANGUAGES}


def _load_demo():
    for load in app_hooks("demo_content"):
        load(stdout=StringIO())


def _values() -> dict[str, str]:
    topic = Topic.objects.filter(category__groups__isnull=True).order_by("pk").first()
    category = Category.objects.order_by("pk").first()
    post = Post.objects.filter(topic=topic).order_by("pk").first()
    return {"pk": str(post.pk if post else topic.pk), "slug": category.slug}


def _wagtail_pages(language: str) -> list[str]:
    from wagtail.models import Page

    urls = []
    for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific():
        url = page.get_url()
        if not url:
            continue
        urls.append(url)
        if type(page).__name__ == "GuidelinePage":
            urls += [f"{url}editions/", f"{url}print/", f"{url}countries/", f"{url}feedback/"]
            labels = list(page.editions.values_list("label", flat=True)) if hasattr(page, "editions") else []
            urls += [f"{url}editions/{label}/" for label in labels]
            if len(labels) >= 2:
                urls.append(f"{url}compare/?from={labels[-1]}&to={labels[0]}")
    return urls


def _paths_for(language: str, paths: list[str]) -> list[str]:
    """The walk's paths under this language's prefix, plus the unprefixed ones (read with the language cookie)."""
    prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
    own = [path for path in paths if path.startswith(f"/{language}/")]
    unprefixed = [path for path in paths if not path.startswith(prefixes) and not path.startswith("/admin")]
    return [path for path in own + unprefixed if not path.startswith(NOT_INTERFACE)]


def _scan(client, finder, language, path, *, method="get", found, markup):
    response = getattr(client, method)(path, HTTP_ACCEPT_LANGUAGE=language)
    if response.status_code in (301, 302, 303, 304) or response.get("Content-Type", "").split(";")[0] != "text/html":
        return
    html = response.content.decode()
    where = f"{method.upper()} {path}"
    for msgid in finder.find(page_texts(html, language=language)):
        found.setdefault(msgid, set()).add(where)
    # A page of ours that answered (not a bare 405 for a GET on a POST-only URL, nor Wagtail's own /_util/ pages).
    if response.status_code == 200 and "/_util/" not in path:
        for problem in markup_problems(html):
            markup.setdefault(problem, set()).add(where)


def markup_problems(html: str) -> list[str]:
    """What every page owes a reader beyond words: unique ids (labels find their field) and a description."""
    ids = re.findall(r"""\sid=["']([^"']+)["']""", html)
    problems = [f"duplicate id={value!r}" for value in sorted({value for value in ids if ids.count(value) > 1})]
    if not re.search(r"""<meta name="description" content="[^"]+">""", html):
        problems.append("no <meta name=description>")
    return problems


def _report(found: dict) -> str:
    return "\n".join(f"{msgid!r}: {sorted(paths)[:3]}" for msgid, paths in sorted(found.items()))


@pytest.mark.slow
def test_every_page_reads_without_english_in_french_and_arabic(client, finders):
    """Anonymous and a Moderator (who also posts), GET and an empty POST (form errors) on every page of the walk."""
    _load_demo()
    paths = every_path(_values())
    moderator = User.objects.get(email="moussa.sow@example.org")
    TOTP.activate(moderator, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    grant_role(moderator, Role.PRACTITIONER)  # one account that sees both the posting and the moderating forms
    found: dict[str, set] = {}
    markup: dict[str, set] = {}
    for language in LANGUAGES:
        finder = finders[language]
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        pages = _paths_for(language, paths) + _wagtail_pages(language)
        for user in (None, moderator):
            for path in pages:
                client.logout()
                if user:
                    client.force_login(user)
                    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
                _scan(client, finder, language, path, found=found, markup=markup)
                _scan(client, finder, language, path, method="post", found=found, markup=markup)
    assert not found and not markup, f"{_report(found)}\n{_report(markup)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_account_emails_read_without_english(client, finders, language):
    """The verification and password-reset emails: subject, greeting and body in the reader's language."""
    translation.activate(language)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    client.post(
        "/accounts/signup/",
        signup_data(email=f"new-{language}@example.org", preferred_language=language),
        HTTP_ACCEPT_LANGUAGE=language,
    )
    client.logout()
    UserFactory(email=f"known-{language}@example.org", preferred_language=language)
    client.post("/accounts/password/reset/", {"email": f"known-{language}@example.org"}, HTTP_ACCEPT_LANGUAGE=language)
    assert len(mail.outbox) == 2, [message.subject for message in mail.outbox]
    assert all(message.subject.startswith(f"[{translation.gettext(PORTAL)}] ") for message in mail.outbox)
    greeting = mail.outbox[0].body.splitlines()[0]
    assert "testserver" not in greeting and translation.gettext(PORTAL) in greeting
    found = {}
    for message in mail.outbox:
        for msgid in finders[language].find([message.subject, *message.body.splitlines()]):
            found.setdefault(msgid, set()).add(message.subject)
    assert not found, _report(found)


@pytest.mark.parametrize("language", LANGUAGES)
def test_sign_up_password_errors_read_without_english(client, finders, language):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    response = client.post(
        "/accounts/signup/",
        {"email": "short@example.org", "password1": "abc", "password2": "abd"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    texts = page_texts(response.content.decode(), language=language)
    with translation.override("en"):
        english_errors = ["This password is too short", "This password is too common"]
    assert not [text for text in texts for error in english_errors if error in text]
    assert not finders[language].find(texts)
