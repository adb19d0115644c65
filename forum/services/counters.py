"""Topic counters are stored for cheap lists and recomputed from the posts whenever visibility changes."""

from django.db.models import Sum

from ..models import Post, Topic


def topic_recount(*, topic: Topic) -> Topic:
    """After: reply_count, helpful_count, last_posted_at and last_poster match the topic's visible posts."""
    visible = Post.objects.filter(topic=topic, is_hidden=False)
    last = visible.order_by("-id").select_related("author").first()
    topic.reply_count = visible.filter(is_opening=False).count()
    topic.helpful_count = visible.aggregate(total=Sum("helpful_count"))["total"] or 0
    if last is not None:
        topic.last_posted_at = last.created_at
        topic.last_poster = last.author
    if topic.accepted_answer_id and not visible.filter(pk=topic.accepted_answer_id).exists():
        topic.accepted_answer = None
    topic.save(update_fields=["reply_count", "helpful_count", "last_posted_at", "last_poster", "accepted_answer"])
    return topic
