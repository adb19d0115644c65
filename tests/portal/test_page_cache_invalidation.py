"""After each kind of change, the cached page shows it on the next request, and only what changed misses."""

import pytest

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import PageViewRestriction

from forum.services.post_create import post_create
from forum.services.post_edit import post_edit
from forum.services.post_hide import post_hide
from forum.services.topic_move import topic_move
from portal.models import HomePage, StandardPage
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory
from tests.guidelines import factories as guideline_factories
from tests.page_text import visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def change(django_capture_on_commit_callbacks):
    """Runs a change as a request would: its transaction commits (on-commit bumps included)."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


def warm(client: Client, *urls: str) -> None:
    for url in urls:
        for _ in range(3):
            response = client.get(url)
        assert response["X-Page-Cache"] == "hit", url


def still_cached(client: Client, url: str) -> bool:
    return client.get(url).get("X-Page-Cache") == "hit"


def test_publishing_a_new_edition_shows_it_and_marks_the_old_one_superseded(client, site, change):
    page = site.guideline
    warm(client, page.url, f"{page.url}editions/2.0/", site.urls["guidelines"], site.urls["forum-topic"])

    sections = guideline_factories.numbered_sections(2, prefix="Revised step")
    change(lambda: guideline_factories.new_edition(page, sections=sections, label="3.0"))

    assert "Revised step 1" in client.get(page.url).content.decode()
    assert "has been superseded by edition 3.0" in visible_text(client.get(f"{page.url}editions/2.0/").content.decode())
    assert "3.0" in client.get(site.urls["guidelines"]).content.decode()
    assert still_cached(client, site.urls["forum-topic"]), "a new edition changes nothing in the forum"


def test_unpublishing_a_page_takes_it_out_of_the_cache(client, site, change):
    page = site.guideline
    warm(client, page.url, site.urls["guidelines"])

    change(lambda: page.unpublish())

    assert client.get(page.url).status_code == 404
    assert page.title not in client.get(site.urls["guidelines"]).content.decode()


def test_moving_a_page_answers_at_its_new_address_only(client, site, change):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    about = home.add_child(instance=StandardPage(title="About the portal", slug="about"))
    team = home.add_child(instance=StandardPage(title="Our team", slug="team"))
    guideline_factories.publish(about)
    guideline_factories.publish(team)
    warm(client, "/en/guidelines/", site.urls["forum-index"])
    client.get("/en/about/")

    change(lambda: about.move(team, pos="last-child"))

    old_address = client.get("/en/about/")
    assert old_address.status_code == 301 and old_address["Location"] == "/en/team/about/"
    assert client.get("/en/team/about/").status_code == 200
    assert not still_cached(client, "/en/guidelines/"), "navigation and routing changed: every page misses"


def test_a_view_restriction_added_stops_the_cached_page_at_once(client, site, change):
    page = site.guideline
    warm(client, page.url, f"{page.url}print/")

    def restrict():
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.add(Group.objects.get(name="Editor"))

    change(restrict)

    for url in (page.url, f"{page.url}print/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url


def test_a_new_reply_shows_on_its_topic_and_in_the_lists_only(client, site, change):
    other = ForumTopicFactory(category=site.topic.category, title="Another topic")
    topic_url, other_url = site.urls["forum-topic"], f"/en/forum/t/{other.pk}/"
    author = MemberFactory()
    warm(client, topic_url, other_url, site.urls["forum-category"], site.urls["home"])

    change(lambda: post_create(author=author, topic=site.topic, body="A brand new reply about shelters", language="en"))

    assert "A brand new reply about shelters" in client.get(topic_url).content.decode()
    assert not still_cached(client, site.urls["forum-category"])
    assert not still_cached(client, site.urls["home"]), "the home page lists the newest topics"
    assert still_cached(client, other_url), "another topic's page is not invalidated"


def test_an_edit_shows_the_new_text_and_its_new_citation(client, site, change):
    opening = site.topic.posts.get(is_opening=True)
    warm(client, site.urls["forum-topic"])
    new_guideline = guideline_factories.guideline(title="Shelter standards", slug="shelter-standards")
    warm(client, new_guideline.url)

    editor = site.members["Practitioner"]
    change(lambda: post_edit(editor=editor, post=opening, body="Updated steps, see [[shelter-standards#s-n0001]]."))

    assert "Updated steps" in client.get(site.urls["forum-topic"]).content.decode()
    assert site.topic.title in client.get(new_guideline.url).content.decode(), "the newly cited guideline lists it"


def test_hiding_a_reply_removes_it_from_the_cached_topic(client, site, change):
    reply = post_create(author=MemberFactory(), topic=site.topic, body="Name and address of the person", language="en")
    warm(client, site.urls["forum-topic"])
    assert "Name and address of the person" in client.get(site.urls["forum-topic"]).content.decode()

    change(lambda: post_hide(moderator=site.members["Moderator"], post=reply, reason="Personal data"))

    assert "Name and address of the person" not in client.get(site.urls["forum-topic"]).content.decode()


def test_moving_a_topic_into_a_restricted_category_hides_it_from_every_cached_list(client, site, change):
    restricted = CategoryFactory(slug="closed", name_en="Closed", restricted_to=["Verified caseworkers"])
    title = site.topic.title
    lists = [site.urls["forum-index"], site.urls["forum-category"], site.guideline.url]
    warm(client, site.urls["forum-topic"], *lists)

    change(lambda: topic_move(moderator=site.members["Moderator"], topic=site.topic, category=restricted, reason="x"))

    assert client.get(site.urls["forum-topic"]).status_code == 404
    for url in lists:
        assert title not in client.get(url).content.decode(), url


def test_restricting_a_category_hides_its_topics_from_cached_pages(client, site, change):
    category = site.topic.category
    lists = [site.urls["forum-index"], site.guideline.url, site.urls["home"]]
    warm(client, *lists)

    change(lambda: category.groups.add(Group.objects.get_or_create(name="Verified caseworkers")[0]))

    for url in lists:
        assert site.topic.title not in client.get(url).content.decode(), url
