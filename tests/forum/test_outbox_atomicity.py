"""A forum change and its search outbox row commit together or not at all: the index never misses a change
(content saved, outbox row lost) nor announces one that was rolled back."""

import pkgutil
from datetime import timedelta

import pytest

from django.utils import timezone

import forum.services
from forum import search_source
from forum.choices import TopicKind
from forum.models import HeldPost, Post
from forum.services import (
    answer_accept,
    held_post_publish,
    post_create,
    post_edit,
    post_hide,
    post_restore,
    reaction_toggle,
    topic_create,
    topic_hide,
    topic_move,
)

from .factories import CategoryFactory, ForumTopicFactory, PostFactory
from .helpers import forum_state

pytestmark = pytest.mark.django_db


class OutboxDown(Exception):
    pass


@pytest.fixture
def world(practitioner, moderator, public_category):
    question = ForumTopicFactory(category=public_category, kind=TopicKind.QUESTION, author=practitioner)
    answer = PostFactory(topic=question, body="Call the focal point in Niamey.")
    hidden = PostFactory(topic=question, body="A reply a moderator hid", is_hidden=True)
    held = PostFactory(topic=question, body="A new member's first reply", is_hidden=True)
    HeldPost.objects.create(post=held)
    Post.objects.update(created_at=timezone.now() - timedelta(minutes=5))  # past the posting interval
    return {
        "practitioner": practitioner,
        "moderator": moderator,
        "category": public_category,
        "elsewhere": CategoryFactory(slug="elsewhere"),
        "question": question,
        "answer": answer,
        "hidden": hidden,
        "held": held,
        "own_post": question.posts.get(is_opening=True),
    }


# Every forum verb that changes what the index holds, and how to call it once.
VERBS = {
    "post_create": lambda w: post_create(
        author=w["practitioner"], topic=w["question"], body="A new reply", language="en"
    ),
    "topic_create": lambda w: topic_create(
        author=w["practitioner"],
        category=w["category"],
        kind=TopicKind.DISCUSSION,
        title="A new topic",
        body="Its opening text",
        language="en",
        population_group="returnees",
    ),
    "post_edit": lambda w: post_edit(editor=w["practitioner"], post=w["own_post"], body="Edited text"),
    "answer_accept": lambda w: answer_accept(user=w["practitioner"], post=w["answer"]),
    "reaction_toggle": lambda w: reaction_toggle(user=w["moderator"], post=w["answer"]),
    "post_hide": lambda w: post_hide(moderator=w["moderator"], post=w["answer"], reason="Names a survivor"),
    "post_restore": lambda w: post_restore(moderator=w["moderator"], post=w["hidden"], reason="Redacted"),
    "topic_hide": lambda w: topic_hide(moderator=w["moderator"], topic=w["question"], reason="Off topic"),
    "post_review": lambda w: held_post_publish(moderator=w["moderator"], post=w["held"]),
    "topic_move": lambda w: topic_move(
        moderator=w["moderator"], topic=w["question"], category=w["elsewhere"], reason="Moved"
    ),
}


def test_every_verb_that_records_an_outbox_change_is_covered():
    recording = {
        module.name
        for module in pkgutil.iter_modules(forum.services.__path__)
        if "record_topic_change" in vars(__import__(f"forum.services.{module.name}", fromlist=["_"]))
    }
    assert recording <= set(VERBS)


@pytest.mark.parametrize("verb", VERBS)
def test_verb_works_and_records_its_change(world, verb):
    before = len(forum_state()["IndexOutboxEntry"])
    VERBS[verb](world)
    assert len(forum_state()["IndexOutboxEntry"]) > before


@pytest.mark.parametrize("verb", VERBS)
def test_outbox_write_failure_rolls_back_the_change(world, verb, monkeypatch):
    def outbox_down(**kwargs):
        raise OutboxDown

    monkeypatch.setattr(search_source, "record_change", outbox_down)
    before = forum_state()
    with pytest.raises(OutboxDown):
        VERBS[verb](world)
    assert forum_state() == before


@pytest.mark.parametrize("verb", VERBS)
def test_failure_after_the_outbox_row_rolls_back_the_change_and_the_row(world, verb, monkeypatch):
    real = search_source.record_change

    def written_then_failed(**kwargs):
        real(**kwargs)
        raise OutboxDown

    monkeypatch.setattr(search_source, "record_change", written_then_failed)
    before = forum_state()
    with pytest.raises(OutboxDown):
        VERBS[verb](world)
    assert forum_state() == before
