"""Signed-in pages share their member-independent part (portal.page_cache.fragments.audience_fragment) with the
members of one audience only: same groups, same permissions. The privacy walk (test_page_cache_privacy.py)
covers every role in both orders; these tests pin the audience itself."""

import pytest

from django.contrib.auth.models import Permission
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal.page_cache.fragments import audience_fragment
from portal.roles import Role
from tests.portal.factories import UserFactory

from .page_cache_site import CANARY_CATEGORY

pytestmark = pytest.mark.django_db

FRAGMENT_URLS = ["guideline", "frozen-edition", "compare", "forum-index", "forum-category"]


@pytest.fixture
def site(shared_site, settings):
    settings.ELASTICSEARCH_URL = ""
    return shared_site


def _member(name: str) -> Client:
    client = Client()
    client.force_login(UserFactory(display_name=name, roles=[Role.READER]))
    return client


def _queries(client: Client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return len(queries), html


@pytest.mark.parametrize("url_name", FRAGMENT_URLS)
def test_a_second_member_of_the_audience_gets_the_shared_part_with_their_own_header(site, url_name):
    url = site.urls[url_name]
    first, second = _member("Farida First"), _member("Samir Second")

    first_queries, first_html = _queries(first, url)
    second_queries, second_html = _queries(second, url)

    assert second_queries < first_queries, "the second member's page did not use the shared fragment"
    assert "Farida First" in first_html and "Farida First" not in second_html
    assert "Samir Second" in second_html


def test_a_member_with_a_permission_of_their_own_never_gets_the_audience_part_of_those_without(site):
    """Moderators read every category: a Reader granted `moderate_forum` directly sees the restricted topic
    at once, though Readers without it filled the cache, and they still do not see it afterwards."""
    reader = _member("Rita Without")
    moderating = UserFactory(display_name="Mona Moderating", roles=[Role.READER])
    moderating.user_permissions.add(Permission.objects.get(codename="moderate_forum"))
    moderating_client = Client()
    moderating_client.force_login(moderating)

    for url_name in ("forum-index", "guideline"):
        url = site.urls[url_name]
        assert CANARY_CATEGORY not in reader.get(url).content.decode()
    assert CANARY_CATEGORY in moderating_client.get(site.urls["forum-index"]).content.decode()
    assert CANARY_CATEGORY not in reader.get(site.urls["forum-index"]).content.decode()


def test_a_fragment_with_a_form_token_is_never_shared(site, rf):
    request = rf.get("/en/forum/")
    request.user = UserFactory(roles=[Role.READER])
    renders = []

    def render():
        renders.append(1)
        return '<input type="hidden" name="csrfmiddlewaretoken" value="abc">'

    for _ in range(2):
        audience_fragment(request, "with-token", ["forum"], [], render=render)

    assert len(renders) == 2
