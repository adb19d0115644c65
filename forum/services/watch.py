"""Watching a topic or a category; unsubscribing from a signed link, without signing in."""

from django.core import signing
from django.utils.translation import gettext as _

from ..choices import WatchEmail
from ..errors import ForumError
from ..models import Category, Topic, Watch
from ..permissions import check_signed_in
from ..selectors import can_view_category, can_view_topic

UNSUBSCRIBE_SALT = "forum.watch.unsubscribe"


def watch_set(*, user, topic: Topic | None = None, category: Category | None = None, email=WatchEmail.INSTANT) -> Watch:
    """After: the user watches exactly one of topic / category, with the chosen emails."""
    check_signed_in(user)
    if (topic is None) == (category is None):
        raise ValueError("Watch a topic or a category.")
    readable = can_view_topic(user, topic) if topic else can_view_category(user, category)
    if not readable:
        raise ForumError(_("You cannot watch what you cannot read."), code="not_found")
    if email not in WatchEmail.values:
        raise ForumError(_("Choose how you want to be told."), code="invalid")
    watch, _created = Watch.objects.update_or_create(
        user=user, topic=topic, category=category, defaults={"email": email}
    )
    return watch


def watch_remove(*, user, topic: Topic | None = None, category: Category | None = None) -> None:
    Watch.objects.filter(user=user, topic=topic, category=category).delete()


def unsubscribe_token(watch: Watch) -> str:
    return signing.dumps({"watch": watch.pk, "user": watch.user_id}, salt=UNSUBSCRIBE_SALT, compress=True)


def watch_for_token(token: str) -> Watch | None:
    """The watch a signed link names, or None when the link is forged or the watch is already gone."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return (
        Watch.objects.filter(pk=data.get("watch"), user_id=data.get("user")).select_related("topic", "category").first()
    )


def watch_unsubscribe(*, token: str) -> bool:
    """After: the watch the link names no longer exists; False when the link is invalid or already used."""
    watch = watch_for_token(token)
    if watch is None:
        return False
    watch.delete()
    return True
