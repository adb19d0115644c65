"""The person who asked a question (or a moderator) marks the reply that answered it."""

from django.db import transaction
from django.utils.translation import gettext as _

from ..choices import TopicKind
from ..errors import ForumError
from ..models import Post, Topic
from ..permissions import check_can_read_topic, check_signed_in
from ..search_source import record_topic_change
from ..selectors import is_moderator


def check_answer_accept(*, user, post: Post) -> None:
    check_signed_in(user)
    check_can_read_topic(user, post.topic)
    topic = post.topic
    if topic.kind != TopicKind.QUESTION:
        raise ForumError(_("Only questions have an accepted answer."), code="invalid")
    if topic.author_id != user.pk and not is_moderator(user):
        raise ForumError(_("Only the person who asked, or a moderator, can accept an answer."), code="forbidden")
    if post.is_opening or post.is_hidden:
        raise ForumError(_("This post cannot be the accepted answer."), code="invalid")


def answer_accept(*, user, post: Post, accepted: bool = True) -> Topic:
    """After: the question is solved by `post` (or no longer solved when accepted is False)."""
    check_answer_accept(user=user, post=post)
    with transaction.atomic():
        topic = post.topic
        topic.accepted_answer = post if accepted else None
        topic.save(update_fields=["accepted_answer"])
        record_topic_change(topic.pk)
    return topic
