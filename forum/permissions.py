"""The checks in front of every forum verb; each raises ForumError with the reason, or returns None."""

from datetime import timedelta

from allauth.account.models import EmailAddress

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.text_limits import too_long_message

from .errors import ForumError
from .models import Category, Post, PostRevision, Topic
from .selectors import can_view_category, can_view_topic, is_moderator

POST_INTERVAL = timedelta(seconds=10)
# A member's first day: enough for a real first session (a topic, an edit, a reply to a colleague a few
# seconds of reading later) while a spam account still gets at most a handful of posts an hour.
NEW_ACCOUNT_AGE = timedelta(days=1)
NEW_ACCOUNT_POST_INTERVAL = timedelta(seconds=20)
NEW_ACCOUNT_POSTS_PER_HOUR = 10
MAX_POST_LENGTH = 20_000
MAX_TITLE_LENGTH = 200


def check_signed_in(user) -> None:
    if not user or not user.is_authenticated:
        raise ForumError(_("Sign in to do this."), code="login")


def check_can_read_topic(user, topic: Topic) -> None:
    if not can_view_topic(user, topic):
        raise ForumError(_("This topic does not exist or you cannot read it."), code="not_found")


def check_moderator(user) -> None:
    if not is_moderator(user):
        raise ForumError(_("Only moderators can do this."), code="forbidden")


def check_can_post(user, category: Category) -> None:
    """Members who may post: signed in, verified email, a posting role, and allowed to read the category."""
    check_signed_in(user)
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise ForumError(_("Verify your email address before posting: see the link we sent you."), code="unverified")
    if not can_view_category(user, category):
        raise ForumError(_("You cannot post in this category: it is restricted to some groups."), code="restricted")


def check_can_start_topic(user, category: Category) -> None:
    check_can_post(user, category)
    if not user.has_perm("forum.add_topic"):
        raise ForumError(_("Your role can read and react, but not start topics."), code="needs_membership")


def check_can_reply(user, topic: Topic) -> None:
    check_can_read_topic(user, topic)
    check_can_post(user, topic.category)
    if not user.has_perm("forum.add_post"):
        raise ForumError(_("Your role can read and react, but not reply."), code="needs_membership")
    if topic.is_locked and not is_moderator(user):
        raise ForumError(_("This topic is locked: no new replies."), code="locked")


def _is_new(user) -> bool:
    return bool(user.date_joined) and timezone.now() - user.date_joined < NEW_ACCOUNT_AGE


def _seconds(wait: timedelta) -> int:
    return max(1, int(wait.total_seconds() + 0.999)) if wait > timedelta(0) else 0


def _wait_after(user, last) -> int:
    """Seconds left before `user` may write again after writing at `last` (0 when they may now)."""
    if last is None:
        return 0
    return _seconds((NEW_ACCOUNT_POST_INTERVAL if _is_new(user) else POST_INTERVAL) - (timezone.now() - last))


def _rate_limited(*, doing: str, seconds: int, new_member: bool) -> ForumError:
    """The refusal, saying how long to wait and why (a new member's first day has its own limits)."""
    wait = ngettext(
        "Please wait %(seconds)s second and send again: your text is kept.",
        "Please wait %(seconds)s seconds and send again: your text is kept.",
        seconds,
    ) % {"seconds": seconds}
    interval = int(NEW_ACCOUNT_POST_INTERVAL.total_seconds())
    why = (
        ngettext(
            "During their first day, new members can post once a second, up to %(hourly)s posts an hour.",
            "During their first day, new members can post every %(interval)s seconds, up to %(hourly)s posts an hour.",
            interval,
        )
        % {"interval": interval, "hourly": NEW_ACCOUNT_POSTS_PER_HOUR}
        if new_member
        else ""
    )
    return ForumError(" ".join(part for part in (doing, wait, why) if part), code="rate_limited")


def check_posting_rate(user) -> None:
    """One post per 10 seconds; for accounts younger than a day one per 20 seconds and 10 an hour."""
    mine = Post.objects.filter(author=user)
    last = mine.order_by("-created_at").values_list("created_at", flat=True).first()
    seconds = _wait_after(user, last)
    new_member = _is_new(user)
    if not seconds and new_member and last is not None:
        hour_ago = timezone.now() - timedelta(hours=1)
        recent = list(
            mine.filter(created_at__gt=hour_ago)
            .order_by("-created_at")
            .values_list("created_at", flat=True)[:NEW_ACCOUNT_POSTS_PER_HOUR]
        )
        if len(recent) >= NEW_ACCOUNT_POSTS_PER_HOUR:
            seconds = _seconds(recent[-1] - hour_ago)
    if seconds:
        raise _rate_limited(doing=_("You are posting too quickly."), seconds=seconds, new_member=new_member)


def check_editing_rate(user) -> None:
    """Edits are limited like posts (each one renders the whole text again); moderators tidying up are not."""
    if is_moderator(user):
        return
    last = (
        PostRevision.objects.filter(edited_by=user).order_by("-created_at").values_list("created_at", flat=True).first()
    )
    if seconds := _wait_after(user, last):
        raise _rate_limited(doing=_("You are editing too quickly."), seconds=seconds, new_member=_is_new(user))


def check_text(body: str, *, field: str = "body", required: bool = True) -> None:
    if required and not body.strip():
        raise ForumError(_("Write something before sending."), code="empty", field=field)
    if len(body) > MAX_POST_LENGTH:
        raise ForumError(too_long_message(length=len(body), max_length=MAX_POST_LENGTH), code="too_long", field=field)


def check_can_edit_post(user, post: Post) -> None:
    check_can_read_topic(user, post.topic)
    if is_moderator(user):
        return
    if post.author_id != getattr(user, "pk", None):
        raise ForumError(_("You can only edit your own posts."), code="forbidden")
    if post.topic.is_locked:
        raise ForumError(_("This topic is locked: posts can no longer be edited."), code="locked")
    if post.is_hidden:
        raise ForumError(_("A moderator hid this post; it cannot be edited."), code="hidden")
