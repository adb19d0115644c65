"""Watching: reply emails, digests, and unsubscribing from a signed link without signing in."""

from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import call_command
from django.test import Client, TestCase
from django.utils import timezone

from forum.choices import WatchEmail
from forum.models import Post, Watch
from forum.services import post_create, post_hide

from .factories import ForumTopicFactory, MemberFactory, PostFactory

pytestmark = pytest.mark.django_db


def _reply(topic, author, body="A new reply about referral"):
    Post.objects.update(created_at=timezone.now() - timedelta(minutes=5))
    with TestCase.captureOnCommitCallbacks(execute=True):
        return post_create(author=author, topic=topic, body=body, language="en")


def test_topic_watcher_gets_an_email_with_an_unsubscribe_link(public_category, practitioner):
    watcher = MemberFactory(email="watcher@example.org")
    topic = ForumTopicFactory(category=public_category, title="Family tracing in Mali")
    Watch.objects.create(user=watcher, topic=topic)
    _reply(topic, practitioner)
    [message] = mail.outbox
    assert message.to == ["watcher@example.org"]
    assert "Family tracing in Mali" in message.subject
    assert "A new reply about referral" in message.body
    assert "/forum/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_author_is_not_emailed_about_their_own_reply(public_category, practitioner):
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=practitioner, topic=topic)
    _reply(topic, practitioner)
    assert mail.outbox == []


def test_watcher_of_topic_and_category_gets_one_email(public_category, practitioner):
    watcher = MemberFactory(email="watcher@example.org")
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=watcher, topic=topic)
    Watch.objects.create(user=watcher, category=public_category)
    _reply(topic, practitioner)
    assert len(mail.outbox) == 1


def test_unsubscribe_link_works_without_login(client, public_category, practitioner):
    watcher = MemberFactory(email="watcher@example.org")
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=watcher, topic=topic)
    _reply(topic, practitioner)
    link = next(word for word in mail.outbox[0].body.split() if "/unsubscribe/" in word)
    path = link.split("://", 1)[1].split("/", 1)[1]
    assert "Stop emails about the topic" in client.get(f"/{path}").content.decode()
    assert Watch.objects.exists()
    response = client.post(f"/{path}")
    assert "you will no longer receive these emails" in response.content.decode()
    assert not Watch.objects.exists()


def test_mail_clients_one_click_unsubscribe_needs_no_form(public_category, practitioner):
    watcher = MemberFactory(email="watcher@example.org")
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=watcher, topic=topic)
    _reply(topic, practitioner)
    link = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    mail_client = Client(enforce_csrf_checks=True)

    response = mail_client.post("/" + link.split("://", 1)[1].split("/", 1)[1], {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert not Watch.objects.exists()


def test_forged_unsubscribe_link_is_refused(client, public_category):
    watcher = MemberFactory(email="watcher@example.org")
    Watch.objects.create(user=watcher, category=public_category)
    response = client.post("/en/forum/unsubscribe/forged-token/")
    assert response.status_code == 400
    assert "not valid" in response.content.decode()
    assert Watch.objects.exists()


def test_watch_button_creates_a_digest_watch(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    client.post(f"/en/forum/t/{topic.pk}/watch/", {"email": "weekly"})
    assert Watch.objects.get(user=practitioner).email == WatchEmail.WEEKLY
    client.post(f"/en/forum/t/{topic.pk}/watch/", {"email": "off"})
    assert not Watch.objects.exists()


def test_daily_digest_command_lists_new_posts_once(public_category):
    watcher = MemberFactory(email="digest@example.org")
    topic = ForumTopicFactory(category=public_category, title="Psychosocial first aid at the border")
    PostFactory(topic=topic)
    Watch.objects.create(user=watcher, category=public_category, email=WatchEmail.DAILY)
    call_command("forum_digest", "--period", "daily")
    [message] = mail.outbox
    assert "Psychosocial first aid at the border" in message.body
    call_command("forum_digest", "--period", "daily")
    assert len(mail.outbox) == 1


def test_digest_skips_hidden_posts_and_topics(public_category, moderator):
    watcher = MemberFactory(email="digest@example.org")
    topic = ForumTopicFactory(category=public_category, title="Hidden before the digest")
    post_hide(moderator=moderator, post=topic.posts.get(), reason="Personal data")
    Watch.objects.create(user=watcher, category=public_category, email=WatchEmail.DAILY)
    call_command("forum_digest", "--period", "daily")
    assert mail.outbox == []
