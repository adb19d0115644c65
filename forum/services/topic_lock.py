"""A moderator locks a topic (no new replies or edits) or unlocks it."""

from django.db import transaction

from ..choices import ModerationAction
from ..models import Topic
from ..permissions import check_moderator
from .moderation_log import check_reason, log_moderation


def topic_lock(*, moderator, topic: Topic, reason: str, locked: bool = True) -> Topic:
    """After: topic.is_locked == locked, the action logged."""
    check_moderator(moderator)
    check_reason(reason)
    with transaction.atomic():
        topic.is_locked = locked
        topic.save(update_fields=["is_locked"])
        action = ModerationAction.LOCK if locked else ModerationAction.UNLOCK
        log_moderation(moderator=moderator, action=action, reason=reason, topic=topic)
    return topic
