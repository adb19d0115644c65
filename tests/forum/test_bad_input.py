"""Bad or hostile input gets a clear answer, never a server error."""

import pytest

from django.contrib.auth.models import Group

from forum.models import Post, Topic, Watch

from .factories import ForumTopicFactory
from .helpers import new_topic_data, reply_data

pytestmark = pytest.mark.django_db


def test_role_permissions_let_practitioners_post_and_readers_only_read():
    practitioner = set(Group.objects.get(name="Practitioner").permissions.values_list("codename", flat=True))
    reader = set(Group.objects.get(name="Reader").permissions.values_list("codename", flat=True))
    moderator = set(Group.objects.get(name="Moderator").permissions.values_list("codename", flat=True))
    assert {"add_topic", "add_post"} <= practitioner
    assert not {"add_topic", "add_post", "moderate_forum"} & reader
    assert "moderate_forum" in moderator


@pytest.mark.parametrize(
    "url",
    [
        "/en/forum/?after=not-a-cursor",
        "/en/forum/?kind=<script>&country=ZZZ&population=nope&solved=maybe",
        "/en/forum/t/999999/",
        "/en/forum/p/999999/",
        "/en/forum/attachments/999999/",
        "/en/forum/c/no-such-category/",
        "/en/forum/feeds/c/no-such-category/",
        "/en/forum/unsubscribe/garbage/",
    ],
)
def test_odd_urls_answer_without_server_error(client, url):
    assert client.get(url).status_code in {200, 400, 404}


def test_odd_topic_page_parameters_are_ignored(client, public_category):
    topic = ForumTopicFactory(category=public_category)
    for query in ["?after=abc", "?before=-1", "?after=99999999", "?quote=xyz"]:
        assert client.get(f"{topic.get_absolute_url()}{query}").status_code == 200


def test_new_topic_with_invalid_choices_comes_back_with_errors(client, practitioner, public_category):
    client.force_login(practitioner)
    data = new_topic_data(public_category, kind="poem", language="xx", population_group="aliens", countries=["abc"])
    response = client.post("/en/forum/new/", data)
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert data["body"] in response.content.decode()
    assert not Topic.objects.exists()


def test_reply_with_invalid_language_comes_back_with_errors(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(language="xx"))
    assert response.status_code == 400
    assert Post.objects.count() == 1


def test_unknown_watch_choice_and_moderation_action_are_explained(client, practitioner, moderator, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    response = client.post(f"/en/forum/t/{topic.pk}/watch/", {"email": "hourly"}, follow=True)
    assert "Choose how you want to be told." in response.content.decode()
    assert not Watch.objects.exists()
    client.force_login(moderator)
    response = client.post(f"/en/forum/t/{topic.pk}/moderate/", {"action": "explode", "reason": "x"}, follow=True)
    assert "Unknown moderation action." in response.content.decode()


def test_anonymous_posting_goes_to_sign_in(client, public_category):
    response = client.post("/en/forum/new/", new_topic_data(public_category))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
