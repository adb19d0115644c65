"""The author of a held post hears the moderator's decision by email, in their own language."""

import pytest

from django.core import mail
from django.test import TestCase
from django.utils import timezone

from forum.models import Post
from portal.models import MembershipSettings, NotificationPreferences, WatchedEmail

from .factories import MemberFactory
from .helpers import new_topic_data

pytestmark = pytest.mark.django_db

# What the author reads, per language: the subject's start for each decision.
SUBJECTS = {
    "en": {"publish": "Your post is published", "refuse": "Your post was not published"},
    "fr": {"publish": "Votre message est publié", "refuse": "Votre message n'a pas été publié"},
    "ar": {"publish": "نُشرت مشاركتك", "refuse": "لم تُنشر مشاركتك"},
}


@pytest.fixture
def hold_one(db):
    setting = MembershipSettings.load()
    setting.held_posts = 1
    setting.save()


def _held_post(client, category, *, language: str) -> Post:
    author = MemberFactory(email=f"author-{language}@example.org", display_name="Awa", preferred_language=language)
    client.force_login(author)
    client.post(
        "/en/forum/new/",
        new_topic_data(category, title="Follow-up calls", body="We call every returnee after three months."),
    )
    return Post.objects.get(topic__title="Follow-up calls", author=author)


def _decide(client, moderator, post, action: str, reason: str = "") -> None:
    client.force_login(moderator)
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post(f"/en/forum/p/{post.pk}/moderate/", {"action": action, "reason": reason})


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_author_of_a_published_post_gets_its_link_in_their_language(
    client, hold_one, moderator, public_category, language
):
    post = _held_post(client, public_category, language=language)
    _decide(client, moderator, post, "publish")
    [message] = mail.outbox
    assert message.to == [post.author.email]
    assert SUBJECTS[language]["publish"] in message.subject
    assert f"/{language}/forum/p/{post.pk}/" in message.body
    assert "List-Unsubscribe" not in message.extra_headers


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_author_of_a_refused_post_reads_the_reason_and_gets_their_text_back(
    client, hold_one, moderator, public_category, language
):
    post = _held_post(client, public_category, language=language)
    _decide(client, moderator, post, "refuse", reason="Names a survivor's village")
    [message] = mail.outbox
    assert SUBJECTS[language]["refuse"] in message.subject
    html = message.alternatives[0][0]
    for part in (message.body, html):
        assert "Names a survivor" in part
        assert "We call every returnee after three months." in part
    assert f'lang="{language}"' in html


def test_a_refusal_without_a_reason_sends_nothing(client, hold_one, moderator, public_category):
    post = _held_post(client, public_category, language="en")
    _decide(client, moderator, post, "refuse", reason="")
    assert mail.outbox == []


def test_the_decision_reaches_an_author_who_wants_no_watched_topic_emails(client, hold_one, moderator, public_category):
    post = _held_post(client, public_category, language="fr")
    NotificationPreferences.objects.create(member=post.author, watched_email=WatchedEmail.NONE)
    _decide(client, moderator, post, "publish")
    assert [message.to for message in mail.outbox] == [[post.author.email]]


def test_the_decision_respects_the_authors_daily_email_cap(client, hold_one, moderator, public_category):
    post = _held_post(client, public_category, language="en")
    NotificationPreferences.objects.create(
        member=post.author, daily_email_cap=1, emails_day=timezone.now().date(), emails_sent=1
    )
    _decide(client, moderator, post, "publish")
    assert mail.outbox == []
