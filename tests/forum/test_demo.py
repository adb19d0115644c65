"""The demo forum: hundreds of posts in three languages, a restricted category, and idempotent loading."""

import io

import pytest

from django.contrib.auth.models import AnonymousUser

from forum.demo import load_demo_content
from forum.models import Post, Topic
from forum.search_source import ForumTopicSource
from forum.selectors import visible_topics
from tests.conftest import module_data

pytestmark = pytest.mark.django_db


@module_data
def demo():
    load_demo_content(stdout=io.StringIO())


def test_demo_has_hundreds_of_posts_in_every_language_and_kind(demo):
    assert Post.objects.count() >= 300
    assert set(Topic.objects.values_list("language", flat=True)) == {"en", "fr", "ar"}
    assert set(Topic.objects.values_list("kind", flat=True)) == {"question", "lesson", "practice", "discussion"}
    assert Topic.objects.filter(accepted_answer__isnull=False).exists()
    assert Topic.objects.filter(countries__code="GN", kind="lesson").exists()
    assert Topic.objects.filter(helpful_count__gt=0).exists()


def test_demo_restricted_topic_is_hidden_from_the_public(demo):
    restricted = Topic.objects.get(category__slug="verified-caseworkers")
    assert not visible_topics(AnonymousUser()).filter(pk=restricted.pk).exists()
    documents = ForumTopicSource().documents_for([str(restricted.pk)])[str(restricted.pk)]
    assert {(document.visibility, tuple(document.groups)) for document in documents} == {("groups", ("Practitioner",))}


def test_demo_loads_once(demo):
    posts = Post.objects.count()
    output = io.StringIO()
    load_demo_content(stdout=output)
    assert Post.objects.count() == posts
    assert "already loaded" in output.getvalue()


def test_demo_topic_pages_render(client, demo):
    for topic in Topic.objects.filter(category__groups__isnull=True)[:3]:
        assert client.get(f"/{topic.language}/forum/t/{topic.pk}/").status_code == 200


def test_demo_categories_are_described_in_every_language(demo, client):
    from forum.models import Category

    assert not Category.objects.filter(description_fr="").exists()
    assert not Category.objects.filter(description_ar="").exists()
    assert "Réintégration économique, sociale et psychosociale" in client.get("/fr/forum/").content.decode()
