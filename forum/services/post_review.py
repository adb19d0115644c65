"""Held posts: a new Practitioner's first posts wait for a moderator, who publishes or refuses them.

How many are held is the Administrators' `MembershipSettings.held_posts` (0 holds none). Staff and anyone
with that many published posts post at once.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import MembershipSettings

from ..choices import ModerationAction
from ..errors import ForumError
from ..held_post_emails import held_post_decision_queue
from ..models import HeldPost, Post
from ..notifications import reply_notify
from ..permissions import check_moderator
from ..search_source import record_topic_change
from .counters import topic_recount
from .moderation_log import check_reason, log_moderation


def post_needs_review(*, author) -> bool:
    """True while an author without forum.post_without_review (staff roles hold it) has fewer published posts
    than the held-posts setting."""
    held = MembershipSettings.load().held_posts
    if not held or author.has_perm("forum.post_without_review"):
        return False
    return Post.objects.filter(author=author, is_hidden=False).count() < held


def post_hold(*, post: Post) -> HeldPost:
    """Inside the post's transaction, on a post saved hidden: it now waits in the moderators' queue."""
    return HeldPost.objects.create(post=post)


def _reviewed(*, moderator, post: Post) -> HeldPost:
    check_moderator(moderator)
    held = HeldPost.objects.select_for_update().filter(post=post, reviewed_at__isnull=True).first()
    if held is None:
        raise ForumError(_("This post is not waiting for review."), code="not_held")
    held.reviewed_at = timezone.now()
    held.reviewed_by = moderator
    return held


def held_post_publish(*, moderator, post: Post, reason: str = "") -> Post:
    """After: the post (and its topic, for an opening post) is visible, counted, indexed; watchers and author are told."""
    with transaction.atomic():
        held = _reviewed(moderator=moderator, post=post)
        held.published = True
        held.save(update_fields=["reviewed_at", "reviewed_by", "published"])
        held_post_decision_queue(held=held)
        Post.objects.filter(pk=post.pk).update(is_hidden=False)
        post.is_hidden = False
        topic = post.topic
        if post.is_opening and topic.is_hidden:
            topic.is_hidden = False
            topic.save(update_fields=["is_hidden"])
        topic_recount(topic=topic)
        log_moderation(
            moderator=moderator,
            action=ModerationAction.PUBLISH_HELD,
            reason=reason.strip() or "—",
            topic=topic,
            post=post,
        )
        record_topic_change(topic.pk)
        if not post.is_opening:
            transaction.on_commit(lambda: _notify_watchers(post.pk))
    return post


def held_post_refuse(*, moderator, post: Post, reason: str) -> Post:
    """After: the post stays hidden for good (kept, with the reason in the log); the author gets the reason by email."""
    check_reason(reason)
    with transaction.atomic():
        held = _reviewed(moderator=moderator, post=post)
        held.save(update_fields=["reviewed_at", "reviewed_by"])
        held_post_decision_queue(held=held)
        log_moderation(
            moderator=moderator, action=ModerationAction.REFUSE_HELD, reason=reason, topic=post.topic, post=post
        )
    return post


def _notify_watchers(post_id: int) -> None:
    reply_notify(post_id=post_id)
