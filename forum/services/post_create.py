"""Replying to a topic; watchers are told after the reply is committed."""

from django.db import transaction

from portal.privacy import privacy_overrides_record

from ..models import Post, Topic
from ..notifications import reply_notify
from ..permissions import check_can_reply
from ..search_source import record_topic_change
from ..uploads import ReceivedUpload
from .post_review import post_hold, post_needs_review
from .posting import attachments_removed_on_failure, check_new_post, once_per_submission, save_post, uploads_clean


@once_per_submission(lambda post: post)
def post_create(
    *,
    author,
    topic: Topic,
    body: str,
    language: str,
    uploads: list[ReceivedUpload] | None = None,
    submission_key: str | None = None,
    privacy_confirmed: bool = False,
) -> Post:
    """After: the reply is saved, the topic's counters count it, and watchers will be emailed after commit;
    a reply held for review is saved hidden and waits for a moderator instead."""
    check_can_reply(author, topic)
    check_new_post(author=author, texts={"body": body}, privacy_confirmed=privacy_confirmed)
    checked = uploads_clean(author=author, uploads=uploads or [])
    held = post_needs_review(author=author)
    with attachments_removed_on_failure() as written, transaction.atomic():
        locked_topic = Topic.objects.select_for_update().get(pk=topic.pk)
        post = Post(
            topic=locked_topic,
            author=author,
            body=body,
            language=language,
            submission_key=submission_key or None,
            is_hidden=held,
        )
        save_post(post=post, uploads=checked, written=written)
        if privacy_confirmed:
            privacy_overrides_record(author=author, texts={"body": body}, url=post.get_absolute_url())
        if held:
            post_hold(post=post)
            return post
        locked_topic.reply_count += 1
        locked_topic.last_posted_at = post.created_at
        locked_topic.last_poster = author
        locked_topic.save(update_fields=["reply_count", "last_posted_at", "last_poster"])
        record_topic_change(topic.pk)
        transaction.on_commit(lambda: _notify_watchers(post.pk))
    return post


def _notify_watchers(post_id: int) -> None:
    reply_notify(post_id=post_id)
