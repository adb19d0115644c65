"""Low-data mode: a header toggle remembered in a cookie; text only, with the weight saved shown."""

import os

import pytest

from django.contrib.staticfiles import finders
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from portal.offline.low_data import COOKIE, text_only
from tests.guidelines import factories as guideline_factories

pytestmark = pytest.mark.django_db


def test_toggle_turns_low_data_mode_on_and_returns_to_the_page(client):
    response = client.get("/low-data/", {"mode": "on", "next": "/fr/guidelines/"})
    assert response.status_code == 302 and response["Location"] == "/fr/guidelines/"
    assert response.cookies[COOKIE].value == "1"
    off = client.get("/low-data/", {"mode": "off", "next": "/fr/"})
    assert off.cookies[COOKIE].value == "" and off["Location"] == "/fr/"


def test_toggle_keeps_the_search_the_reader_was_on(client):
    referer = "http://testserver/en/search/?q=referral&country=NE"
    response = client.get("/low-data/", {"mode": "on", "next": "/en/search/"}, HTTP_REFERER=referer)
    assert response["Location"] == "/en/search/?q=referral&country=NE"
    elsewhere = client.get("/low-data/", {"mode": "on", "next": "/en/"}, HTTP_REFERER="https://evil.example/en/?x=1")
    assert elsewhere["Location"] == "/en/"


@pytest.mark.parametrize("mode", ["", "yes", "ON", "1"])
def test_toggle_with_an_unknown_mode_says_which_modes_exist(client, mode):
    response = client.get("/low-data/", {"mode": mode})
    assert response.status_code == 400 and b"on" in response.content


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/x", "javascript:alert(1)"])
def test_toggle_never_sends_the_reader_off_site(client, next_url):
    assert client.get("/low-data/", {"mode": "on", "next": next_url})["Location"] == "/"


def test_every_page_has_the_toggle_that_works_without_javascript(client):
    html = client.get("/en/kept/").content.decode()
    assert '<form class="low-data-toggle" method="get" action="/low-data/">' in html
    assert 'aria-pressed="false"' in html


def test_images_become_a_link_with_their_size_and_scripts_are_left_out():
    name = default_storage.save("low-data-test/map.png", ContentFile(b"x" * 3000))
    script = finders.find("js/search-suggest.js")
    html = (
        f'<p>Intro</p><img src="/media/{name}" alt="Referral map" loading="lazy">'
        '<script src="/static/js/search-suggest.js" defer></script>'
        '<script src="/static/js/offline.js" defer data-essential></script>'
    )
    try:
        light, saved = text_only(html)
    finally:
        default_storage.delete(name)
    assert "<img" not in light and "search-suggest" not in light and "offline.js" in light
    assert f'<a class="low-data-image" href="/media/{name}">Referral map · Show image (2.9\xa0KB)</a>' in light
    assert saved == 3000 + os.path.getsize(script)


def test_low_data_page_says_it_is_on_and_what_it_saved(client):
    client.cookies[COOKIE] = "1"
    html = client.get("/en/search/?q=referral").content.decode()
    assert "search-suggest" not in html
    assert "Low-data mode is on:" in html and "not downloaded on this page" in html
    assert 'aria-pressed="true" data-low-data-button' in html and 'name="mode" value="off"' in html


def test_a_copy_from_one_mode_is_never_revalidated_into_the_other(client):
    page = guideline_factories.guideline()
    client.get(page.url)
    first = client.get(page.url)
    assert first.status_code == 200 and first.has_header("ETag")
    assert client.get(page.url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    client.cookies[COOKIE] = "1"
    low = client.get(page.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert low.status_code == 200 and "Low-data mode is on" in low.content.decode()
    assert low["ETag"] != first["ETag"]
    assert client.get(page.url, HTTP_IF_NONE_MATCH=low["ETag"]).status_code == 304
    del client.cookies[COOKIE]
    assert client.get(page.url, HTTP_IF_NONE_MATCH=low["ETag"]).status_code == 200


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Low-data mode is on: {size} not downloaded on this page."),
        ("fr", "Le mode économie de données est activé : {size} non téléchargés sur cette page."),
        ("ar", "وضع توفير البيانات مفعّل: لم يُنزَّل {size} في هذه الصفحة."),
    ],
)
def test_the_weight_saved_is_shown_in_the_readers_language(client, language, said):
    """The figure is the script the page would have loaded (search suggestions), in the reader's own words."""
    script = finders.find("js/search-suggest.js")
    client.cookies[COOKIE] = "1"
    html = client.get(f"/{language}/search/?q=referral").content.decode()
    with translation.override(language):
        size = str(filesizeformat(os.path.getsize(script)))
    assert said.format(size=size).replace("\xa0", " ") in html.replace("\xa0", " ").replace("&nbsp;", " ")
