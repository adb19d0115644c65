"""A member's notification preferences: instant, digests or none for what they watch; a daily cap; bounded digests."""

from datetime import timedelta
from io import StringIO

import pytest

from django.core import mail
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from forum.models import Post, Watch
from forum.notifications import DIGEST_MAX_TOPICS, send_digests
from forum.services import post_create
from portal.notification_preferences import preferences_save

from .factories import ForumTopicFactory, MemberFactory, PostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def watcher(db):
    return MemberFactory(email="watcher@example.org", preferred_language="fr")


def _reply(topic, author):
    Post.objects.update(created_at=timezone.now() - timedelta(minutes=5))
    with TestCase.captureOnCommitCallbacks(execute=True):
        return post_create(author=author, topic=topic, body="A reply about referral", language="en")


@pytest.mark.parametrize(
    ("preference", "instant", "daily", "weekly"),
    [("", 1, 0, 0), ("instant", 1, 0, 0), ("daily", 0, 1, 0), ("weekly", 0, 0, 1), ("none", 0, 0, 0)],
)
def test_the_preference_decides_how_a_watched_topic_emails(
    public_category, practitioner, watcher, preference, instant, daily, weekly
):
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=watcher, topic=topic, email="instant")
    preferences_save(member=watcher, watched_email=preference, daily_email_cap=20)
    _reply(topic, practitioner)
    assert len(mail.outbox) == instant
    assert send_digests(period="daily") == daily
    assert send_digests(period="weekly") == weekly


def test_the_daily_cap_stops_emails_for_the_day(public_category, practitioner, watcher):
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=watcher, topic=topic)
    preferences_save(member=watcher, watched_email="instant", daily_email_cap=2)
    for _ in range(4):
        _reply(topic, practitioner)
    assert len(mail.outbox) == 2


def test_a_digest_is_bounded_and_links_to_the_rest(public_category, practitioner, watcher):
    Watch.objects.create(user=watcher, category=public_category, email="daily")
    for number in range(DIGEST_MAX_TOPICS + 15):
        topic = ForumTopicFactory(category=public_category, title=f"Topic {number} " + "x" * 150)
        PostFactory(topic=topic)
    assert send_digests(period="daily") == 1
    [message] = mail.outbox
    assert message.body.count("/forum/t/") == DIGEST_MAX_TOPICS
    assert "/fr/forum/" in message.body and "15" in message.body
    assert len(message.body.encode()) < 12_000
    assert "/forum/unsubscribe/" in message.body


def test_unsubscribe_link_of_a_digest_still_works(client, public_category, watcher):
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=watcher, topic=topic, email="weekly")
    PostFactory(topic=topic)
    send_digests(period="weekly")
    link = next(word for word in mail.outbox[0].body.split() if "/unsubscribe/" in word)
    path = link.split("://", 1)[1].split("/", 1)[1]
    client.post(f"/{path}")
    assert not Watch.objects.filter(user=watcher).exists()


def test_the_digest_command_and_task_send_the_same_digest(public_category, watcher):
    from forum.notifications import digests_send

    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=watcher, topic=topic, email="daily")
    PostFactory(topic=topic)
    call_command("forum_digest", "--period", "daily", stdout=StringIO())
    assert len(mail.outbox) == 1
    PostFactory(topic=topic)
    Watch.objects.update(last_digest_at=timezone.now() - timedelta(hours=1))
    digests_send.enqueue(period="daily")
    assert len(mail.outbox) == 2


def test_profile_saves_preferences_and_refuses_a_bad_cap(client, watcher):
    client.force_login(watcher)
    page = client.get("/accounts/profile/").content.decode()
    assert 'name="watched_email"' in page and 'name="daily_email_cap"' in page
    assert client.post("/accounts/profile/", {"watched_email": "weekly", "daily_email_cap": "5"}).status_code == 302
    assert (watcher.notification_preferences.watched_email, watcher.notification_preferences.daily_email_cap) == (
        "weekly",
        5,
    )
    for cap in ("0", "100000", "many"):
        response = client.post("/accounts/profile/", {"watched_email": "daily", "daily_email_cap": cap})
        assert response.status_code == 400
    response = client.post("/accounts/profile/", {"watched_email": "hourly", "daily_email_cap": "5"})
    assert response.status_code == 400
    watcher.notification_preferences.refresh_from_db()
    assert watcher.notification_preferences.watched_email == "weekly"
