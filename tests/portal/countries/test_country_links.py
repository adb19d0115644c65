"""A country's name links to its country page wherever it is shown; a country outside the programme stays text."""

import pytest

from django.template.loader import render_to_string
from django.test import Client

from search.results import SearchHit
from tests.conftest import module_data

from .world import build_world

pytestmark = pytest.mark.django_db
GUINEA_PAGE = 'href="/en/countries/GN/"'


@module_data
def world():
    world = build_world()
    author = world.lesson.author
    author.country = world.guinea
    author.save()
    return world


def _surfaces(world) -> dict[str, str]:
    guideline = world.guideline.url
    return {
        "forum list (topic row)": "/en/forum/",
        "forum topic (countries)": world.discussion.get_absolute_url(),
        "forum post (author's country)": world.lesson.get_absolute_url(),
        "guideline note for the country": f"{guideline}?country=GN",
        "guideline country notes compared": f"{guideline}countries/?country=GN",
        "course (tags)": world.course.url,
        "search filtered by the country": "/en/search/?country=GN",
    }


@pytest.mark.parametrize(
    "surface",
    [
        "forum list (topic row)",
        "forum topic (countries)",
        "forum post (author's country)",
        "guideline note for the country",
        "guideline country notes compared",
        "course (tags)",
        "search filtered by the country",
    ],
)
def test_the_country_name_links_to_its_page(world, surface):
    response = Client().get(_surfaces(world)[surface])

    assert response.status_code == 200
    assert f"{GUINEA_PAGE}>Guinea</a>" in response.content.decode()


def test_a_country_outside_the_programme_is_named_without_a_link(world):
    html = Client().get(world.discussion.get_absolute_url()).content.decode()

    assert "France" in html
    assert "/countries/FR/" not in html


def test_the_profile_links_the_members_country(world):
    client = Client()
    client.force_login(world.lesson.author)

    html = client.get("/accounts/profile/", HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert f"{GUINEA_PAGE}>Guinea</a>" in html


def test_search_results_name_and_link_their_countries(world):
    hit = SearchHit(
        id="1",
        kind="forum_topic",
        title="Peer groups",
        url="/en/forum/t/1/",
        language="en",
        snippet="Peer groups",
        countries=["GN", "FR"],
        topics=[],
        edition="",
        is_current=True,
        published_at=None,
        in_reader_language=True,
    )

    html = render_to_string("search/includes/result.html", {"hit": hit})

    assert f"{GUINEA_PAGE}>Guinea</a>, FR" in html
