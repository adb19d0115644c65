"""Starting a topic: the topic and its opening post, saved together or not at all."""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from portal.privacy import privacy_overrides_record

from ..choices import TopicKind
from ..errors import ForumError
from ..models import Category, Post, Topic
from ..permissions import MAX_TITLE_LENGTH, check_can_start_topic
from ..search_source import record_topic_change
from ..uploads import ReceivedUpload
from .post_review import post_hold, post_needs_review
from .posting import attachments_removed_on_failure, check_new_post, once_per_submission, save_post, uploads_clean

LESSON_FIELDS = ("context", "what_was_done", "what_worked", "what_did_not_work", "recommendation")


def check_topic_create(*, author, category: Category, title: str, kind: str, texts: dict[str, str]) -> None:
    from django.utils.translation import gettext as _

    check_can_start_topic(author, category)
    if not title.strip():
        raise ForumError(_("Give your topic a title."), code="empty", field="title")
    if len(title) > MAX_TITLE_LENGTH:
        raise ForumError(_("The title is too long."), code="too_long", field="title")
    needs = ("what_was_done", "recommendation")
    if kind == TopicKind.LESSON_LEARNED and not all(texts.get(name, "").strip() for name in needs):
        raise ForumError(
            _("A lesson learned needs at least what was done and a recommendation."),
            code="empty",
            field="what_was_done",
        )


@once_per_submission(lambda post: post.topic)
def topic_create(
    *,
    author,
    category: Category,
    kind: str,
    title: str,
    body: str,
    language: str,
    population_group: str,
    countries: Iterable = (),
    topics: Iterable = (),
    lesson: dict[str, str] | None = None,
    uploads: list[ReceivedUpload] | None = None,
    submission_key: str | None = None,
    privacy_confirmed: bool = False,
) -> Topic:
    """After: the topic with its opening post exists (or the one this same form already created), visible
    unless the author's first posts are held for review (then both wait hidden in the moderators' queue)."""
    is_lesson = kind == TopicKind.LESSON_LEARNED
    lesson = {name: (lesson or {}).get(name, "") for name in LESSON_FIELDS} if is_lesson else {}
    texts = {"body": body, **lesson}
    check_topic_create(author=author, category=category, title=title, kind=kind, texts=texts)
    # A lesson learned tells its story in the structured fields; its opening post is optional notes.
    check_new_post(
        author=author, texts=texts, privacy_confirmed=privacy_confirmed, body_required=not is_lesson, title=title
    )
    checked = uploads_clean(author=author, uploads=uploads or [])
    now = timezone.now()
    held = post_needs_review(author=author)
    with attachments_removed_on_failure() as written, transaction.atomic():
        topic = Topic.objects.create(
            category=category,
            kind=kind,
            title=title.strip(),
            author=author,
            language=language,
            population_group=population_group,
            last_posted_at=now,
            last_poster=author,
            is_hidden=held,
            **lesson,
        )
        topic.countries.set(countries)
        topic.topics.set(topics)
        opening = Post(
            topic=topic,
            author=author,
            is_opening=True,
            body=body,
            language=language,
            submission_key=submission_key or None,
            is_hidden=held,
        )
        save_post(post=opening, uploads=checked, written=written)
        if held:
            post_hold(post=opening)
        topic.last_posted_at = opening.created_at
        topic.save(update_fields=["last_posted_at"])
        record_topic_change(topic.pk)
        if privacy_confirmed:
            privacy_overrides_record(author=author, texts={"title": title, **texts}, url=opening.get_absolute_url())
    return topic
