"""Reads. `can_view_category`, `visible_topics` and `readable_posts` are the one definition of who may read what:
lists, topic pages, feeds, notifications, digests, attachments, the search source and every view taking a post id
use them."""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from portal.roles import member_groups

from .models import Attachment, Category, Post, PostCitation, PostEvidenceCitation, Reaction, Topic

TOPICS_PER_PAGE = 25
POSTS_PER_PAGE = 20
MODERATE_PERMISSION = "forum.moderate_forum"
# The largest id a database column holds (PostgreSQL bigint): beyond it a lookup is an error, not a miss.
MAX_ID = 2**63 - 1


def is_moderator(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(MODERATE_PERMISSION))


def _group_ids(user) -> set[int]:
    """The user's group ids, read once per request (portal.roles.member_groups)."""
    return set(member_groups(user))


def visible_categories(user) -> QuerySet[Category]:
    """Categories the user may read: public ones, restricted ones they hold a group for; all for moderators."""
    user = user or AnonymousUser()
    if user.is_superuser or is_moderator(user):
        return Category.objects.all()
    restricted = Category.groups.through.objects.filter(category_id=OuterRef("pk"))
    allowed = restricted.filter(group_id__in=_group_ids(user))
    return Category.objects.filter(~Exists(restricted) | Exists(allowed))


def can_view_category(user, category: Category) -> bool:
    return visible_categories(user).filter(pk=category.pk).exists()


def visible_topics(user) -> QuerySet[Topic]:
    """Topics the user may read; hidden topics only for moderators."""
    topics = Topic.objects.filter(category__in=visible_categories(user))
    if not is_moderator(user):
        topics = topics.filter(is_hidden=False)
    return topics


def can_view_topic(user, topic: Topic) -> bool:
    return visible_topics(user).filter(pk=topic.pk).exists()


def _unless_hidden(user, posts: QuerySet[Post]) -> QuerySet[Post]:
    return posts if is_moderator(user) else posts.filter(is_hidden=False)


def readable_posts(user) -> QuerySet[Post]:
    """Posts the user may read, in any topic: in a visible topic and, unless they moderate, not hidden.

    Every view that takes a post id looks it up here, so a restricted or hidden post is simply not found.
    """
    return _unless_hidden(user, Post.objects.filter(topic__in=visible_topics(user)))


def visible_posts(user, topic: Topic) -> QuerySet[Post]:
    """`readable_posts` within one topic the caller already checked the user may read."""
    return _unless_hidden(user, Post.objects.filter(topic=topic))


@dataclass(frozen=True)
class TopicFilters:
    kind: str = ""
    country: str = ""  # ISO code
    topic: str = ""  # portal.Topic slug
    population_group: str = ""
    solved: str = ""  # "yes", "no" or ""

    def apply(self, topics: QuerySet[Topic]) -> QuerySet[Topic]:
        if self.kind:
            topics = topics.filter(kind=self.kind)
        if self.country:
            topics = topics.filter(countries__code=self.country.upper())
        if self.topic:
            topics = topics.filter(topics__slug=self.topic)
        if self.population_group:
            topics = topics.filter(population_group=self.population_group)
        if self.solved == "yes":
            topics = topics.filter(accepted_answer__isnull=False)
        elif self.solved == "no":
            topics = topics.filter(kind="question", accepted_answer__isnull=True)
        return topics

    def as_query(self) -> dict[str, str]:
        return {
            key: value
            for key, value in (
                ("kind", self.kind),
                ("country", self.country),
                ("topic", self.topic),
                ("population", self.population_group),
                ("solved", self.solved),
            )
            if value
        }


@dataclass(frozen=True)
class Cursor:
    """A position in a list ordered by (last_posted_at, id) descending: the last topic of the previous page."""

    last_posted_at: datetime
    id: int

    def encode(self) -> str:
        return f"{self.last_posted_at.isoformat()}~{self.id}"

    @classmethod
    def decode(cls, raw: str | None) -> "Cursor | None":
        if not raw or "~" not in raw:
            return None
        when, _sep, pk = raw.rpartition("~")
        try:
            cursor = cls(datetime.fromisoformat(when.replace(" ", "+")), int(pk))
            cursor.last_posted_at.astimezone(UTC)  # an offset past year 1 or 9999 fails here, not in the database
        except (ValueError, OverflowError):
            return None
        return cursor if 0 < cursor.id <= MAX_ID else None


@dataclass
class TopicPage:
    topics: list[Topic]
    next_cursor: str | None


def topic_page_queryset(
    *, user, category: Category | None = None, filters: TopicFilters, after: Cursor | None = None
) -> QuerySet[Topic]:
    """The topics after `after`, newest activity first; slicing it gives one page (index-backed, no OFFSET)."""
    if category is None:
        topics = visible_topics(user)
    else:
        # One category: check it once, so the database walks the (category, is_hidden, last_posted_at) index.
        topics = Topic.objects.filter(category=category) if can_view_category(user, category) else Topic.objects.none()
        if not is_moderator(user):
            topics = topics.filter(is_hidden=False)
    topics = filters.apply(topics)
    if after is not None:
        # Written as a range plus an exclusion (not an OR) so the index range starts at the cursor.
        topics = topics.filter(last_posted_at__lte=after.last_posted_at).exclude(
            last_posted_at=after.last_posted_at, id__gte=after.id
        )
    if filters.country or filters.topic:
        topics = topics.distinct()
    return topics.order_by("-last_posted_at", "-id")


