"""The "Related" list on forum topic, guideline and lesson pages: near items of other kinds and languages,
restricted ones only for their group."""

import pytest

from django.contrib.auth.models import Group

from search.maintenance import index_rebuild
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory
from tests.guidelines.factories import guideline, section
from tests.training.factories import lessons_of, make_course, paragraph

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


def test_guideline_and_lesson_pages_show_related_items_of_other_kinds(topics, client):
    _page, french, _secret = topics
    rent = "Cash grants paid to the returnee's mobile phone wallet cover the rent owed to the landlord."
    page = guideline(title="Cash assistance for rent", slug="cash-rent", sections=[section("Mobile money", rent)])
    course = make_course(
        title="Cash for rent",
        modules=[{"lessons": [{"title": "Paying rent by phone", "body": [paragraph(f"<p>{rent}</p>")]}]}],
    )
    index_rebuild()

    for url in (page.url, lessons_of(course)[0].url):
        html = client.get(url).content.decode()
        assert 'id="related-items-title"' in html, url
        assert french.title in html, url


def test_each_guideline_section_shows_items_related_to_that_section_not_to_the_other_sections(topics, client):
    _page, french, secret = topics
    rent = "Cash grants paid to the returnee's mobile phone wallet cover the rent owed to the landlord."
    football = "The under-15 football league plays on Saturdays; bring boots and a water bottle."
    page = guideline(
        title="Community life",
        slug="community-life",
        sections=[section("Paying rent", rent, anchor="rent"), section("Sports", football, anchor="sports")],
    )
    index_rebuild()

    html = client.get(page.url).content.decode()
    rent_part, sports_part = html.split('id="rent"', 1)[1].split('id="sports"', 1)

    assert french.title in rent_part.split("</section>", 1)[0]
    assert french.title not in sports_part.split("</section>", 1)[0]
    assert secret.title not in html
