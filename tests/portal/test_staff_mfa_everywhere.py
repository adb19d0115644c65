"""Staff set up two-factor authentication before ANY page their role unlocks: every URL pattern, every staff role.

The walk takes every pattern of the URL resolver (all apps, every language prefix), fills its parameters
with real objects (a restricted forum category, its topic) or a value its pattern accepts, and requests it
as each staff role without TOTP: only the pages needed to set TOTP up or to leave answer; everything
else sends the member to TOTP setup. A pattern someone adds tomorrow is walked the same way.
"""

import re
import re._constants as sre
import re._parser as sre_parse

import pytest

from django.conf import settings
from django.urls import URLResolver, get_resolver, resolve
from django.utils import translation

from forum.models import Category, Topic
from portal.roles import Role
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

SETUP_URL = "/accounts/2fa/totp/activate/"
CANARY = "CANARY-staff-mfa-4b81e"
# The only pages a staff member without TOTP may open: two-factor setup itself, password confirmation
# (setup asks for it), sign-out, the language switch and the health endpoints.
SETUP_PAGE_NAMES = {
    "mfa_index",
    "mfa_authenticate",
    "mfa_reauthenticate",
    "mfa_activate_totp",
    "mfa_deactivate_totp",
    "mfa_view_recovery_codes",
    "mfa_generate_recovery_codes",
    "mfa_download_recovery_codes",
    "account_reauthenticate",
    "account_logout",
    "set_language",
    "healthz",
    "readyz",
}
STAFF = {
    "trainer": {"roles": [Role.TRAINER]},
    "editor": {"roles": [Role.EDITOR]},
    "moderator": {"roles": [Role.MODERATOR]},
    "administrator": {"roles": [Role.ADMINISTRATOR]},
    "is_staff": {"is_staff": True},
    "superuser": {"is_superuser": True, "is_staff": True},
}


# ---- every URL pattern, as a path a browser could request ----


def example(parsed, group_names: dict[int, str], values: dict[str, str]) -> str:
    """A string the parsed regex matches, named groups taken from `values` where given."""
    out = []
    for op, arg in parsed:
        if op is sre.LITERAL:
            out.append(chr(arg))
        elif op is sre.NOT_LITERAL:
            out.append("b" if chr(arg) == "a" else "a")
        elif op is sre.ANY:
            out.append("a")
        elif op is sre.IN:
            out.append(example_character(arg))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, item = arg
            out.append(example(item, group_names, values) * max(low, 1))
        elif op is sre.SUBPATTERN:
            group, _add, _del, item = arg
            name = group_names.get(group)
            out.append(values[name] if name in values else example(item, group_names, values))
        elif op is sre.BRANCH:
            out.append(example(arg[1][0], group_names, values))
    return "".join(out)


def example_character(items) -> str:
    for op, arg in items:
        if op is sre.LITERAL:
            return chr(arg)
        if op is sre.RANGE:
            return "1" if arg[0] <= ord("1") <= arg[1] else chr(arg[0])
        if op is sre.CATEGORY:
            return {sre.CATEGORY_DIGIT: "1", sre.CATEGORY_SPACE: " "}.get(arg, "a")
    return "a"


def pattern_regexes(patterns, prefix: str = ""):
    for pattern in patterns:
        regex = prefix + pattern.pattern.regex.pattern.lstrip("^").removesuffix(r"\Z").rstrip("$")
        if isinstance(pattern, URLResolver):
            yield from pattern_regexes(pattern.url_patterns, regex)
        else:
            yield regex


def every_path(values: dict[str, str]) -> list[str]:
    """One path per URL pattern and language prefix; each resolves to a view."""
    paths = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for regex in pattern_regexes(get_resolver().url_patterns):
                parsed = sre_parse.parse(regex)
                names = {number: name for name, number in parsed.state.groupdict.items()}
                path = "/" + example(parsed, names, values)
                assert re.fullmatch(regex, path[1:]), (regex, path)
                paths.add(path)
    return sorted(paths)


@pytest.fixture
def restricted_world():
    """A restricted category and topic whose id and slug fill the patterns' parameters."""
    from tests.forum.factories import CategoryFactory, ForumTopicFactory

    category = CategoryFactory(slug="staff-only", name_en=f"Staff only {CANARY}", restricted_to=["Case reviewers"])
    topic = ForumTopicFactory(category=category, title=f"Referral {CANARY}", opening=f"Details {CANARY}")
    return {"pk": str(topic.pk), "id": str(topic.pk), "slug": category.slug, "page_id": "3"}


