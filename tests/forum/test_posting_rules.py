"""Posting: who may post, the limits, a double submit, and a refused post coming back intact."""

from datetime import timedelta

import pytest

from django.utils import timezone

from forum.models import Post, Topic
from portal.roles import Role

from .factories import ForumTopicFactory, MemberFactory, PostFactory
from .helpers import new_topic_data, reply_data

pytestmark = pytest.mark.django_db


def test_practitioner_new_topic_is_published(client, practitioner, public_category):
    client.force_login(practitioner)
    response = client.post("/en/forum/new/", new_topic_data(public_category), follow=True)
    topic = Topic.objects.get()
    assert response.redirect_chain[-1][0] == topic.get_absolute_url()
    assert "We call every returnee" in response.content.decode()
    assert topic.posts.get().is_opening


def test_reader_cannot_start_a_topic(client, reader, public_category):
    client.force_login(reader)
    response = client.post("/en/forum/new/", new_topic_data(public_category))
    assert response.status_code == 403
    assert "Your role can read and react, but not start topics." in response.content.decode()
    assert not Topic.objects.exists()


def test_reader_cannot_reply_but_sees_why(client, reader, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(reader)
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="My reply text stays"))
    assert response.status_code == 403
    page = response.content.decode()
    assert "not reply" in page
    assert "My reply text stays" in page
    assert Post.objects.count() == 1


def test_unverified_member_is_asked_to_verify_before_posting(client, public_category):
    member = MemberFactory(email="new@example.org", verified=False)
    client.force_login(member)
    response = client.post("/en/forum/new/", new_topic_data(public_category))
    assert response.status_code == 403
    assert "Verify your email address" in response.content.decode()
    assert not Topic.objects.exists()


def test_empty_reply_comes_back_with_a_message(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="   "))
    assert response.status_code == 400
    assert "Write something before sending." in response.content.decode()
    assert Post.objects.count() == 1


def test_oversized_reply_comes_back_intact(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    body = "Long field notes. " * 1200
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body=body))
    assert response.status_code == 400
    assert "The text is too long" in response.content.decode()
    assert body.strip()[:200] in response.content.decode()
    assert Post.objects.count() == 1


def test_double_submit_creates_one_reply(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    data = reply_data()
    first = client.post(f"/en/forum/t/{topic.pk}/reply/", data)
    second = client.post(f"/en/forum/t/{topic.pk}/reply/", data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Post.objects.filter(is_opening=False).count() == 1
    topic.refresh_from_db()
    assert topic.reply_count == 1


def test_double_submit_creates_one_topic(client, practitioner, public_category):
    client.force_login(practitioner)
    data = new_topic_data(public_category)
    client.post("/en/forum/new/", data)
    client.post("/en/forum/new/", data)
    assert Topic.objects.count() == 1


def test_second_reply_within_ten_seconds_is_refused_with_text_kept(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data())
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="A second thought, kept"))
    assert response.status_code == 429
    page = response.content.decode()
    assert "You are posting too quickly" in page
    assert "A second thought, kept" in page
    assert Post.objects.filter(is_opening=False).count() == 1


def test_reply_after_ten_seconds_is_accepted(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    PostFactory(topic=topic, author=practitioner)
    Post.objects.update(created_at=timezone.now() - timedelta(seconds=11))
    client.force_login(practitioner)
    assert client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data()).status_code == 302


def test_account_younger_than_a_day_waits_twenty_seconds_and_is_told_why(client, public_category):
    newcomer = MemberFactory(email="newcomer@example.org", date_joined=timezone.now() - timedelta(hours=2))
    topic = ForumTopicFactory(category=public_category)
    PostFactory(topic=topic, author=newcomer)
    Post.objects.filter(author=newcomer).update(created_at=timezone.now() - timedelta(seconds=12))
    client.force_login(newcomer)
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data())
    assert response.status_code == 429
    page = response.content.decode()
    assert "You are posting too quickly. Please wait 8 seconds" in page or "Please wait 9 seconds" in page
    assert "During their first day, new members can post every 20 seconds, up to 10 posts an hour." in page


