"""Forum list and topic pages at 100,000 posts: does page 200 cost what page 1 costs?

Run:  PORTAL_VAR_DIR=/tmp/forum-bench .venv/bin/python bench/forum_bench.py [--posts 100000]
      (or DATABASE_URL=postgres://... for PostgreSQL). It migrates that database, bulk-generates the corpus
once (20 % of the posts in one long topic, the rest five per topic in one category), then prints timings
(median of repeated runs), query counts and query plans for page 1 and page 200, keyset against OFFSET.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ.setdefault("PORTAL_VAR_DIR", "/tmp/forum-bench")
Path(os.environ["PORTAL_VAR_DIR"]).mkdir(parents=True, exist_ok=True)

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from forum.models import Category, Post, Topic  # noqa: E402
from forum.selectors import (  # noqa: E402
    POSTS_PER_PAGE,
    TOPICS_PER_PAGE,
    Cursor,
    TopicFilters,
    post_page,
    topic_page,
    topic_page_queryset,
)
from portal.models import User  # noqa: E402

BATCH = 5000
REPEATS = 15


def corpus(total_posts: int) -> tuple[Category, Topic]:
    category, _created = Category.objects.get_or_create(slug="bench", defaults={"name_en": "Bench"})
    long_topic = Topic.objects.filter(category=category, title="Bench long topic").first()
    if long_topic is not None:
        return category, long_topic
    author, _created = User.objects.get_or_create(email="bench@example.org", defaults={"display_name": "Bench"})
    now = timezone.now()
    started = time.perf_counter()
    long_posts = total_posts // 5
    topic_count = (total_posts - long_posts) // 5
    topics = [
        Topic(category=category, author=author, title=f"Bench topic {n}", last_posted_at=now - timedelta(minutes=n))
        for n in range(topic_count)
    ]
    long_topic = Topic(category=category, author=author, title="Bench long topic", last_posted_at=now)
    Topic.objects.bulk_create([long_topic, *topics], batch_size=BATCH)
    html = "<p>A reply with <strong>advice</strong> about referral and follow-up.</p>"
    batch = []
    for topic in topics:
        for number in range(5):
            batch.append(Post(topic=topic, author=author, is_opening=number == 0, body="A reply", body_html=html))
        if len(batch) >= BATCH:
            Post.objects.bulk_create(batch)
            batch = []
    for number in range(long_posts):
        batch.append(Post(topic=long_topic, author=author, is_opening=number == 0, body="A reply", body_html=html))
        if len(batch) >= BATCH:
            Post.objects.bulk_create(batch)
            batch = []
    Post.objects.bulk_create(batch)
    Topic.objects.filter(category=category).update(reply_count=4)
    elapsed = time.perf_counter() - started
    print(f"generated {Post.objects.count():,} posts in {Topic.objects.count():,} topics in {elapsed:.1f} s")
    return category, long_topic


def median_ms(action) -> float:
    timings = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def plan(sql: str, params) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            return "\n".join(f"    {row[-1]}" for row in cursor.fetchall())
        cursor.execute(f"EXPLAIN ANALYZE {sql}", params)
        return "\n".join(f"    {row[0]}" for row in cursor.fetchall())


def category_list(category: Category) -> None:
    user, filters = AnonymousUser(), TopicFilters()
    ordered = Topic.objects.filter(category=category, is_hidden=False).order_by("-last_posted_at", "-id")
    at_200 = ordered.values_list("last_posted_at", "id")[199 * TOPICS_PER_PAGE - 1]
    cursor_200 = Cursor(*at_200)
    print(f"\n== Category list ({ordered.count():,} topics, {TOPICS_PER_PAGE} per page) ==")
    for label, cursor in (("page 1", None), ("page 200", cursor_200)):
        ms = median_ms(lambda cursor=cursor: topic_page(user=user, category=category, filters=filters, after=cursor))
        with CaptureQueriesContext(connection) as queries:
            topic_page(user=user, category=category, filters=filters, after=cursor)
        print(f"keyset {label:9}: {ms:7.2f} ms median, {len(queries)} queries")
    visible = topic_page_queryset(user=user, category=category, filters=filters)
    for label, cursor, offset in (("page 1", None, 0), ("page 200", cursor_200, 199 * TOPICS_PER_PAGE)):
        keyset = topic_page_queryset(user=user, category=category, filters=filters, after=cursor)
        keyset_ms = median_ms(lambda keyset=keyset: list(keyset[: TOPICS_PER_PAGE + 1]))
        offset_ms = median_ms(lambda offset=offset: list(visible[offset : offset + TOPICS_PER_PAGE + 1]))
        print(
            f"bare query {label:9}: keyset {keyset_ms:7.2f} ms, OFFSET {offset_ms:7.2f} ms (the site never uses OFFSET)"
        )
    client = Client(HTTP_HOST="localhost")
    for label, query in (("page 1", ""), ("page 200", f"?after={cursor_200.encode()}")):
        url = f"/en/forum/c/{category.slug}/{query}"
        ms = median_ms(lambda url=url: client.get(url))
        with CaptureQueriesContext(connection) as queries:
            status = client.get(url).status_code
        print(f"HTTP   {label:9}: {ms:7.2f} ms median, {len(queries)} queries, status {status}")
    keyset = topic_page_queryset(user=user, category=category, filters=filters, after=cursor_200)[: TOPICS_PER_PAGE + 1]
    sql, params = keyset.query.sql_with_params()
    print("plan, keyset page 200:\n" + plan(sql, params))
    sql, params = visible[199 * TOPICS_PER_PAGE : 200 * TOPICS_PER_PAGE].query.sql_with_params()
    print("plan, OFFSET page 200:\n" + plan(sql, params))


def topic_pages(topic: Topic) -> None:
    user = AnonymousUser()
    ids = Post.objects.filter(topic=topic).order_by("id").values_list("id", flat=True)
    after_200 = ids[199 * POSTS_PER_PAGE - 1]
    print(f"\n== Topic page ({ids.count():,} posts in one topic, {POSTS_PER_PAGE} per page) ==")
    client = Client(HTTP_HOST="localhost")
    for label, after in (("page 1", None), ("page 200", after_200)):
        ms = median_ms(lambda after=after: post_page(user=user, topic=topic, after=after))
        url = topic.get_absolute_url() + (f"?after={after}" if after else "")
        http_ms = median_ms(lambda url=url: client.get(url))
        with CaptureQueriesContext(connection) as queries:
            status = client.get(url).status_code
        print(
            f"keyset {label:9}: selector {ms:7.2f} ms, HTTP {http_ms:7.2f} ms median, {len(queries)} queries, status {status}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--posts", type=int, default=100_000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}")
    category, long_topic = corpus(args.posts)
    reset_queries()
    category_list(category)
    topic_pages(long_topic)


if __name__ == "__main__":
    main()
