"""Changes made by moderators and members that reach rows through counters and QuerySet.update() show on the
anonymous cached pages at once, with no wait for a TTL."""

import pytest

from forum.services.post_create import post_create
from forum.services.post_restore import post_restore
from forum.services.reaction_toggle import reaction_toggle
from forum.services.topic_hide import topic_hide
from forum.services.topic_lock import topic_lock
from forum.services.topic_pin import topic_pin
from portal.page_cache import everything_changed
from tests.forum.factories import MemberFactory

from .test_page_cache_invalidation import warm

pytestmark = pytest.mark.django_db


@pytest.fixture
def change(django_capture_on_commit_callbacks):
    """Runs a change as a request would: its transaction commits (on-commit bumps included)."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


def _helpful(site):
    reply = post_create(author=MemberFactory(), topic=site.topic, body="Call the hotline first", language="en")
    return lambda: reaction_toggle(user=site.members["Reader"], post=reply), ["forum-topic"], "1 found this helpful"


def _lock(site):
    return lambda: topic_lock(moderator=site.members["Moderator"], topic=site.topic, reason="x"), [
        "forum-topic", "forum-category"], "Locked"  # fmt: skip


def _pin(site):
    return lambda: topic_pin(moderator=site.members["Moderator"], topic=site.topic, reason="x"), [
        "forum-topic", "forum-category"], "Pinned"  # fmt: skip


def _restore(site):
    return lambda: post_restore(moderator=site.members["Moderator"], post=site.hidden_post, reason="x"), [
        "forum-topic"], site.hidden_post.body  # fmt: skip


OPERATIONS = [_helpful, _lock, _pin, _restore]


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.__name__.strip("_"))
def test_operation_shows_on_the_cached_pages_at_once(operation, client, site, change):
    action, pages, shown = operation(site)
    urls = [site.urls[page] for page in pages]
    warm(client, *urls)
    assert all(shown not in client.get(url).content.decode() for url in urls)

    change(action)

    for url in urls:
        response = client.get(url)
        assert response["X-Page-Cache"] != "hit" and shown in response.content.decode(), url


def test_hiding_a_topic_takes_it_off_the_cached_lists_at_once(client, site, change):
    lists = [site.urls["forum-index"], site.urls["forum-category"], site.urls["home"], site.guideline.url]
    warm(client, *lists)

    change(lambda: topic_hide(moderator=site.members["Moderator"], topic=site.topic, reason="Personal data"))

    for url in lists:
        assert site.topic.title not in client.get(url).content.decode(), url


def test_a_bulk_load_invalidates_every_cached_page(client, site, change):
    urls = list(site.urls.values())[:-2]  # every cached HTML page (search answers have their own short TTL)
    warm(client, *urls)

    change(everything_changed)

    assert [url for url in urls if client.get(url)["X-Page-Cache"] == "hit"] == []
