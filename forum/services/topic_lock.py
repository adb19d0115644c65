"""A moderator locks a topic (no new replies or edits) or unlocks it."""

from ..choices import ModerationAction
from ..models import Topic
from .moderation_log import topic_flag_set


def topic_lock(*, moderator, topic: Topic, reason: str, locked: bool = True) -> Topic:
    """After: topic.is_locked == locked, the action logged."""
    action = ModerationAction.LOCK if locked else ModerationAction.UNLOCK
    return topic_flag_set(
        moderator=moderator, topic=topic, reason=reason, field="is_locked", value=locked, action=action
    )