def topic_page(
    *, user, category: Category | None = None, filters: TopicFilters, after: Cursor | None = None
) -> TopicPage:
    """One page of topics by keyset: its cost does not grow with the page number."""
    topics = topic_page_queryset(user=user, category=category, filters=filters, after=after)
    rows = list(
        topics.select_related("category", "author", "last_poster").prefetch_related("countries")[: TOPICS_PER_PAGE + 1]
    )
    next_cursor = Cursor(rows[-2].last_posted_at, rows[-2].id).encode() if len(rows) > TOPICS_PER_PAGE else None
    return TopicPage(topics=rows[:TOPICS_PER_PAGE], next_cursor=next_cursor)


def pinned_topics(*, user, category: Category | None = None, limit: int = 5) -> list[Topic]:
    topics = visible_topics(user).filter(is_pinned=True)
    if category is not None:
        topics = topics.filter(category=category)
    return list(topics.select_related("category", "author").order_by("-last_posted_at")[:limit])


def categories_with_counts(user) -> list[Category]:
    """The categories a user may read, with their count of visible topics, in one query."""
    return list(
        visible_categories(user)
        .annotate(topic_count=Count("topic", filter=Q(topic__is_hidden=False)))
        .prefetch_related("groups")
        .order_by("sort_order", "name_en")
    )


@dataclass
class PostPage:
    posts: list[Post]
    next_after: int | None
    previous_before: int | None


def post_page(*, user, topic: Topic, after: int | None = None, before: int | None = None) -> PostPage:
    """One page of a topic's posts in order, by keyset on the post id."""
    posts = visible_posts(user, topic).select_related("author", "author__country")
    posts = posts.prefetch_related(Prefetch("attachments", queryset=Attachment.objects.order_by("id")))
    if user and user.is_authenticated:
        posts = posts.annotate(
            found_helpful=Exists(Reaction.objects.filter(post=OuterRef("pk"), user=user)),
        )
    if before is not None:
        rows = list(posts.filter(id__lt=before).order_by("-id")[: POSTS_PER_PAGE + 1])
        has_previous = len(rows) > POSTS_PER_PAGE
        rows = list(reversed(rows[:POSTS_PER_PAGE]))
        has_next = True
    else:
        if after is not None:
            posts = posts.filter(id__gt=after)
        rows = list(posts.order_by("id")[: POSTS_PER_PAGE + 1])
        has_next = len(rows) > POSTS_PER_PAGE
        rows = rows[:POSTS_PER_PAGE]
        has_previous = after is not None
    return PostPage(
        posts=rows,
        next_after=rows[-1].id if rows and has_next else None,
        previous_before=rows[0].id if rows and has_previous else None,
    )


def discussions_by_section(guideline_page, *, user=None, limit: int = 3) -> dict[str, list[Topic]]:
    """{anchor: the newest visible topics citing that section}, in two queries whatever the number of sections."""
    anchors_by_topic: dict[int, set[str]] = {}
    citations = PostCitation.objects.filter(guideline_slug=guideline_page.slug, post__is_hidden=False).exclude(
        anchor=""
    )
    for anchor, topic_id in citations.values_list("anchor", "post__topic_id"):
        anchors_by_topic.setdefault(topic_id, set()).add(anchor)
    by_anchor: dict[str, list[Topic]] = {}
    newest_first = visible_topics(user or AnonymousUser()).filter(id__in=anchors_by_topic).order_by("-last_posted_at")
    for topic in newest_first:
        for anchor in anchors_by_topic[topic.id]:
            by_anchor.setdefault(anchor, []).append(topic)
    return {anchor: topics[:limit] for anchor, topics in by_anchor.items()}


def discussions_about_section(guideline_page, anchor: str = "", *, user=None, limit: int = 5) -> list[Topic]:
    """Visible topics whose visible posts cite this guideline (and section, when an anchor is given).

    Without a user, only what an anonymous reader may see: a guideline page must never leak a restricted title.
    """
    citations = PostCitation.objects.filter(guideline_slug=guideline_page.slug, post__is_hidden=False)
    if anchor:
        citations = citations.filter(anchor=anchor)
    topic_ids = citations.values("post__topic_id")
    return list(
        visible_topics(user or AnonymousUser())
        .filter(id__in=topic_ids)
        .select_related("category")
        .order_by("-last_posted_at")[:limit]
    )


def discussions_citing_evidence(evidence_slug: str, *, user=None, limit: int = 5) -> list[Topic]:
    """Visible topics whose visible posts cite this evidence item; without a user, what anyone may see."""
    topic_ids = PostEvidenceCitation.objects.filter(evidence_slug=evidence_slug, post__is_hidden=False).values(
        "post__topic_id"
    )
    return list(
        visible_topics(user or AnonymousUser())
        .filter(id__in=topic_ids)
        .select_related("category")
        .order_by("-last_posted_at")[:limit]
    )
