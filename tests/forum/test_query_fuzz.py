"""Hostile query strings on every list and feed view never answer a server error (PostgreSQL refuses NUL
bytes and out-of-range integers, so run this on PostgreSQL too).

Views come from the URL resolver; the parameters each reads are recorded while it answers a plain request,
so a filter added tomorrow is fuzzed without editing this file.
"""

import pytest

from django.utils.datastructures import MultiValueDict

from tests.guidelines.factories import guideline

from .factories import ForumTopicFactory, PostFactory
from .urlwalk import routes

pytestmark = pytest.mark.django_db

VALUES = [
    "\x00",
    "x" * 10_240,
    "9" * 10_240,
    "id__gt",
    "no-such-choice",
    "-1",
    "²",  # a digit to str.isdigit, not to int()
    "9" * 30,  # past any database integer
    "0001-01-01T00:00:00+05:00~1",  # a cursor whose time is before year 1 in UTC
    "2026-01-01T00:00:00+00:00~99999999999999999999",
]
PUBLIC_ID = 800_001  # a public topic and its opening post share it, so every id route finds something real


@pytest.fixture
def world(public_category, moderator):
    topic = ForumTopicFactory(id=PUBLIC_ID, category=public_category)
    topic.posts.all().delete()
    PostFactory(id=PUBLIC_ID, topic=topic, author=topic.author, is_opening=True, body="Opening")
    return {"moderator": moderator, "slug": public_category.slug}


def _forum_urls(world) -> list[str]:
    urls = []
    for route in routes("forum"):
        kwargs = dict.fromkeys(route.ids(), PUBLIC_ID) | dict.fromkeys(route.slugs(), world["slug"])
        if set(kwargs) == set(route.kwargs):  # unsubscribe tokens have no real value to give
            urls.append(route.urls(**kwargs)[0])
    return urls


def _other_list_urls() -> list[str]:
    """The search page and API (every route without kwargs), and a guideline's pages without kwargs."""
    urls = [route.urls()[0] for name in ("search", "search_api") for route in routes(name) if not route.kwargs]
    page = guideline()
    urls.append(page.get_parent().url)
    for pattern in type(page).get_subpage_urls():
        if not pattern.pattern.regex.groups:
            urls.append(page.url + page.reverse_subpage(pattern.name))
    return urls


def _parameters_read(client, url: str, monkeypatch) -> set[str]:
    """The query parameters `url` looks at while it answers a request without any."""
    read = set()
    with monkeypatch.context() as patch:
        for method in ("get", "getlist", "__getitem__", "__contains__"):
            original = getattr(MultiValueDict, method)

            def recording(self, key, *args, _original=original):
                if isinstance(key, str):
                    read.add(key)
                return _original(self, key, *args)

            patch.setattr(MultiValueDict, method, recording)
        client.get(url)
    return read


def _fuzz(client, urls: list[str], monkeypatch) -> dict[str, set[str]]:
    """Every parameter each url reads, with every hostile value, and as a `__` lookup: never a 500."""
    fuzzed = {}
    for url in urls:
        names = _parameters_read(client, url, monkeypatch) - {"csrfmiddlewaretoken"}
        fuzzed[url] = names
        for name in sorted(names):
            for value in VALUES:
                response = client.get(url, {name: value})
                assert response.status_code < 500, (url, name, value[:40])
            assert client.get(url, {f"{name}__gt": "1"}).status_code < 500, (url, f"{name}__gt")
        assert client.get(url, {"id__gt": "1", "pk__in": "1,2"}).status_code < 500, url
    return fuzzed


@pytest.mark.parametrize("who", ["anonymous", "moderator"])
def test_forum_lists_and_feeds_survive_hostile_query_strings(client, world, who, monkeypatch):
    if who == "moderator":
        client.force_login(world["moderator"])
    fuzzed = _fuzz(client, _forum_urls(world), monkeypatch)
    every_name = set().union(*fuzzed.values())
    assert {"kind", "country", "topic", "population", "solved", "after"} <= every_name
    if who == "moderator":
        assert {"before", "quote", "category"} <= every_name


def test_search_and_guideline_pages_survive_hostile_query_strings(client, world, monkeypatch):
    fuzzed = _fuzz(client, _other_list_urls(), monkeypatch)
    assert {"q", "country"} <= set().union(*fuzzed.values())


def test_unknown_filter_values_are_ignored(client, world):
    plain = client.get("/en/forum/")
    for query in ("?kind=poem", "?topic=%00", "?country=%00", "?population=aliens", "?solved=maybe"):
        response = client.get(f"/en/forum/{query}")
        assert response.status_code == 200
        assert response.context["page"].topics == plain.context["page"].topics


def test_bad_page_link_is_answered_with_its_reason(client, world):
    for after in ("%00", "2026-01-01T00:00:00+00:00~99999999999999999999", "0001-01-01T00:00:00+05:00~1"):
        response = client.get(f"/en/forum/?after={after}")
        assert response.status_code == 400
        assert "This page link is not valid" in response.content.decode()
