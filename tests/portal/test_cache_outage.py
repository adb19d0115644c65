"""With Redis down (a closed port), every page, the admin and sign-in answer as without a cache: never a 500."""

import time

import pytest

from django.core.cache import caches
from django.test import Client

from portal import cache_backend
from portal.page_cache import POLICIES

from .page_cache_site import ROLES, restricted_urls

pytestmark = pytest.mark.django_db

CLOSED_PORT_CACHE = {
    "default": {
        "BACKEND": "portal.cache_backend.OutageTolerantRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
        "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
    }
}
ADMIN_PATHS = ["/admin/", "/admin/pages/", "/admin/users/", "/admin/forum/moderation/"]


@pytest.fixture
def site(shared_site, settings):
    settings.ELASTICSEARCH_URL = ""
    settings.CACHES = CLOSED_PORT_CACHE
    caches.close_all()
    cache_backend._down_until.clear()
    yield shared_site
    cache_backend._down_until.clear()


def _client(site, who: str) -> Client:
    client = Client(raise_request_exception=False)
    if who != "anonymous":
        client.force_login(site.members[who])
    return client


@pytest.mark.parametrize("who", ["anonymous", *ROLES])
def test_every_cached_view_answers_without_redis(site, who):
    client = _client(site, who)
    for url in [*(site.urls[name] for name in POLICIES), *restricted_urls(site)]:
        response = client.get(url)
        assert response.status_code in {200, 302, 403, 404}, f"{who}: {url} answered {response.status_code}"
    assert client.get(site.urls["guideline"]).status_code == 200


@pytest.mark.parametrize("who", ["Editor", "Moderator"])
def test_the_admin_answers_without_redis(site, who):
    client = _client(site, who)
    for path in ADMIN_PATHS:
        response = client.get(path)
        assert response.status_code < 500, f"{who}: {path} answered {response.status_code}"
    assert client.get("/admin/").status_code == 200


def test_sign_in_works_without_redis(site):
    member = site.members["Reader"]
    member.set_password("a long password for the outage")
    member.save()
    client = Client(raise_request_exception=False)

    assert client.get("/accounts/login/").status_code == 200
    response = client.post("/accounts/login/", {"login": member.email, "password": "a long password for the outage"})

    assert response.status_code == 302
    assert client.get("/en/forum/").wsgi_request.user == member


def test_after_one_failure_the_cache_is_skipped_for_a_while(site):
    cache = caches["default"]
    assert cache.get("anything") is None
    started = time.perf_counter()
    for _ in range(100):
        cache.get("anything")
    assert cache.is_down()
    assert time.perf_counter() - started < 0.5  # no connection attempt per call while it is known down
