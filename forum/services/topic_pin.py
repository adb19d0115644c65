"""A moderator pins a topic at the top of its lists, or unpins it."""

from django.db import transaction

from ..choices import ModerationAction
from ..models import Topic
from ..permissions import check_moderator
from .moderation_log import check_reason, log_moderation


def topic_pin(*, moderator, topic: Topic, reason: str, pinned: bool = True) -> Topic:
    """After: topic.is_pinned == pinned, the action logged."""
    check_moderator(moderator)
    check_reason(reason)
    with transaction.atomic():
        topic.is_pinned = pinned
        topic.save(update_fields=["is_pinned"])
        action = ModerationAction.PIN if pinned else ModerationAction.UNPIN
        log_moderation(moderator=moderator, action=action, reason=reason, topic=topic)
    return topic
