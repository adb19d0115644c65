"""A member flags a post for moderators, once per post."""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from ..choices import FlagReason
from ..errors import ForumError
from ..models import Flag, Post
from ..permissions import check_can_read_topic, check_signed_in


def check_post_flag(*, user, post: Post, reason: str) -> None:
    check_signed_in(user)
    check_can_read_topic(user, post.topic)
    if reason not in FlagReason.values:
        raise ForumError(_("Choose a reason for the flag."), code="invalid", field="reason")
    if Flag.objects.filter(post=post, flagged_by=user).exists():
        raise ForumError(_("You already flagged this post; moderators will review it."), code="duplicate")


def post_flag(*, user, post: Post, reason: str, note: str = "") -> Flag:
    """After: one open flag by this user on this post, waiting in the moderators' queue."""
    check_post_flag(user=user, post=post, reason=reason)
    try:
        with transaction.atomic():
            return Flag.objects.create(post=post, flagged_by=user, reason=reason, note=note.strip()[:1000])
    except IntegrityError:
        raise ForumError(_("You already flagged this post; moderators will review it."), code="duplicate") from None
