"""A moderator hides or restores a whole topic."""

from django.db import transaction

from ..choices import ModerationAction
from ..models import Topic
from ..permissions import check_moderator
from ..search_source import record_topic_change
from .moderation_log import check_reason, log_moderation


def _set_hidden(*, moderator, topic: Topic, reason: str, hidden: bool, action: str) -> Topic:
    check_moderator(moderator)
    check_reason(reason)
    with transaction.atomic():
        topic.is_hidden = hidden
        topic.save(update_fields=["is_hidden"])
        log_moderation(moderator=moderator, action=action, reason=reason, topic=topic)
        record_topic_change(topic.pk)
    return topic


def topic_hide(*, moderator, topic: Topic, reason: str) -> Topic:
    """After: only moderators see the topic; search drops it."""
    return _set_hidden(moderator=moderator, topic=topic, reason=reason, hidden=True, action=ModerationAction.HIDE_TOPIC)


def topic_restore(*, moderator, topic: Topic, reason: str) -> Topic:
    """After: the topic is visible again to its category's readers."""
    return _set_hidden(
        moderator=moderator, topic=topic, reason=reason, hidden=False, action=ModerationAction.RESTORE_TOPIC
    )
