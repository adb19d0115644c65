"""A pack nobody built yet is built by the task worker, never inside the reader's request."""

import pytest
from django_tasks import default_task_backend

from django.urls import reverse
from django.utils import translation

from portal.offline_packs import tasks
from portal.offline_packs.packs import current_manifest
from tests.guidelines import factories
from tests.portal.factories import CountryFactory

pytestmark = pytest.mark.django_db

QUEUED = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
COUNTRY_NAMES = {"en": "Mali", "fr": "Mali", "ar": "مالي"}


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def mali():
    country = CountryFactory(code="ML", name_en="Mali", name_fr="Mali", name_ar="مالي")
    factories.guideline(sections=[factories.section("Referral", "Refer with consent.", anchor="s-refer1")])
    return country


def _pack_url(language: str, code: str = "ML") -> str:
    with translation.override(language):
        return reverse("offline_packs:download", kwargs={"code": code})


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
@pytest.mark.parametrize("query", [{}, {"since": "1"}])
def test_first_request_queues_the_build_and_answers_being_prepared(client, mali, settings, language, query):
    settings.TASKS = QUEUED

    response = client.get(_pack_url(language), query)

    assert response.status_code == 503 and response["Retry-After"] == "10"
    assert response["Cache-Control"] == "no-store"  # no proxy keeps "being prepared" for the hour a pack is kept
    html = response.content.decode()
    assert '<meta http-equiv="refresh" content="10">' in html
    assert "<h1>" in html and COUNTRY_NAMES[language] in html
    if language == "en":
        assert "The field pack for Mali is being made for the first time." in html
    assert current_manifest(country="ML", language=language) is None  # nothing was built in the request
    assert [result.task.name for result in default_task_backend.results] == ["build_first_pack"]


def test_concurrent_first_requests_queue_one_build_and_the_built_pack_is_then_served(client, mali, settings):
    settings.TASKS = QUEUED

    for _attempt in range(3):
        assert client.get(_pack_url("en")).status_code == 503
    assert len(default_task_backend.results) == 1
    assert tasks.build_first_pack.call(country_code="ML", language="en") is True
    assert tasks.build_first_pack.call(country_code="ML", language="en") is False  # a second worker builds nothing

    ready = client.get(_pack_url("en"))
    assert ready.status_code == 200 and ready["X-Pack-Version"] == "1"


def test_with_tasks_in_process_the_first_request_gets_the_pack(client, mali):
    response = client.get(_pack_url("fr"))

    assert response.status_code == 200 and response["Content-Type"] == "application/zip"


def test_the_list_offers_an_unbuilt_pack_as_a_page_not_a_download(client, mali, settings):
    settings.TASKS = QUEUED
    with translation.override("en"):
        html = client.get(reverse("offline_packs:list")).content.decode()

    assert f'href="{_pack_url("en")}">' in html  # the "being prepared" page opens instead of saving it as a file
