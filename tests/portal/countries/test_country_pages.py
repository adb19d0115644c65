"""Country pages: every programme country answers in every language, shows only what the reader may see, and
links into search filtered by that country; other codes are not found."""

import re

import pytest

from django.conf import settings
from django.test import Client

from portal.models import Country
from tests.conftest import module_data
from tests.page_text import visible_text

from .world import MAY_SEE, build_world

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@module_data
def world():
    return build_world()


def _client(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_programme_country_page_answers_in_every_language(world, language):
    client = Client()
    for country in Country.objects.programme():
        response = client.get(f"/{language}/countries/{country.code}/")
        assert response.status_code == 200, country.code
        html = response.content.decode()
        assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
        assert f"<h1>{country.name_en if language == 'en' else getattr(country, f'name_{language}')}</h1>" in html
        assert re.search(r'<meta name="description" content="[^"]+">', html)
        assert f'href="/{language}/countries/"' in html  # the breadcrumb back to the list


@pytest.mark.parametrize("language", LANGUAGES)
def test_country_list_links_every_programme_country_and_no_other(world, language):
    html = Client().get(f"/{language}/countries/").content.decode()

    for country in Country.objects.programme():
        assert f'href="/{language}/countries/{country.code}/"' in html
    assert "/countries/FR/" not in html


@pytest.mark.parametrize("code", ["ZZ", "FR", "xyz", "G", "1N", "GN1", "%00", "غي"])
def test_unknown_or_non_programme_country_is_not_found_with_the_portal_page(world, code):
    response = Client().get(f"/en/countries/{code}/")

    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize("code", ["gn", "Gn", "gN"])
def test_a_code_in_any_case_redirects_to_the_canonical_page(world, code):
    response = Client().get(f"/fr/countries/{code}/")

    assert response.status_code == 301
    assert response["Location"] == "/fr/countries/GN/"


@pytest.mark.parametrize("who", ["anonymous", "reader", "group member", "moderator"])
def test_each_reader_sees_only_the_canaries_they_may_read(world, who):
    html = _client(world.readers[who]).get("/en/countries/GN/").content.decode()

    for canary, allowed in MAY_SEE.items():
        assert (canary in html) == (who in allowed), f"{who}: {canary}"


def test_the_page_shows_every_kind_of_public_content_about_the_country(world):
    html = Client().get("/en/countries/GN/").content.decode()
    text = visible_text(html)

    assert "In Guinea, refer children to the social welfare office." in text
    assert f'href="{world.guideline.url}?country=GN#s-case-mrf"' in html  # the note's section, with its note shown
    assert "Case management, Edition 1.0 §2 Referral" in text
    assert f'href="{world.course.url}"' in html
    assert f'href="{world.lesson.get_absolute_url()}"' in html
    assert f'href="{world.discussion.get_absolute_url()}"' in html
    assert "Cooperatives in Gao" not in text  # Mali's lesson


def test_every_section_links_into_search_filtered_by_the_country(world):
    html = Client().get("/en/countries/GN/").content.decode()

    links = set(re.findall(r'href="/en/search/\?([^"]+)"', html))
    assert links == {
        "country=GN",
        "country=GN&amp;type=guideline_section",
        "country=GN&amp;type=course",
        "country=GN&amp;type=forum_topic",
    }
    assert 'href="/en/forum/?country=GN&amp;kind=lesson"' in html


def test_the_search_page_filtered_by_a_country_answers(world):
    response = Client().get("/en/search/?country=GN")

    assert response.status_code == 200
    assert 'href="/en/countries/GN/"' in response.content.decode()


def test_a_country_with_nothing_published_says_so(world):
    text = visible_text(Client().get("/en/countries/ML/").content.decode())

    assert "Cooperatives in Gao" in text
    assert "Guideline country notes" not in text and "Courses" not in text
