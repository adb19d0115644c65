"""Every moderator action leaves an entry saying who did what, and why."""

from django.db import transaction
from django.utils.translation import gettext as _

from ..errors import ForumError
from ..models import ModerationLogEntry, Post, Topic
from ..permissions import check_moderator


def check_reason(reason: str) -> None:
    if not reason.strip():
        raise ForumError(_("Say why: moderators' actions are logged with their reason."), code="empty", field="reason")


def log_moderation(
    *, moderator, action: str, reason: str, topic: Topic | None, post: Post | None = None, details=None
) -> ModerationLogEntry:
    return ModerationLogEntry.objects.create(
        moderator=moderator, action=action, reason=reason.strip(), topic=topic, post=post, details=details or {}
    )


def topic_flag_set(*, moderator, topic: Topic, reason: str, field: str, value: bool, action: str) -> Topic:
    """After: the topic's boolean `field` (is_locked, is_pinned) == value, and `action` logged with the reason."""
    check_moderator(moderator)
    check_reason(reason)
    with transaction.atomic():
        setattr(topic, field, value)
        topic.save(update_fields=[field])
        log_moderation(moderator=moderator, action=action, reason=reason, topic=topic)
    return topic
