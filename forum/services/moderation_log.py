"""Every moderator action leaves an entry saying who did what, and why."""

from django.utils.translation import gettext as _

from ..errors import ForumError
from ..models import ModerationLogEntry, Post, Topic


def check_reason(reason: str) -> None:
    if not reason.strip():
        raise ForumError(_("Say why: moderators' actions are logged with their reason."), code="empty", field="reason")


def log_moderation(
    *, moderator, action: str, reason: str, topic: Topic | None, post: Post | None = None, details=None
) -> ModerationLogEntry:
    return ModerationLogEntry.objects.create(
        moderator=moderator, action=action, reason=reason.strip(), topic=topic, post=post, details=details or {}
    )
