"""Nothing private is ever served from the shared cache: every cached view, every role, both orders."""

import pytest

from django.test import Client

from portal.page_cache import POLICIES

from .page_cache_site import MAY_SEE, ROLES, restricted_urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(shared_site, settings):
    """These tests only read the page-cache site: it is built once for the module (tests/portal/conftest.py)."""
    settings.ELASTICSEARCH_URL = ""
    return shared_site


def _clients(site) -> dict[str, Client]:
    clients = {"anonymous": Client()}
    for role in ROLES:
        clients[role] = Client()
        clients[role].force_login(site.members[role])
    return clients


def _leaks(role: str, html: str) -> list[str]:
    return [canary for canary, allowed in MAY_SEE.items() if canary in html and role not in allowed]


def _walk_urls(site) -> list[str]:
    missing = set(POLICIES) - set(site.urls)
    assert not missing, f"no URL exercises these cache policies: {sorted(missing)}"
    return [site.urls[name] for name in POLICIES] + restricted_urls(site)


@pytest.mark.parametrize(
    "privileged_first", [True, False], ids=["privileged-then-anonymous", "anonymous-then-privileged"]
)
def test_no_role_ever_receives_a_canary_it_may_not_see(site, privileged_first):
    """Every role's responses could reach the cache before anonymous visitors ask (or after they filled it)."""
    clients = _clients(site)
    urls = _walk_urls(site)
    order = [*ROLES, "anonymous", "anonymous", "anonymous"] if privileged_first else ["anonymous"] * 3 + ROLES
    seen_by_allowed = set()
    for who in [*order, "anonymous"]:
        for url in urls:
            html = clients[who].get(url).content.decode()
            assert not _leaks(who, html), f"{who} got {_leaks(who, html)} from {url}"
            seen_by_allowed.update(canary for canary, allowed in MAY_SEE.items() if canary in html and who in allowed)
    assert seen_by_allowed == set(MAY_SEE), "each canary must be visible to a role allowed to see it"


def test_every_policy_url_is_answered_from_the_cache_for_anonymous_visitors(site):
    anonymous = Client()
    for name in POLICIES:
        url = site.urls[name]
        responses = [anonymous.get(url) for _ in range(3)]
        assert [response.status_code for response in responses] == [200, 200, 200], url
        assert responses[-1]["X-Page-Cache"] == "hit", f"{name}: {url} is not served from the cache"


@pytest.mark.parametrize("role", ROLES)
def test_signed_in_members_are_never_served_from_the_cache(site, role):
    anonymous, member = Client(), Client()
    member.force_login(site.members[role])
    for url in site.urls.values():
        for _ in range(3):
            anonymous.get(url)
        response = member.get(url)
        assert "X-Page-Cache" not in response, url
        assert "private" in response["Cache-Control"], url
