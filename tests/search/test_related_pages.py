"""The "Related" list on a forum topic page: near topics in other languages, restricted ones only for their group."""

import pytest

from django.contrib.auth.models import Group

from search.maintenance import index_rebuild
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory

pytestmark = pytest.mark.django_db

GROUP = "Verified caseworkers"


@pytest.fixture
def topics(semantic, no_elasticsearch):
    public = CategoryFactory(slug="reintegration")
    restricted = CategoryFactory(slug="verified-caseworkers", restricted_to=[GROUP])
    page = ForumTopicFactory(
        category=public,
        title="Paying rent with mobile money",
        opening="Returnees receive their monthly cash grant on their phone and pay the landlord with it.",
    )
    french = ForumTopicFactory(
        category=public,
        title="Payer le loyer par téléphone",
        language="fr",
        opening="Les rapatriés reçoivent leur allocation sur le portefeuille mobile et paient le propriétaire.",
    )
    secret = ForumTopicFactory(
        category=restricted,
        title="Canary: mobile wallet rent grants",
        opening="The cash grant arrives on the phone and the family pays the landlord with it.",
    )
    index_rebuild()
    return page, french, secret


def test_topic_page_shows_related_topics_across_languages_but_not_restricted_ones(topics, client):
    page, french, secret = topics

    html = client.get(page.get_absolute_url()).content.decode()

    assert 'id="related-items-title"' in html
    assert french.title in html
    assert secret.title not in html


def test_group_member_sees_the_restricted_topic_in_related(topics, client):
    page, _french, secret = topics
    insider = MemberFactory()
    insider.groups.add(Group.objects.get_or_create(name=GROUP)[0])
    client.force_login(insider)

    assert secret.title in client.get(page.get_absolute_url()).content.decode()
