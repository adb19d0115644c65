"""A moderator hides a post: readers no longer see it, search drops it, its open flags are closed."""

from django.db import transaction
from django.utils import timezone

from ..choices import FlagStatus, ModerationAction
from ..models import Flag, Post
from ..permissions import check_moderator
from ..search_source import record_topic_change
from .counters import topic_recount
from .moderation_log import check_reason, log_moderation
from .topic_hide import topic_hide


def post_hide(*, moderator, post: Post, reason: str) -> Post:
    """After: the post is hidden (hiding an opening post hides its topic), flags resolved, the action logged."""
    check_moderator(moderator)
    check_reason(reason)
    with transaction.atomic():
        if post.is_opening:
            topic_hide(moderator=moderator, topic=post.topic, reason=reason)
        post.is_hidden = True
        post.save(update_fields=["is_hidden"])
        Flag.objects.filter(post=post, status=FlagStatus.OPEN).update(
            status=FlagStatus.ACTIONED, resolved_at=timezone.now(), resolved_by=moderator
        )
        topic_recount(topic=post.topic)
        log_moderation(
            moderator=moderator, action=ModerationAction.HIDE_POST, reason=reason, topic=post.topic, post=post
        )
        record_topic_change(post.topic_id)
    return post
