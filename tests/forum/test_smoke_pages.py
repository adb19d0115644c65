import pytest

from .factories import ForumTopicFactory, PostFactory

pytestmark = pytest.mark.django_db


def test_forum_pages_render_for_anonymous_and_members(client, public_category, practitioner):
    topic = ForumTopicFactory(category=public_category, title="Returnee housing in Conakry")
    PostFactory(topic=topic, body="We used a rent subsidy.")
    for url in [
        "/en/forum/",
        f"/en/forum/c/{public_category.slug}/",
        f"/en/forum/t/{topic.pk}/",
        "/en/forum/feeds/latest/",
    ]:
        assert client.get(url).status_code == 200, url
    client.force_login(practitioner)
    for url in [
        "/en/forum/",
        f"/en/forum/t/{topic.pk}/",
        "/en/forum/new/?kind=lesson",
        f"/en/forum/t/{topic.pk}/reply/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "We used a rent subsidy." in client.get(f"/en/forum/t/{topic.pk}/").content.decode()
