"""Accepted answers and the solved filter, helpful reactions, edit history, citations, filters and paging."""

from datetime import timedelta

import pytest

from django.utils import timezone

from forum.models import Reaction
from forum.selectors import TOPICS_PER_PAGE, discussions_about_section
from forum.services import post_edit

from .factories import CountryFactory, ForumTopicFactory, PostFactory

pytestmark = pytest.mark.django_db


def test_asker_accepts_an_answer_and_the_question_is_solved(client, practitioner, public_category):
    question = ForumTopicFactory(category=public_category, kind="question", author=practitioner, title="Solved one")
    ForumTopicFactory(category=public_category, kind="question", title="Still open")
    answer = PostFactory(topic=question)
    client.force_login(practitioner)
    client.post(f"/en/forum/p/{answer.pk}/accept/")
    question.refresh_from_db()
    assert question.accepted_answer == answer
    solved = client.get("/en/forum/?solved=yes").content.decode()
    assert "Solved one" in solved and "Still open" not in solved
    unsolved = client.get("/en/forum/?solved=no").content.decode()
    assert "Still open" in unsolved and "Solved one" not in unsolved


def test_someone_else_cannot_accept_an_answer(client, reader, public_category):
    question = ForumTopicFactory(category=public_category, kind="question")
    answer = PostFactory(topic=question)
    client.force_login(reader)
    response = client.post(f"/en/forum/p/{answer.pk}/accept/", follow=True)
    assert "Only the person who asked" in response.content.decode()
    question.refresh_from_db()
    assert question.accepted_answer is None


def test_helpful_toggles_and_counts(client, reader, public_category):
    post = PostFactory(topic=ForumTopicFactory(category=public_category))
    client.force_login(reader)
    client.post(f"/en/forum/p/{post.pk}/helpful/")
    post.refresh_from_db()
    assert (post.helpful_count, Reaction.objects.count()) == (1, 1)
    client.post(f"/en/forum/p/{post.pk}/helpful/")
    post.refresh_from_db()
    assert (post.helpful_count, Reaction.objects.count()) == (0, 0)


def test_edit_history_is_visible_to_readers(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    post = PostFactory(topic=topic, author=practitioner, body="First wording")
    post_edit(editor=practitioner, post=post, body="Second wording")
    topic_page = client.get(topic.get_absolute_url()).content.decode()
    assert "edited once" in topic_page
    history = client.get(f"/en/forum/p/{post.pk}/history/").content.decode()
    assert "First wording" in history and "Second wording" in history


def test_member_cannot_edit_someone_elses_post(client, reader, public_category):
    post = PostFactory(topic=ForumTopicFactory(category=public_category), body="Original")
    client.force_login(reader)
    response = client.post(f"/en/forum/p/{post.pk}/edit/", {"body": "Vandalised"})
    assert "You can only edit your own posts." in response.content.decode()
    post.refresh_from_db()
    assert post.body == "Original"


def test_guideline_section_lists_the_discussions_citing_it(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category, title="Applying section 4.3")
    client.force_login(practitioner)
    client.post(
        f"/en/forum/t/{topic.pk}/reply/",
        {"body": "As [[case-management-guideline#sec-4-3]] says.", "language": "en", "submission_key": "k1"},
    )

    class GuidelinePage:
        slug = "case-management-guideline"

    assert discussions_about_section(GuidelinePage(), "sec-4-3") == [topic]
    assert discussions_about_section(GuidelinePage(), "sec-9-9") == []


def test_country_filter_keeps_matching_topics(client, public_category):
    guinea = CountryFactory(code="GN", name_en="Guinea")
    in_guinea = ForumTopicFactory(category=public_category, title="Conakry reception centre")
    in_guinea.countries.set([guinea])
    ForumTopicFactory(category=public_category, title="Tunis shelter")
    page = client.get("/en/forum/?country=GN").content.decode()
    assert "Conakry reception centre" in page and "Tunis shelter" not in page


def test_topic_list_pages_by_keyset_without_repeats(client, public_category):
    now = timezone.now()
    for number in range(TOPICS_PER_PAGE + 5):
        ForumTopicFactory(
            category=public_category, title=f"Paged topic {number:03d}", last_posted_at=now - timedelta(minutes=number)
        )
    first = client.get(f"/en/forum/c/{public_category.slug}/")
    assert "Paged topic 000" in first.content.decode()
    next_link = first.content.decode().split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    second = client.get(f"/en/forum/c/{public_category.slug}/{next_link}").content.decode()
    assert f"Paged topic {TOPICS_PER_PAGE:03d}" in second
    assert "Paged topic 000" not in second


def test_broken_cursor_is_a_clear_400(client, public_category):
    response = client.get(f"/en/forum/c/{public_category.slug}/?after=garbage")
    assert response.status_code == 400
