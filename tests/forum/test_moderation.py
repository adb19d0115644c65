"""Flags, the review queue, moderator actions and their log."""

import pytest

from forum.choices import FlagStatus, ModerationAction
from forum.models import Category, Flag, ModerationLogEntry

from .factories import CategoryFactory, ForumTopicFactory, PostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def flagged_reply(public_category, reader):
    topic = ForumTopicFactory(category=public_category, title="Shelter options in Agadez")
    reply = PostFactory(topic=topic, body="Her name is X and she sleeps at the bus station.")
    Flag.objects.create(post=reply, flagged_by=reader, reason="personal_data")
    return reply


def test_reader_flags_a_post_once(client, reader, public_category):
    topic = ForumTopicFactory(category=public_category)
    post = PostFactory(topic=topic)
    client.force_login(reader)
    first = client.post(f"/en/forum/p/{post.pk}/flag/", {"reason": "abusive"}, follow=True)
    assert "moderators will review this post" in first.content.decode()
    second = client.post(f"/en/forum/p/{post.pk}/flag/", {"reason": "spam"})
    assert second.status_code == 400
    assert "You already flagged this post" in second.content.decode()
    assert Flag.objects.count() == 1


def test_flag_without_reason_is_refused(client, reader, public_category):
    post = PostFactory(topic=ForumTopicFactory(category=public_category))
    client.force_login(reader)
    response = client.post(f"/en/forum/p/{post.pk}/flag/", {"reason": ""})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Flag.objects.exists()


def test_queue_lists_flagged_posts_for_moderators_only(client, moderator, reader, flagged_reply):
    client.force_login(reader)
    assert client.get("/en/forum/moderation/").status_code == 403
    client.force_login(moderator)
    page = client.get("/en/forum/moderation/").content.decode()
    assert "Shelter options in Agadez" in page
    assert "Reveals personal or case-identifying data" in page


def test_moderator_hides_a_flagged_post_and_it_is_logged(client, moderator, flagged_reply):
    client.force_login(moderator)
    client.post(f"/en/forum/p/{flagged_reply.pk}/moderate/", {"action": "hide", "reason": "Identifies a survivor"})
    flagged_reply.refresh_from_db()
    assert flagged_reply.is_hidden
    assert Flag.objects.get().status == FlagStatus.ACTIONED
    entry = ModerationLogEntry.objects.get()
    assert (entry.moderator, entry.action, entry.reason) == (
        moderator,
        ModerationAction.HIDE_POST,
        "Identifies a survivor",
    )
    client.logout()
    assert "sleeps at the bus station" not in client.get(flagged_reply.topic.get_absolute_url()).content.decode()
    client.force_login(moderator)
    log_page = client.get("/en/forum/moderation/log/").content.decode()
    assert "Identifies a survivor" in log_page
    assert "Moussa" in log_page
    assert "Nothing waits for review." in client.get("/en/forum/moderation/").content.decode()


def test_hidden_post_leaves_the_topic_counters(moderator, flagged_reply):
    from forum.services import post_hide

    topic = flagged_reply.topic
    topic.reply_count = 1
    topic.save()
    post_hide(moderator=moderator, post=flagged_reply, reason="Personal data")
    topic.refresh_from_db()
    assert topic.reply_count == 0


def test_moderator_action_without_reason_is_refused(client, moderator, flagged_reply):
    client.force_login(moderator)
    response = client.post(f"/en/forum/p/{flagged_reply.pk}/moderate/", {"action": "hide", "reason": ""}, follow=True)
    assert "Say why" in response.content.decode()
    flagged_reply.refresh_from_db()
    assert not flagged_reply.is_hidden
    assert not ModerationLogEntry.objects.exists()


def test_restore_brings_a_post_back(client, moderator, flagged_reply):
    client.force_login(moderator)
    client.post(f"/en/forum/p/{flagged_reply.pk}/moderate/", {"action": "hide", "reason": "Check"})
    client.post(f"/en/forum/p/{flagged_reply.pk}/moderate/", {"action": "restore", "reason": "Author anonymised it"})
    flagged_reply.refresh_from_db()
    assert not flagged_reply.is_hidden
    assert list(ModerationLogEntry.objects.values_list("action", flat=True)) == ["restore_post", "hide_post"]


@pytest.mark.parametrize(
    ("action", "field", "value"), [("lock", "is_locked", True), ("pin", "is_pinned", True), ("hide", "is_hidden", True)]
)
def test_moderator_topic_actions_are_applied_and_logged(client, moderator, public_category, action, field, value):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(moderator)
    client.post(f"/en/forum/t/{topic.pk}/moderate/", {"action": action, "reason": "Routine"})
    topic.refresh_from_db()
    assert getattr(topic, field) is value
    assert ModerationLogEntry.objects.get().topic == topic


def test_moderator_moves_a_topic(client, moderator, public_category):
    topic = ForumTopicFactory(category=public_category)
    target = CategoryFactory(slug="protection", name_en="Protection")
    client.force_login(moderator)
    client.post(
        f"/en/forum/t/{topic.pk}/moderate/", {"action": "move", "category": target.pk, "reason": "Belongs there"}
    )
    topic.refresh_from_db()
    assert topic.category == target
    assert ModerationLogEntry.objects.get().details == {"from": "reintegration", "to": "protection"}


@pytest.mark.parametrize(
    ("language", "names"), [("en", "(Reintegration → Protection)"), ("fr", "(Réintégration → Protection FR)")]
)
def test_moderation_log_names_the_categories_of_a_move_in_the_readers_language(
    client, moderator, public_category, language, names
):
    public_category.name_fr = "Réintégration"
    public_category.save()
    topic = ForumTopicFactory(category=public_category)
    target = CategoryFactory(slug="protection", name_en="Protection", name_fr="Protection FR")
    client.force_login(moderator)
    client.post(f"/en/forum/t/{topic.pk}/moderate/", {"action": "move", "category": target.pk, "reason": "There"})

    log = client.get(f"/{language}/forum/moderation/log/").content.decode()

    assert names in log
    assert "reintegration →" not in log


def test_practitioner_cannot_moderate(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    assert client.post(f"/en/forum/t/{topic.pk}/moderate/", {"action": "lock", "reason": "x"}).status_code == 403
    topic.refresh_from_db()
    assert not topic.is_locked
    assert Category.objects.count() == 1


def test_hidden_topic_is_gone_for_readers(client, moderator, reader, public_category):
    topic = ForumTopicFactory(category=public_category, title="Will be hidden")
    client.force_login(moderator)
    client.post(f"/en/forum/t/{topic.pk}/moderate/", {"action": "hide", "reason": "Duplicate"})
    client.force_login(reader)
    assert client.get(topic.get_absolute_url()).status_code == 404
    assert "Will be hidden" not in client.get("/en/forum/").content.decode()
