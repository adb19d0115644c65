"""A country page costs the same number of queries with a little content and with a lot, for every reader."""

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from forum.choices import TopicKind
from tests.forum.factories import ForumTopicFactory

from .world import build_world, guideline_with_note, lesson_topic, tagged_course

pytestmark = pytest.mark.django_db
COUNTRY_PAGE_BUDGET = 24


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _warm(client: Client) -> None:
    """What any page reads once after a change (header fragments, site root paths), outside the count."""
    client.get("/en/countries/ML/?warm")


def _grow(world, *, times: int) -> None:
    """More of every kind of content about Guinea: guidelines with notes, courses, lessons and discussions."""
    for number in range(times):
        guideline_with_note(slug=f"more-{number}", title=f"More {number}", note=f"Guinea note {number}")
        tagged_course(title=f"Course {number}", countries=[world.guinea])
    for number in range(10 * times):
        lesson_topic(title=f"Lesson {number}", countries=[world.guinea], helpful_count=number)
        ForumTopicFactory(title=f"Question {number}", kind=TopicKind.QUESTION).countries.set([world.guinea])


@pytest.mark.parametrize("who", ["anonymous", "reader", "moderator"])
def test_country_page_queries_do_not_grow_with_content(who):
    world = build_world()
    client = Client()
    if world.readers[who] is not None:
        client.force_login(world.readers[who])
    _warm(client)
    small = _queries(client, "/en/countries/GN/?size=small")  # an address of its own: never a page-cache hit

    _grow(world, times=4)
    _warm(client)
    large = _queries(client, "/en/countries/GN/?size=large")

    assert small == large, f"{who}: {small} queries with a little content, {large} with more"
    assert large <= COUNTRY_PAGE_BUDGET