def _age_posts(author, *seconds_ago):
    for post, seconds in zip(Post.objects.filter(author=author).order_by("pk"), seconds_ago, strict=True):
        Post.objects.filter(pk=post.pk).update(created_at=timezone.now() - timedelta(seconds=seconds))


def test_new_member_first_session_topic_edit_and_reply_all_go_through(client, public_category):
    """The session the issue saw refused: a topic, an edit of it and a reply, about twenty seconds apart."""
    newcomer = MemberFactory(email="first-day@example.org", date_joined=timezone.now() - timedelta(minutes=10))
    other = ForumTopicFactory(category=public_category)
    client.force_login(newcomer)

    assert client.post("/en/forum/new/", new_topic_data(public_category)).status_code == 302
    opening = Post.objects.get(author=newcomer)
    _age_posts(newcomer, 25)
    edited = client.post(f"/en/forum/p/{opening.pk}/edit/", {"body": "My question, with the country added."})
    reply = client.post(f"/en/forum/t/{other.pk}/reply/", reply_data())

    assert edited.status_code == 302 and reply.status_code == 302
    assert Post.objects.filter(author=newcomer).count() == 2


def test_new_member_is_held_to_ten_posts_an_hour(client, public_category):
    newcomer = MemberFactory(email="eager@example.org", date_joined=timezone.now() - timedelta(hours=1))
    topic = ForumTopicFactory(category=public_category)
    for _ in range(10):
        PostFactory(topic=topic, author=newcomer)
    _age_posts(newcomer, *[3000 - 60 * index for index in range(10)])  # all in the last hour, the latest 41 min ago
    client.force_login(newcomer)

    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="Kept text"))

    assert response.status_code == 429
    page = response.content.decode()
    assert "up to 10 posts an hour" in page and "Kept text" in page


def test_reply_to_locked_topic_is_refused(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category, is_locked=True)
    client.force_login(practitioner)
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="Still my words"))
    assert response.status_code == 403
    assert "This topic is locked" in response.content.decode()
    assert "Still my words" in response.content.decode()
    assert Post.objects.count() == 1


def test_posting_in_restricted_category_without_group_is_refused(
    client, practitioner, public_category, restricted_category
):
    client.force_login(practitioner)
    response = client.post("/en/forum/new/", new_topic_data(restricted_category, title="Should not exist"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "You cannot post in this category" in page
    assert "Should not exist" in page
    assert not Topic.objects.exists()


def test_lesson_learned_needs_what_was_done_and_recommendation(client, practitioner, public_category):
    client.force_login(practitioner)
    data = new_topic_data(public_category, kind="lesson", body="", context="Returns from Libya to Guinea")
    response = client.post("/en/forum/new/", data)
    assert response.status_code == 400
    assert "A lesson learned needs at least what was done and a recommendation." in response.content.decode()
    assert "Returns from Libya to Guinea" in response.content.decode()
    assert not Topic.objects.exists()


def test_lesson_learned_shows_its_structured_sections(client, practitioner, public_category):
    client.force_login(practitioner)
    data = new_topic_data(
        public_category,
        kind="lesson",
        body="",
        context="Returns from Libya to Guinea",
        what_was_done="Peer groups of returnees met monthly.",
        what_worked="Peers kept people engaged.",
        what_did_not_work="Meetings far from villages.",
        recommendation="Hold meetings in the prefecture towns.",
    )
    response = client.post("/en/forum/new/", data, follow=True)
    page = response.content.decode()
    for text in ["What was done", "Peer groups of returnees met monthly.", "Recommendation", "prefecture towns"]:
        assert text in page


def test_post_language_defaults_to_the_interface_language(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    page = client.get(f"/fr/forum/t/{topic.pk}/reply/").content.decode()
    assert '<option value="fr" selected>' in page


def test_moderator_role_may_reply_to_locked_topic(client, public_category):
    moderator = MemberFactory(email="mod2@example.org", roles=[Role.MODERATOR], totp=True)
    topic = ForumTopicFactory(category=public_category, is_locked=True)
    client.force_login(moderator)
    assert client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data()).status_code == 302
