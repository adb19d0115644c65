"""New Practitioners' first posts wait for a moderator: saved, hidden from everyone else, never lost."""

import pytest

from django.core import mail
from django.test import TestCase

from forum.models import HeldPost, ModerationLogEntry, Post, Topic, Watch
from forum.selectors import visible_topics
from portal.models import MembershipSettings
from portal.roles import Role
from tests.portal.factories import UserFactory

from .factories import ForumTopicFactory, MemberFactory
from .helpers import new_topic_data, reply_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def hold_two(db):
    setting = MembershipSettings.load()
    setting.held_posts = 2
    setting.save()


@pytest.fixture
def newcomer(db):
    return MemberFactory(email="newcomer@example.org", display_name="Newcomer")


def test_a_new_practitioners_topic_waits_hidden_and_the_author_is_told(client, hold_two, newcomer, public_category):
    client.force_login(newcomer)
    response = client.post("/en/forum/new/", new_topic_data(public_category, title="Follow-up calls"), follow=True)
    page = response.content.decode()
    assert "awaits a moderator&#x27;s review" in page
    topic = Topic.objects.get(title="Follow-up calls")
    assert topic.is_hidden and topic.posts.get().is_hidden
    assert HeldPost.objects.waiting().get().post.topic == topic
    assert not visible_topics(MemberFactory()).filter(pk=topic.pk).exists()


def test_a_held_reply_is_not_counted_nor_sent_to_watchers(client, hold_two, newcomer, public_category):
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=MemberFactory(email="watcher@example.org"), topic=topic)
    client.force_login(newcomer)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="Home visits at six months"))
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.reply_count == 0
    assert mail.outbox == []
    assert "Home visits at six months" not in client.get(f"/en/forum/t/{topic.pk}/").content.decode()
    assert Post.objects.get(body="Home visits at six months").is_hidden


def test_the_moderator_queue_shows_held_posts_and_publishing_tells_watchers(
    client, hold_two, newcomer, moderator, public_category
):
    topic = ForumTopicFactory(category=public_category)
    Watch.objects.create(user=MemberFactory(email="watcher@example.org"), topic=topic)
    client.force_login(newcomer)
    client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="Home visits at six months"))
    post = Post.objects.get(body="Home visits at six months")
    client.force_login(moderator)
    queue = client.get("/en/forum/moderation/").content.decode()
    assert "Home visits at six months" in queue and f'id="held-{post.pk}"' in queue
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/en/forum/p/{post.pk}/moderate/", {"action": "publish", "reason": ""})
    post.refresh_from_db()
    topic.refresh_from_db()
    assert not post.is_hidden and topic.reply_count == 1
    assert sorted(message.to for message in mail.outbox) == [["newcomer@example.org"], ["watcher@example.org"]]
    assert ModerationLogEntry.objects.get().action == "publish_held"
    assert f'id="held-{post.pk}"' not in client.get("/en/forum/moderation/").content.decode()


def test_publishing_a_held_topic_shows_it(client, hold_two, newcomer, moderator, public_category):
    client.force_login(newcomer)
    client.post("/en/forum/new/", new_topic_data(public_category, title="Follow-up calls"))
    topic = Topic.objects.get(title="Follow-up calls")
    client.force_login(moderator)
    client.post(f"/en/forum/p/{topic.posts.get().pk}/moderate/", {"action": "publish"})
    assert visible_topics(MemberFactory()).filter(pk=topic.pk).exists()


def test_refusing_needs_a_reason_and_keeps_the_post_hidden(client, hold_two, newcomer, moderator, public_category):
    client.force_login(newcomer)
    client.post("/en/forum/new/", new_topic_data(public_category, title="Follow-up calls"))
    post = Post.objects.get(topic__title="Follow-up calls")
    client.force_login(moderator)
    client.post(f"/en/forum/p/{post.pk}/moderate/", {"action": "refuse", "reason": ""})
    assert HeldPost.objects.waiting().count() == 1
    client.post(f"/en/forum/p/{post.pk}/moderate/", {"action": "refuse", "reason": "Names a survivor"})
    post.refresh_from_db()
    assert post.is_hidden and HeldPost.objects.waiting().count() == 0
    assert ModerationLogEntry.objects.get().reason == "Names a survivor"


def test_only_the_first_posts_are_held(client, hold_two, newcomer, moderator, public_category):
    client.force_login(newcomer)
    for title in ("First", "Second"):
        client.post("/en/forum/new/", new_topic_data(public_category, title=title))
        Post.objects.update(created_at=Post.objects.first().created_at.replace(year=2020))
    for held in HeldPost.objects.waiting():
        client.force_login(moderator)
        client.post(f"/en/forum/p/{held.post_id}/moderate/", {"action": "publish"})
    client.force_login(newcomer)
    client.post("/en/forum/new/", new_topic_data(public_category, title="Third"))
    assert not Topic.objects.get(title="Third").is_hidden


@pytest.mark.parametrize("role", [Role.TRAINER, Role.EDITOR, Role.MODERATOR, Role.ADMINISTRATOR])
def test_staff_posts_are_never_held(client, hold_two, public_category, role):
    client.force_login(UserFactory(roles=[role], totp=True))
    client.post("/en/forum/new/", new_topic_data(public_category, title="Staff topic"))
    assert not Topic.objects.get(title="Staff topic").is_hidden


def test_posting_without_review_is_a_permission_of_the_staff_roles_only():
    staff = [UserFactory(roles=[role]) for role in (Role.TRAINER, Role.EDITOR, Role.MODERATOR, Role.ADMINISTRATOR)]

    assert all(user.has_perm("forum.post_without_review") for user in staff)
    assert not UserFactory(roles=[Role.PRACTITIONER]).has_perm("forum.post_without_review")


def test_nothing_is_held_when_the_setting_is_zero(client, newcomer, public_category):
    client.force_login(newcomer)
    client.post("/en/forum/new/", new_topic_data(public_category, title="Straight away"))
    assert not Topic.objects.get(title="Straight away").is_hidden
    assert HeldPost.objects.count() == 0


@pytest.mark.parametrize("role", [Role.READER, Role.PRACTITIONER])
def test_only_moderators_publish_held_posts(client, hold_two, newcomer, public_category, role):
    client.force_login(newcomer)
    client.post("/en/forum/new/", new_topic_data(public_category, title="Follow-up calls"))
    post = Post.objects.get(topic__title="Follow-up calls")
    client.force_login(MemberFactory(roles=[role]))
    assert client.post(f"/en/forum/p/{post.pk}/moderate/", {"action": "publish"}).status_code == 403
    post.refresh_from_db()
    assert post.is_hidden
