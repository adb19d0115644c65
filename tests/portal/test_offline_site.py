"""The installable, offline-capable site: manifest, service worker, keep lists, sign-out and the public-only rule."""

import json
import re

import pytest

from django.contrib.staticfiles import finders
from django.test import Client

from portal.models import HomePage
from portal.offline.keep import SHELL_ASSETS
from tests.guidelines import factories as guideline_factories
from tests.portal.factories import UserFactory
from tests.portal.page_cache_site import ROLES
from tests.training import factories as training_factories

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "fr", "ar"]


def _storable_by_service_worker(response) -> bool:
    """The rule portal/offline/sw.js applies before it stores a page: an OK response without `no-store`."""
    return response.status_code == 200 and "no-store" not in response.get("Cache-Control", "")


def test_service_worker_is_served_for_the_whole_site_and_never_cached_long(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "max-age" not in response["Cache-Control"] and "no-cache" in response["Cache-Control"]
    body = response.content.decode()
    assert "__VERSION__" not in body
    for name in SHELL_ASSETS:
        assert f'"/static/{name}"' in body
    for language in LANGUAGES:
        assert f'"/{language}/kept/"' in body
    assert client.get("/sw.js", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


@pytest.mark.parametrize("language,direction", [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")])
def test_manifest_starts_in_the_readers_language(client, language, direction):
    response = client.get(f"/manifest.webmanifest?lang={language}")
    manifest = json.loads(response.content)
    assert response["Content-Type"] == "application/manifest+json"
    assert (manifest["lang"], manifest["dir"], manifest["start_url"], manifest["scope"]) == (
        language,
        direction,
        f"/{language}/",
        "/",
    )
    assert manifest["name"]
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]


def test_manifest_for_an_unknown_language_says_so(client):
    response = client.get("/manifest.webmanifest?lang=xx")
    assert response.status_code == 400 and b"language" in response.content


@pytest.mark.parametrize("language,direction", [("en", "ltr"), ("fr", "ltr"), ("ar", "rtl")])
def test_offline_page_is_in_the_readers_language_and_direction(client, language, direction):
    response = client.get(f"/{language}/kept/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert "data-offline-kept" in html and 'id="offline-strings"' in html
    assert _storable_by_service_worker(response)


def test_every_page_links_the_manifest_and_the_offline_script(client):
    html = client.get("/ar/kept/").content.decode()
    assert 'rel="manifest" href="/manifest.webmanifest?lang=ar"' in html
    assert re.search(r'<script src="/static/js/offline\.js" defer data-essential>', html)


def test_keep_list_of_a_guideline_holds_its_edition_print_view_and_country_notes(client):
    page = guideline_factories.guideline(
        sections=[guideline_factories.section("Intake", "<p>Text</p>", notes={"NE": "<p>Niger note</p>"})]
    )
    kept = client.get(f"/api/offline/pages/{page.pk}/").json()
    base = page.url
    for url in [base, f"{base}print/", f"{base}editions/1.0/", f"{base}editions/1.0/print/", f"{base}countries/"]:
        assert url in kept["urls"]
    assert f"{base}?country=NE" in kept["urls"]
    assert kept["key"] == f"guideline-{page.pk}-1.0"


def test_keep_list_of_an_older_edition_holds_that_edition_only(client):
    page = guideline_factories.guideline()
    page = guideline_factories.new_edition(page, sections=guideline_factories.numbered_sections(2), label="2.0")
    kept = client.get(f"/api/offline/pages/{page.pk}/?edition=1.0").json()
    assert f"{page.url}editions/1.0/" in kept["urls"]
    assert page.url not in kept["urls"] and f"{page.url}editions/2.0/" not in kept["urls"]


def test_keep_list_of_a_course_holds_every_lesson_and_its_questions_but_not_the_right_answers(client):
    course = training_factories.simple_course(lessons=3)
    kept = client.get(f"/api/offline/pages/{course.pk}/")
    lessons = training_factories.lessons_of(course)
    data = kept.json()
    assert [lesson.url for lesson in lessons] == [url for url in data["urls"] if "/lesson-" in url]
    assert set(data["checks"]) == {str(lesson.pk) for lesson in lessons}
    question = data["checks"][str(lessons[0].pk)]["questions"][0]
    assert question["prompt"] and len(question["answers"]) > 1
    assert "correct" not in kept.content.decode().lower()


def test_keep_list_is_refused_for_what_is_not_public_or_not_keepable(site, client):
    draft = guideline_factories.guideline(slug="draft-guideline")
    draft.unpublish()
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    for page_id in [site.restricted_guideline.pk, draft.pk, home.pk, 999999]:
        response = client.get(f"/api/offline/pages/{page_id}/")
        assert response.status_code == 400, page_id
        assert "public" in response.json()["error"]


def test_every_kept_url_is_public_and_storable_and_never_a_members_copy(site, client):
    """What a device keeps is what anyone may read signed out; signed in, the same URLs are `no-store`."""
    urls = []
    for page in [site.guideline, site.course]:
        urls += client.get(f"/api/offline/pages/{page.pk}/").json()["urls"]
    members = {role: Client() for role in ROLES[:2]}
    for role, member in members.items():
        member.force_login(site.members[role])
    assets = [url for url in urls if url.startswith("/static/")]
    assert all(finders.find(url.removeprefix("/static/")) for url in assets)
    for url in set(urls) - set(assets):
        anonymous = client.get(url)
        assert _storable_by_service_worker(anonymous), url
        for role, member in members.items():
            assert not _storable_by_service_worker(member.get(url)), (role, url)


@pytest.mark.parametrize("role", ROLES)
def test_signed_in_pages_are_never_stored_by_the_service_worker(site, role):
    member = Client()
    member.force_login(site.members[role])
    for name, url in site.urls.items():
        response = member.get(url)
        assert "no-store" in response.get("Cache-Control", ""), (role, name, response.get("Cache-Control"))


def test_sign_out_tells_the_browser_to_drop_its_caches(client):
    client.force_login(UserFactory(email="leaving@example.org"))
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache"'


def test_keep_list_of_a_course_holds_its_lessons_images_as_the_lessons_show_them(client, settings, tmp_path):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = tmp_path / "media"
    image = Image.objects.create(title="pathway", file=get_test_image_file(size=(1200, 900)))
    picture = {
        "type": "image",
        "id": training_factories.new_id(),
        "value": {"image": image.pk, "alt_text": "Pathway", "decorative": False},
    }
    course = training_factories.make_course(modules=[{"title": "Module 1", "lessons": [{"body": [picture]}]}])
    lesson = training_factories.lessons_of(course)[0]

    urls = client.get(f"/api/offline/pages/{course.pk}/").json()["urls"]

    shown = re.search(r'<img[^>]+src="([^"]+)"', client.get(lesson.url).content.decode()).group(1)
    assert shown.startswith("/media/images/") and shown in urls
