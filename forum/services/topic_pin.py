"""A moderator pins a topic at the top of its lists, or unpins it."""

from ..choices import ModerationAction
from ..models import Topic
from .moderation_log import topic_flag_set


def topic_pin(*, moderator, topic: Topic, reason: str, pinned: bool = True) -> Topic:
    """After: topic.is_pinned == pinned, the action logged."""
    action = ModerationAction.PIN if pinned else ModerationAction.UNPIN
    return topic_flag_set(
        moderator=moderator, topic=topic, reason=reason, field="is_pinned", value=pinned, action=action
    )
