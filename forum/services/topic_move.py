"""A moderator moves a topic to another category; who may read it follows the new category."""

from django.db import transaction

from ..choices import ModerationAction
from ..models import Category, Topic
from ..permissions import check_moderator
from ..search_source import record_topic_change
from .moderation_log import check_reason, log_moderation


def topic_move(*, moderator, topic: Topic, category: Category, reason: str) -> Topic:
    """After: the topic is in `category`, search holds it with the new category's visibility."""
    check_moderator(moderator)
    check_reason(reason)
    if category.pk == topic.category_id:
        return topic
    with transaction.atomic():
        previous = topic.category
        topic.category = category
        topic.save(update_fields=["category"])
        log_moderation(
            moderator=moderator,
            action=ModerationAction.MOVE,
            reason=reason,
            topic=topic,
            details={"from": previous.slug, "to": category.slug},
        )
        record_topic_change(topic.pk)
    return topic
