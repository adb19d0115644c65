"""The forum's knowledge source: what it hands the index, and that every change is recorded in the outbox."""

import pytest

from forum.search_source import SOURCE_NAME, ForumTopicSource
from forum.services import answer_accept, post_edit, post_hide, post_restore, topic_move
from search.models import IndexOutboxEntry

from .factories import CategoryFactory, CountryFactory, ForumTopicFactory, PostFactory, TopicFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def question(public_category, practitioner):
    topic = ForumTopicFactory(
        category=public_category, kind="question", author=practitioner, title="Age assessment", language="fr"
    )
    topic.countries.set([CountryFactory(code="GN", name_en="Guinea")])
    topic.topics.set([TopicFactory(slug="child-protection", name_en="Child protection")])
    return topic


def _document(topic):
    return ForumTopicSource().documents_for([str(topic.pk)]).get(str(topic.pk), [])


def test_document_folds_in_the_accepted_answer_and_other_replies(question, practitioner):
    answer = PostFactory(topic=question, body="Use the best-interests procedure.")
    other = PostFactory(topic=question, body="Ask the child protection unit.")
    answer_accept(user=practitioner, post=answer)
    [document] = _document(question)
    assert document.id == f"forum-topic:{question.pk}"
    assert document.kind == "forum_topic"
    assert document.language == "fr"
    assert document.url == f"/fr/forum/t/{question.pk}/"
    assert document.countries == ["GN"]
    assert document.topics == ["child-protection"]
    assert document.population_groups == ["returnees"]
    assert "best-interests procedure" in document.text
    assert other.body in document.text
    assert document.extra["solved"] is True


def test_a_reply_marked_helpful_is_found_on_its_own(question):
    helpful = PostFactory(topic=question, body="Ask the child protection unit.", helpful_count=2, language="ar")

    topic_document, reply_document = _document(question)

    assert helpful.body not in topic_document.text
    assert (reply_document.id, reply_document.kind, reply_document.title) == (
        f"forum-post:{helpful.pk}",
        "forum_post",
        "Age assessment",
    )
    assert reply_document.text == helpful.body and reply_document.language == "ar"
    assert reply_document.url == f"/ar/forum/p/{helpful.pk}/"
    assert (reply_document.countries, reply_document.visibility) == (["GN"], topic_document.visibility)
    assert reply_document.shown_under == topic_document.id  # one search result per topic


def test_hidden_reply_is_not_folded_in(question, moderator):
    reply = PostFactory(topic=question, body="Secret detail that was hidden")
    post_hide(moderator=moderator, post=reply, reason="Personal data")
    assert "Secret detail" not in _document(question)[0].text


def test_hidden_topic_has_no_document(question, moderator):
    post_hide(moderator=moderator, post=question.posts.get(), reason="Duplicate")
    assert _document(question) == []
    assert str(question.pk) not in ForumTopicSource().all_keys()


def test_new_topic_and_reply_are_recorded_in_the_outbox(client, practitioner, public_category):
    from .helpers import new_topic_data

    client.force_login(practitioner)
    client.post("/en/forum/new/", new_topic_data(public_category))
    assert IndexOutboxEntry.objects.filter(source=SOURCE_NAME).count() == 1


@pytest.mark.parametrize("change", ["edit", "hide", "restore", "move", "accept", "delete"])
def test_every_change_is_recorded_in_the_outbox(question, practitioner, moderator, change):
    reply = PostFactory(topic=question, body="An answer")
    key = str(question.pk)
    IndexOutboxEntry.objects.all().delete()
    if change == "edit":
        post_edit(editor=reply.author, post=reply, body="An edited answer")
    elif change == "hide":
        post_hide(moderator=moderator, post=reply, reason="Check")
    elif change == "restore":
        post_restore(moderator=moderator, post=reply, reason="Fine")
    elif change == "move":
        topic_move(moderator=moderator, topic=question, category=CategoryFactory(slug="other"), reason="Better there")
    elif change == "accept":
        answer_accept(user=practitioner, post=reply)
    else:
        question.delete()
    assert IndexOutboxEntry.objects.filter(source=SOURCE_NAME, key=key).exists()


def test_restricting_a_category_reindexes_its_topics(question, public_category):
    from django.contrib.auth.models import Group

    IndexOutboxEntry.objects.all().delete()
    public_category.groups.add(Group.objects.get(name="Practitioner"))
    assert IndexOutboxEntry.objects.filter(source=SOURCE_NAME, key=str(question.pk)).exists()
    assert _document(question)[0].groups == ["Practitioner"]


def _thread(topic, author, *, replies: int, helpful: int) -> None:
    """`replies` replies in one insert, the last `helpful` of them marked helpful (1 to `helpful` marks)."""
    from forum.models import Post

    Post.objects.bulk_create(
        Post(
            topic=topic,
            author=author,
            body=f"Reply {number}",
            body_html=f"<p>Reply {number}</p>",
            helpful_count=max(0, number - (replies - helpful) + 1),
        )
        for number in range(replies)
    )


def _loading(topic):
    """(queries, posts loaded, documents) for re-indexing the topic."""
    from django.db import connection
    from django.db.models.signals import post_init
    from django.test.utils import CaptureQueriesContext

    from forum.models import Post

    loaded = []

    def count(sender, **kwargs):
        loaded.append(sender)

    post_init.connect(count, sender=Post)
    try:
        with CaptureQueriesContext(connection) as queries:
            documents = _document(topic)
    finally:
        post_init.disconnect(count, sender=Post)
    return len(queries), len(loaded), documents


@pytest.mark.parametrize("helpful", [0, 30])
def test_reindexing_a_topic_loads_the_same_rows_for_a_few_or_2000_replies(public_category, practitioner, helpful):
    from forum.search_source import STANDALONE_REPLIES, TOP_REPLIES

    short = ForumTopicFactory(category=public_category, author=practitioner, kind="question")
    long = ForumTopicFactory(category=public_category, author=practitioner, kind="question")
    _thread(short, practitioner, replies=TOP_REPLIES + 1 + helpful, helpful=helpful)
    _thread(long, practitioner, replies=2000, helpful=helpful)
    answer_accept(user=practitioner, post=short.posts.filter(is_opening=False).order_by("id")[1])
    answer_accept(user=practitioner, post=long.posts.filter(is_opening=False).order_by("id")[10])

    short_queries, short_rows, short_documents = _loading(short)
    long_queries, long_rows, long_documents = _loading(long)

    assert short_queries == long_queries
    # the opening post, the accepted answer, the first other replies and the most helpful ones
    assert short_rows == long_rows == 2 + TOP_REPLIES + min(helpful, STANDALONE_REPLIES)
    assert len(short_documents) == len(long_documents) == 1 + min(helpful, STANDALONE_REPLIES)
    folded = set(long_documents[0].text.split("\n\n"))
    assert {f"Reply {number}" for number in (10, *range(TOP_REPLIES))} <= folded
    assert f"Reply {TOP_REPLIES}" not in folded and "Reply 1999" not in folded
    standalone = sorted(document.text for document in long_documents[1:])  # the most helpful stand alone
    assert standalone == sorted(f"Reply {number}" for number in range(2000 - min(helpful, STANDALONE_REPLIES), 2000))
