"""A moderator brings back a hidden post."""

from django.db import transaction

from ..choices import ModerationAction
from ..models import Post
from ..permissions import check_moderator
from ..search_source import record_topic_change
from .counters import topic_recount
from .moderation_log import check_reason, log_moderation
from .topic_hide import topic_restore


def post_restore(*, moderator, post: Post, reason: str) -> Post:
    """After: the post is visible again (and its topic, for an opening post), the action logged."""
    check_moderator(moderator)
    check_reason(reason)
    with transaction.atomic():
        post.is_hidden = False
        post.save(update_fields=["is_hidden"])
        if post.is_opening and post.topic.is_hidden:
            topic_restore(moderator=moderator, topic=post.topic, reason=reason)
        topic_recount(topic=post.topic)
        log_moderation(
            moderator=moderator, action=ModerationAction.RESTORE_POST, reason=reason, topic=post.topic, post=post
        )
        record_topic_change(post.topic_id)
    return post