def url_name(path: str) -> str:
    with translation.override(path.split("/")[1] if path.split("/")[1] in dict(settings.LANGUAGES) else None):
        return resolve(path).url_name or ""


# ---- the class tests ----


def test_the_walk_covers_every_app(restricted_world):
    paths = every_path(restricted_world)

    assert len(paths) > 300
    for expected in ("/admin/", "/en/forum/moderation/", "/fr/forum/c/staff-only/", "/ar/search/", "/api/search/"):
        assert expected in paths


@pytest.mark.parametrize("staff", STAFF.values(), ids=STAFF.keys())
def test_staff_without_totp_reach_no_page_but_totp_setup(client, restricted_world, staff):
    user = UserFactory(**staff)
    user.groups.add(*Category.objects.get(slug="staff-only").groups.all())
    client.force_login(user)
    client.raise_request_exception = False
    reached = []

    for path in every_path(restricted_world):
        response = client.get(path)
        assert CANARY not in response.content.decode(errors="replace"), path
        if not (response.status_code == 302 and response["Location"] == SETUP_URL):
            reached.append(url_name(path))

    assert set(reached) <= SETUP_PAGE_NAMES


def test_staff_without_totp_change_nothing_by_posting(client, restricted_world):
    """Every pattern posted to (sign-out aside) answers with TOTP setup, before any view runs."""
    client.force_login(UserFactory(roles=[Role.ADMINISTRATOR]))
    client.raise_request_exception = False
    topic = Topic.objects.get(title__contains=CANARY)

    for path in every_path(restricted_world):
        if path == "/accounts/logout/":
            continue
        response = client.post(path, {"body": f"Reply {CANARY}", "title": CANARY, "action": "hide"})
        if url_name(path) not in SETUP_PAGE_NAMES:
            assert response.status_code == 302 and response["Location"] == SETUP_URL, path

    topic.refresh_from_db()
    assert topic.posts.count() == 1
    assert (topic.is_hidden, topic.is_locked) == (False, False)


@pytest.mark.parametrize("staff", STAFF.values(), ids=STAFF.keys())
def test_staff_with_totp_are_never_sent_to_totp_setup(client, restricted_world, staff):
    user = UserFactory(**staff, totp=True)
    client.force_login(user)
    client.raise_request_exception = False
    signed_out_by = []

    for path in every_path(restricted_world):
        response = client.get(path)
        assert not (response.status_code == 302 and response["Location"].startswith(SETUP_URL)), path
        if "_auth_user_id" not in client.session:
            signed_out_by.append(path)
            client.force_login(user)

    # No GET signs out, the admin's sign-out included (it asks to confirm, tests/portal/test_admin_logout.py).
    assert not signed_out_by


def test_setup_pages_stay_open_without_totp(client):
    client.force_login(UserFactory(roles=[Role.MODERATOR]))

    assert client.get("/accounts/2fa/").status_code == 200
    assert client.get("/healthz").status_code == 200
    assert client.get("/accounts/logout/").status_code == 200
    assert client.get(SETUP_URL)["Location"].startswith("/accounts/reauthenticate/")


@pytest.mark.parametrize(
    ("staff", "path"),
    [
        ({"roles": [Role.MODERATOR]}, "/en/forum/moderation/"),
        ({"roles": [Role.ADMINISTRATOR]}, "/en/forum/moderation/"),
        ({"roles": [Role.ADMINISTRATOR]}, "/fr/forum/c/staff-only/"),
        ({"roles": [Role.TRAINER]}, "/admin/"),
        ({"roles": [Role.EDITOR]}, "/admin/snippets/portal/country/"),
    ],
    ids=[
        "moderator-queue",
        "administrator-queue",
        "administrator-restricted-category",
        "trainer-admin",
        "editor-countries",
    ],
)
def test_role_pages_open_once_totp_is_set_up(client, restricted_world, staff, path):
    without, with_totp = UserFactory(**staff), UserFactory(**staff, totp=True)
    client.force_login(without)
    assert client.get(path)["Location"] == SETUP_URL

    client.force_login(with_totp)
    response = client.get(path)

    assert response.status_code == 200


def test_course_report_csv_needs_totp(client):
    from tests.training.factories import simple_course

    course = simple_course(lessons=1)
    client.force_login(UserFactory(roles=[Role.ADMINISTRATOR]))
    assert client.get(course.report_csv_url())["Location"] == SETUP_URL

    client.force_login(UserFactory(roles=[Role.ADMINISTRATOR], totp=True))
    response = client.get(course.report_csv_url())

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
