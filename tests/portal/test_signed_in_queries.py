"""A signed-in member's pages cost a bounded number of queries, as every role: the member's groups are read once
per request however many parts of the page (roles, forum visibility, search audience) ask for them, and their
permissions (the header's Admin link, moderation) come from the shared cache, not the permission tables."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .page_cache_site import ROLES

pytestmark = pytest.mark.django_db

# Measured on 2026-12-02 for a Reader and a Practitioner; a new query on a signed-in page shows up here first.
QUERY_CEILINGS = {
    "home": 13,
    "guidelines": 13,
    "guideline": 16,
    "editions": 13,
    "frozen-edition": 17,
    "guideline-print": 13,
    "frozen-edition-print": 13,
    "compare": 15,
    "courses": 13,
    "course": 19,
    "forum-index": 10,
    "forum-category": 12,
    "forum-topic": 12,
    "countries": 4,
    "country": 18,
    "search": 8,
    "search-api": 8,
}
# Staff roles also pass the second-factor check and get Wagtail's user bar (their profile, page permissions and
# workflow state for the page shown).
STAFF_EXTRA_QUERIES = {"Reader": 0, "Practitioner": 0, "Editor": 6, "Moderator": 6}


@pytest.fixture
def site(shared_site, settings):
    settings.ELASTICSEARCH_URL = ""
    return shared_site


def _reads_member_groups(sql: str) -> bool:
    return 'FROM "auth_group" INNER JOIN "portal_user_groups"' in sql and '"auth_group"."name" IN' not in sql


def _reads_permissions(sql: str) -> bool:
    """Django's ModelBackend, asked for a member's own or their groups' permissions."""
    return 'INNER JOIN "auth_group_permissions"' in sql or 'INNER JOIN "portal_user_user_permissions"' in sql


@pytest.mark.parametrize("role", ROLES)
def test_every_signed_in_page_type_stays_within_its_queries_as_every_role(client, site, role):
    assert set(QUERY_CEILINGS) == set(site.urls)
    client.force_login(site.members[role])
    over, groups_read, permissions_read = {}, {}, set()
    for name, url in site.urls.items():
        client.get(url)  # warm what is per process or shared (content types, site root, permission sets)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        if len(queries) > QUERY_CEILINGS[name] + STAFF_EXTRA_QUERIES[role]:
            over[name] = len(queries)
        sqls = [query["sql"] for query in queries.captured_queries]
        groups_read[name] = sum(map(_reads_member_groups, sqls))
        if any(map(_reads_permissions, sqls)):
            permissions_read.add(name)

    assert over == {}
    assert {name for name, count in groups_read.items() if count > 1} == set()
    assert permissions_read == set()
