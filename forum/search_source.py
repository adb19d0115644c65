"""The forum's knowledge source: one document per visible topic, and one per reply worth finding on its own.

A topic's document folds in its opening post, lesson-learned fields, accepted answer and first other replies.
A reply that members marked helpful is worth finding by itself: it gets its own document (linking straight
to it) and is not folded into the topic, so its words lead to one result. Hidden topics and posts give no
document; a restricted category's topics and replies are visible only to its groups.
"""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation

from search.outbox import record_change
from search.sources import KnowledgeDocument, Visibility

SOURCE_NAME = "forum.topic"
TOP_REPLIES = 5
HELPFUL_MARKS_TO_STAND_ALONE = 1


def record_topic_change(topic_id: int) -> None:
    """Call inside the transaction that changes what a topic's document holds."""
    record_change(source=SOURCE_NAME, key=str(topic_id))


class ForumTopicSource:
    name = SOURCE_NAME

    def all_keys(self):
        from .models import Topic

        return [str(pk) for pk in Topic.objects.filter(is_hidden=False).values_list("pk", flat=True).iterator()]

    def documents_for(self, keys: list[str]) -> dict[str, list[KnowledgeDocument]]:
        from .models import Post, Topic

        ids = [int(key) for key in keys if str(key).isdigit()]
        visible_posts = Post.objects.filter(is_hidden=False).select_related("author").order_by("id")
        topics = (
            Topic.objects.filter(pk__in=ids, is_hidden=False)
            .select_related("category", "accepted_answer")
            .prefetch_related("countries", "topics", "category__groups", Prefetch("posts", queryset=visible_posts))
        )
        return {str(topic.pk): _documents(topic) for topic in topics}


def _documents(topic) -> list[KnowledgeDocument]:
    posts = list(topic.posts.all())
    opening = next((post for post in posts if post.is_opening), None)
    if opening is None:
        return []
    replies = [post for post in posts if not post.is_opening]
    accepted = next((post for post in replies if post.pk == topic.accepted_answer_id), None)
    standalone, others = [], []
    for post in replies:
        if post is not accepted:
            (standalone if post.helpful_count >= HELPFUL_MARKS_TO_STAND_ALONE else others).append(post)
    folded = [opening.body, *(text for _heading, text in topic.lesson_sections())]
    if accepted is not None:
        folded.append(accepted.body)
    folded.extend(post.body for post in others[:TOP_REPLIES])
    groups = sorted(group.name for group in topic.category.groups.all())
    shared = {
        "countries": sorted(country.code for country in topic.countries.all()),
        "topics": sorted(taxonomy_topic.slug for taxonomy_topic in topic.topics.all()),
        "population_groups": [topic.population_group],
        "visibility": Visibility.GROUPS if groups else Visibility.PUBLIC,
        "groups": groups,
    }
    with translation.override(topic.language):
        url = reverse("forum:topic", kwargs={"pk": topic.pk})
    documents = [
        KnowledgeDocument(
            id=f"forum-topic:{topic.pk}",
            kind="forum_topic",
            title=topic.title,
            text="\n\n".join(text for text in folded if text),
            language=topic.language,
            url=url,
            published_at=topic.created_at,
            updated_at=topic.last_posted_at,
            extra={
                "topic_kind": topic.kind,
                "category": topic.category.slug,
                "solved": topic.accepted_answer_id is not None,
                "reply_count": topic.reply_count,
                "helpful_count": topic.helpful_count,
            },
            **shared,
        )
    ]
    documents.extend(_reply_document(topic, reply, shared) for reply in standalone)
    return documents


def _reply_document(topic, reply, shared: dict) -> KnowledgeDocument:
    with translation.override(reply.language):
        url = reverse("forum:post", kwargs={"pk": reply.pk})
    return KnowledgeDocument(
        id=f"forum-post:{reply.pk}",
        kind="forum_post",
        title=topic.title,
        text=reply.body,
        language=reply.language,
        url=url,
        published_at=reply.created_at,
        updated_at=reply.edited_at or reply.created_at,
        extra={"topic_id": topic.pk, "helpful_count": reply.helpful_count},
        **shared,
    )
