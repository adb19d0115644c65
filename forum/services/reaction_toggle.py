"""A member marks a post helpful, or takes it back; counters follow."""

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from portal.page_cache import topics_changed

from ..errors import ForumError
from ..models import Post, Reaction, Topic
from ..permissions import check_can_read_topic, check_signed_in
from ..search_source import record_topic_change


def check_reaction_toggle(*, user, post: Post) -> None:
    check_signed_in(user)
    check_can_read_topic(user, post.topic)
    if post.author_id == user.pk:
        raise ForumError(_("You cannot mark your own post helpful."), code="own_post")
    if post.is_hidden:
        raise ForumError(_("This post is hidden."), code="hidden")


def reaction_toggle(*, user, post: Post) -> bool:
    """After: the user's helpful mark is flipped; returns True when the post is now marked helpful by them."""
    check_reaction_toggle(user=user, post=post)
    with transaction.atomic():
        deleted, _rows = Reaction.objects.filter(post=post, user=user).delete()
        change = -1 if deleted else 1
        if not deleted:
            Reaction.objects.create(post=post, user=user)
        Post.objects.filter(pk=post.pk).update(helpful_count=F("helpful_count") + change)
        Topic.objects.filter(pk=post.topic_id).update(helpful_count=F("helpful_count") + change)
        record_topic_change(post.topic_id)
        topics_changed(post.topic_id)  # the counts on cached pages (update() sends no signal)
    return not deleted
