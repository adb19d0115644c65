"""A signed-in member's pages cost a bounded number of queries, and the member's groups are read once per
request however many parts of the page (roles, forum visibility, search audience) ask for them."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

# Measured on 2026-12-02 for a Practitioner; a new query on a signed-in page shows up here first.
QUERY_CEILINGS = {
    "home": 15,
    "guidelines": 15,
    "guideline": 18,
    "editions": 15,
    "frozen-edition": 19,
    "guideline-print": 13,
    "frozen-edition-print": 13,
    "compare": 17,
    "courses": 15,
    "course": 21,
    "forum-index": 12,
    "forum-category": 14,
    "forum-topic": 14,
    "countries": 6,
    "country": 18,
    "search": 10,
    "search-api": 8,
}


def _reads_member_groups(sql: str) -> bool:
    return 'FROM "auth_group" INNER JOIN "portal_user_groups"' in sql and '"auth_group"."name" IN' not in sql


def test_every_signed_in_page_type_stays_within_its_queries_and_reads_groups_once(client, site):
    assert set(QUERY_CEILINGS) == set(site.urls)
    client.force_login(site.members["Practitioner"])
    over, groups_read = {}, {}
    for name, url in site.urls.items():
        client.get(url)  # warm what is per process (content types, site root)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        if len(queries) > QUERY_CEILINGS[name]:
            over[name] = len(queries)
        groups_read[name] = sum(_reads_member_groups(query["sql"]) for query in queries.captured_queries)

    assert over == {}
    assert {name for name, count in groups_read.items() if count > 1} == set()
