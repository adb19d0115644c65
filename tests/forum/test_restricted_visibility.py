"""A restricted category stays restricted on every surface: a canary string must appear nowhere for outsiders."""

from datetime import timedelta

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.utils import timezone

from forum.choices import WatchEmail
from forum.models import Attachment, Post, Watch
from forum.notifications import send_digests
from forum.search_source import ForumTopicSource
from forum.selectors import discussions_about_section
from forum.services import post_create
from forum.services.posting import attachment_save
from forum.uploads import upload_clean, upload_receive

from .conftest import CANARY
from .factories import ForumTopicFactory, MemberFactory, PostFactory

pytestmark = pytest.mark.django_db

LIST_URLS = [
    "/en/forum/",
    "/en/forum/?kind=discussion",
    "/en/forum/feeds/latest/",
    "/en/forum/feeds/latest/?country=GN",
    "/en/forum/c/verified-caseworkers/",
    "/en/forum/feeds/c/verified-caseworkers/",
]


@pytest.fixture
def outsider(db):
    return MemberFactory(email="outsider@example.org", display_name="Outsider")


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_canary_absent_from_lists_and_feeds(client, canary_topic, public_category, outsider, who):
    if who == "outsider":
        client.force_login(outsider)
    for url in LIST_URLS:
        response = client.get(url)
        assert CANARY not in response.content.decode(), url


def test_restricted_category_page_and_feed_are_not_found_for_outsiders(client, canary_topic, outsider):
    client.force_login(outsider)
    assert client.get("/en/forum/c/verified-caseworkers/").status_code == 404
    assert client.get("/en/forum/feeds/c/verified-caseworkers/").status_code == 404


def test_restricted_topic_page_and_its_actions_are_not_found_for_outsiders(client, canary_topic, outsider):
    post = canary_topic.posts.get()
    client.force_login(outsider)
    for url in [
        f"/en/forum/t/{canary_topic.pk}/",
        f"/en/forum/t/{canary_topic.pk}/reply/",
        f"/en/forum/p/{post.pk}/",
        f"/en/forum/p/{post.pk}/history/",
        f"/en/forum/p/{post.pk}/flag/",
        f"/en/forum/p/{post.pk}/edit/",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert CANARY not in response.content.decode()
    assert client.post(f"/en/forum/p/{post.pk}/helpful/").status_code == 404


def test_insider_reads_the_restricted_topic(client, canary_topic, insider):
    client.force_login(insider)
    assert CANARY in client.get(f"/en/forum/t/{canary_topic.pk}/").content.decode()
    assert CANARY in client.get("/en/forum/").content.decode()


def test_restricted_feed_never_lists_the_canary_even_for_insiders(client, canary_topic, insider):
    client.force_login(insider)
    assert CANARY not in client.get("/en/forum/feeds/latest/").content.decode()
    assert client.get("/en/forum/feeds/c/verified-caseworkers/").status_code == 404


def test_restricted_attachment_is_not_served_to_outsiders(client, canary_topic, insider, outsider):
    upload = upload_clean(upload_receive(SimpleUploadedFile("canary.txt", CANARY.encode(), content_type="text/plain")))
    attachment = attachment_save(post=canary_topic.posts.get(), upload=upload)
    client.force_login(outsider)
    assert client.get(attachment.get_absolute_url()).status_code == 404
    client.logout()
    assert client.get(attachment.get_absolute_url()).status_code == 404
    client.force_login(insider)
    response = client.get(attachment.get_absolute_url())
    assert CANARY.encode() in b"".join(response.streaming_content)
    assert Attachment.objects.count() == 1


def test_reply_notifications_only_reach_watchers_who_may_read(canary_topic, insider, outsider):
    other_insider = MemberFactory(email="insider2@example.org")
    other_insider.groups.add(*insider.groups.all())
    Watch.objects.create(user=other_insider, category=canary_topic.category)
    Watch.objects.create(user=outsider, category=canary_topic.category)  # lost access since
    with_canary = f"Follow-up {CANARY}"
    Post.objects.update(created_at=timezone.now() - timedelta(minutes=5))

    with TestCase.captureOnCommitCallbacks(execute=True):
        post_create(author=insider, topic=canary_topic, body=with_canary, language="en")
    recipients = [message.to for message in mail.outbox]
    assert recipients == [["insider2@example.org"]]
    assert all(CANARY not in message.body for message in mail.outbox if "outsider" in message.to[0])


def test_digest_only_lists_entitled_content(canary_topic, public_category, outsider, insider):
    public_topic = ForumTopicFactory(category=public_category, title="Public topic about returnees")
    PostFactory(topic=public_topic)
    PostFactory(topic=canary_topic, body=f"Reply {CANARY}")
    Watch.objects.create(user=outsider, category=canary_topic.category, email=WatchEmail.DAILY)
    Watch.objects.create(user=outsider, category=public_category, email=WatchEmail.DAILY)
    Watch.objects.create(user=insider, category=canary_topic.category, email=WatchEmail.DAILY)
    send_digests(period="daily")
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert CANARY not in by_recipient["outsider@example.org"].body
    assert "Public topic about returnees" in by_recipient["outsider@example.org"].body
    assert CANARY in by_recipient["insider@example.org"].body


def test_search_source_marks_restricted_topics_for_their_groups(canary_topic, public_category):
    public_topic = ForumTopicFactory(category=public_category)
    PostFactory(topic=canary_topic, body=f"Helpful {CANARY}", helpful_count=4)
    documents = ForumTopicSource().documents_for([str(canary_topic.pk), str(public_topic.pk)])
    restricted_topic, restricted_reply = documents[str(canary_topic.pk)]
    for restricted in (restricted_topic, restricted_reply):
        assert restricted.visibility == "groups"
        assert restricted.groups == ["Verified caseworkers"]
    assert documents[str(public_topic.pk)][0].visibility == "public"
    public_texts = [doc.title + doc.text for doc in documents[str(public_topic.pk)]]
    assert all(CANARY not in text for text in public_texts)


def test_section_discussions_hide_restricted_topics_from_anonymous_readers(canary_topic, public_category):
    PostFactory(topic=canary_topic, body=f"[[case-management-guideline#sec-4-3]] {CANARY}")
    from forum.services.posting import citations_save

    for post in canary_topic.posts.all():
        citations_save(post=post)

    class GuidelinePage:
        slug = "case-management-guideline"

    assert discussions_about_section(GuidelinePage(), "sec-4-3") == []
