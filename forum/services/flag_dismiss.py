"""A moderator reviews a flagged post and leaves it visible."""

from django.db import transaction
from django.utils import timezone

from ..choices import FlagStatus, ModerationAction
from ..models import Flag, Post
from ..permissions import check_moderator
from .moderation_log import check_reason, log_moderation


def flags_dismiss(*, moderator, post: Post, reason: str) -> int:
    """After: the post's open flags are dismissed and the decision logged; returns how many."""
    check_moderator(moderator)
    check_reason(reason)
    with transaction.atomic():
        count = Flag.objects.filter(post=post, status=FlagStatus.OPEN).update(
            status=FlagStatus.DISMISSED, resolved_at=timezone.now(), resolved_by=moderator
        )
        log_moderation(
            moderator=moderator,
            action=ModerationAction.DISMISS_FLAGS,
            reason=reason,
            topic=post.topic,
            post=post,
            details={"flags": count},
        )
    return count
