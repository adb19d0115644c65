"""Emails to watchers: one per new reply (instant) and the daily or weekly digest, all sent by background tasks.

Every recipient is checked with the same visibility function as the pages: a watcher who lost access
to a category (or whose topic was hidden or moved) receives nothing about it. A member's notification
preferences (portal.models.NotificationPreferences) override each watch's choice and cap the emails a day;
a digest lists at most DIGEST_MAX_TOPICS topics, then links to the forum for the rest.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django_tasks import task

from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext

from portal.emails import absolute_url, member_email, member_language
from portal.mail import member_mail, member_mail_queue
from portal.models import WatchedEmail
from portal.notification_preferences import email_allowance_take

from .choices import WatchEmail
from .models import Post, Topic, Watch
from .selectors import can_view_topic, visible_topics
from .services.watch import unsubscribe_token

DIGEST_PERIODS = {WatchEmail.DAILY: timedelta(days=1), WatchEmail.WEEKLY: timedelta(days=7)}
DIGEST_MAX_TOPICS = 20


def watch_email(watch: Watch) -> str:
    """How this watch emails now: the member's overall preference if they set one, else the watch's own."""
    preferences = getattr(watch.user, "notification_preferences", None)
    return (preferences and preferences.watched_email) or watch.email


def _mode_is(mode: str) -> Q:
    """Watches emailing in `mode` after the member's preference (the database-side `watch_email`)."""
    as_watched = Q(user__notification_preferences__isnull=True) | Q(
        user__notification_preferences__watched_email=WatchedEmail.AS_WATCHED
    )
    return (as_watched & Q(email=mode)) | Q(user__notification_preferences__watched_email=mode)


def _unsubscribe_url(watch: Watch, language: str) -> str:
    with translation.override(language):
        return absolute_url(reverse("forum:unsubscribe", kwargs={"token": unsubscribe_token(watch)}))


def _message(*, watch: Watch, subject: str, template: str, context: dict) -> EmailMultiAlternatives:
    return member_email(
        user=watch.user,
        subject=subject,
        template=f"forum/emails/{template}",
        context={**context, "watch": watch},
        unsubscribe_url=_unsubscribe_url(watch, member_language(watch.user)),
    )


def reply_notify(*, post_id: int) -> None:
    """Queues the emails to the reply's instant watchers; called once the reply is committed."""
    reply_watchers_notify.enqueue(post_id=post_id)


@task()
def reply_watchers_notify(*, post_id: int) -> int:
    """Queues one email per instant watcher of the reply's topic or category who may read it; returns how many."""
    post = Post.objects.select_related("topic__category").filter(pk=post_id, is_hidden=False).first()
    if post is None:
        return 0
    topic = post.topic
    watches = (
        Watch.objects.filter(Q(topic=topic) | Q(category=topic.category_id))
        .filter(_mode_is(WatchEmail.INSTANT))
        .exclude(user=post.author_id)
        .select_related("user__notification_preferences")
        .order_by("user_id", "topic_id")
    )
    told = set()
    for watch in watches:
        if watch.user_id in told or not watch.user.is_active or not can_view_topic(watch.user, topic):
            continue
        told.add(watch.user_id)
        member_mail_queue(reply_email, user=watch.user, post_id=post_id, watch_id=watch.pk)
    return len(told)


@member_mail
def reply_email(*, user, post_id: int, watch_id: int) -> EmailMultiAlternatives | None:
    """The reply as it is when the email is written: none once it is hidden, unwatched or out of the member's reach."""
    from django.utils.translation import gettext as _

    post = Post.objects.select_related("topic__category", "author").filter(pk=post_id, is_hidden=False).first()
    watch = Watch.objects.filter(pk=watch_id, user=user).select_related("user__notification_preferences").first()
    if (
        post is None
        or watch is None
        or watch_email(watch) != WatchEmail.INSTANT
        or not can_view_topic(user, post.topic)
    ):
        return None
    if not email_allowance_take(member=user):
        return None
    topic = post.topic
    with translation.override(member_language(user)):
        subject = _("New reply: %(title)s") % {"title": topic.title}
    url = absolute_url(post.get_absolute_url())
    return _message(watch=watch, subject=subject, template="reply", context={"post": post, "topic": topic, "url": url})


@dataclass
class DigestTopic:
    topic: Topic
    new_posts: int
    url: str


@dataclass
class Digest:
    user: object
    watches: list[Watch] = field(default_factory=list)
    topics: dict[int, DigestTopic] = field(default_factory=dict)


def _digest_topics(watch: Watch, since: datetime) -> list[Topic]:
    """Topics with new visible posts since `since` that this watch covers and its user may read."""
    topics = visible_topics(watch.user).filter(last_posted_at__gte=since)
    topics = topics.filter(pk=watch.topic_id) if watch.topic_id else topics.filter(category_id=watch.category_id)
    return list(topics.select_related("category").order_by("-last_posted_at")[:50])


def send_digests(*, period: str, now: datetime | None = None) -> int:
    """Sends each digest watcher one email for the period, listing only what they may read; returns emails sent."""
    now = now or timezone.now()
    span = DIGEST_PERIODS[WatchEmail(period)]
    digests: dict[int, Digest] = {}
    watches = Watch.objects.filter(_mode_is(period), user__is_active=True).select_related("user")
    for watch in watches.order_by("user_id"):
        since = max(filter(None, [watch.last_digest_at, now - span]))
        digest = digests.setdefault(watch.user_id, Digest(user=watch.user))
        digest.watches.append(watch)
        for topic in _digest_topics(watch, since):
            new_posts = Post.objects.filter(topic=topic, is_hidden=False, created_at__gte=since).count()
            if new_posts:
                digest.topics[topic.pk] = DigestTopic(topic, new_posts, absolute_url(topic.get_absolute_url()))
    messages = []
    for digest in digests.values():
        if digest.topics and email_allowance_take(member=digest.user):
            messages.append(_digest_message(digest, period=period))
        Watch.objects.filter(pk__in=[watch.pk for watch in digest.watches]).update(last_digest_at=now)
    if messages:
        get_connection().send_messages(messages)
    return len(messages)


def _digest_message(digest: Digest, *, period: str) -> EmailMultiAlternatives:
    """The digest of the topics with the most recent activity, bounded: the rest is one link to the forum."""
    listed = sorted(digest.topics.values(), key=lambda item: item.topic.last_posted_at, reverse=True)
    with translation.override(member_language(digest.user)):
        subject = ngettext(
            "Forum digest: %(count)s topic with new posts",
            "Forum digest: %(count)s topics with new posts",
            len(listed),
        ) % {"count": len(listed)}
        forum_url = absolute_url(reverse("forum:index"))
        preferences_url = absolute_url(reverse("profile") + "#notifications")
    return _message(
        watch=digest.watches[0],
        subject=subject,
        template="digest",
        context={
            "digest_topics": listed[:DIGEST_MAX_TOPICS],
            "more_topics": max(0, len(listed) - DIGEST_MAX_TOPICS),
            "forum_url": forum_url,
            "preferences_url": preferences_url,
            "period": period,
        },
    )


@task()
def digests_send(*, period: str) -> int:
    """The scheduled digest: a scheduler enqueues it (or runs `forum_digest --period`) once a day or week."""
    return send_digests(period=period)
