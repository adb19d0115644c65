"""The forum's knowledge source: one document per visible topic, and one per reply worth finding on its own.

A topic's document folds in its opening post, lesson-learned fields, accepted answer and first other replies.
A reply that members marked helpful is worth finding by itself: it gets its own document (linking straight
to it) and is not folded into the topic, so its words lead to one result. Hidden topics and posts give no
document; a restricted category's topics and replies are visible only to its groups.

Re-indexing a topic costs what its documents hold, not the length of its thread: only the opening post,
the accepted answer, the TOP_REPLIES first other replies and the STANDALONE_REPLIES most helpful replies
are read, each limited in SQL.
"""

from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.urls import reverse
from django.utils import translation

from search.outbox import record_change
from search.sources import KnowledgeDocument, Visibility

from .models import Post, Topic

SOURCE_NAME = "forum.topic"
TOP_REPLIES = 5
STANDALONE_REPLIES = 20
HELPFUL_MARKS_TO_STAND_ALONE = 1
POST_FIELDS = ["id", "topic_id", "is_opening", "body", "language", "created_at", "edited_at", "helpful_count"]


def record_topic_change(topic_id: int) -> None:
    """Call inside the transaction that changes what a topic's document holds."""
    record_change(source=SOURCE_NAME, key=str(topic_id))


class ForumTopicSource:
    name = SOURCE_NAME

    def all_keys(self):
        return [str(pk) for pk in Topic.objects.filter(is_hidden=False).values_list("pk", flat=True).iterator()]

    def documents_for(self, keys: list[str]) -> dict[str, list[KnowledgeDocument]]:
        ids = [int(key) for key in keys if str(key).isdigit()]
        topics = list(
            Topic.objects.filter(pk__in=ids, is_hidden=False)
            .select_related("category")
            .prefetch_related("countries", "topics", "category__groups")
        )
        posts = _posts_worth_indexing(topics)
        return {str(topic.pk): _documents(topic, posts.get(topic.pk, [])) for topic in topics}


def _posts_worth_indexing(topics) -> dict[int, list]:
    """The visible posts the topics' documents use, by topic: three queries, each bounded per topic."""
    topic_ids = [topic.pk for topic in topics]
    accepted_ids = [topic.accepted_answer_id for topic in topics if topic.accepted_answer_id]
    visible = Post.objects.filter(topic_id__in=topic_ids, is_hidden=False).only(*POST_FIELDS)
    replies = visible.filter(is_opening=False).exclude(pk__in=accepted_ids)
    most_helpful = replies.filter(helpful_count__gte=HELPFUL_MARKS_TO_STAND_ALONE).annotate(
        rank=Window(RowNumber(), partition_by=F("topic_id"), order_by=[F("helpful_count").desc(), F("id").asc()])
    )
    first_others = replies.filter(helpful_count__lt=HELPFUL_MARKS_TO_STAND_ALONE).annotate(
        rank=Window(RowNumber(), partition_by=F("topic_id"), order_by=F("id").asc())
    )
    posts: dict[int, list] = {}
    for post in [
        *visible.filter(Q(is_opening=True) | Q(pk__in=accepted_ids)),
        *most_helpful.filter(rank__lte=STANDALONE_REPLIES),
        *first_others.filter(rank__lte=TOP_REPLIES),
    ]:
        posts.setdefault(post.topic_id, []).append(post)
    return {topic_id: sorted(found, key=lambda post: post.pk) for topic_id, found in posts.items()}


def _documents(topic, posts: list) -> list[KnowledgeDocument]:
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
        shown_under=f"forum-topic:{topic.pk}",
        extra={"topic_id": topic.pk, "helpful_count": reply.helpful_count},
        **shared,
    )
