"""Topic pages and category lists cost a bounded number of queries, whatever the size and the page."""

from datetime import timedelta

import pytest

from django.utils import timezone

from forum.models import Post, Topic
from forum.rendering import render_markdown

from .factories import CountryFactory, ForumTopicFactory, MemberFactory

pytestmark = pytest.mark.django_db

TOPIC_PAGE_BUDGET = 25
LIST_BUDGET = 22


def _topic_with_replies(category, count: int) -> Topic:
    topic = ForumTopicFactory(category=category)
    authors = [MemberFactory(email=f"author{n}@example.org") for n in range(5)]
    Post.objects.bulk_create(
        Post(topic=topic, author=authors[n % 5], body=f"Reply {n}", body_html=render_markdown(f"Reply {n}"))
        for n in range(count)
    )
    return topic


def _topics(category, count: int) -> None:
    country = CountryFactory(code="ML", name_en="Mali")
    now = timezone.now()
    for number in range(count):
        topic = ForumTopicFactory(category=category, last_posted_at=now - timedelta(minutes=number))
        topic.countries.set([country])


@pytest.mark.parametrize("replies", [5, 120])
def test_topic_page_query_count_is_bounded(
    client, practitioner, public_category, replies, django_assert_max_num_queries
):
    topic = _topic_with_replies(public_category, replies)
    client.force_login(practitioner)
    last_page_start = (
        Post.objects.filter(topic=topic).order_by("-id").values_list("id", flat=True)[min(10, replies - 1)]
    )
    for url in [topic.get_absolute_url(), f"{topic.get_absolute_url()}?after={last_page_start}"]:
        with django_assert_max_num_queries(TOPIC_PAGE_BUDGET):
            assert client.get(url).status_code == 200


@pytest.mark.parametrize("topics", [3, 60])
def test_category_list_query_count_is_bounded(
    client, practitioner, public_category, topics, django_assert_max_num_queries
):
    _topics(public_category, topics)
    client.force_login(practitioner)
    first = client.get(f"/en/forum/c/{public_category.slug}/")
    urls = [f"/en/forum/c/{public_category.slug}/", "/en/forum/", "/en/forum/?country=ML"]
    if 'rel="next"' in first.content.decode():
        urls.append(
            f"/en/forum/c/{public_category.slug}/"
            + first.content.decode().split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
        )
    for url in urls:
        with django_assert_max_num_queries(LIST_BUDGET):
            assert client.get(url).status_code == 200
