"""Apps contribute country-page sections through `country_page_sections` on their AppConfig: each appears in its
order, with its own template and context on top of the page's; None leaves a section out."""

import re

import pytest

from django.apps import apps
from django.test import Client

from portal.countries.sections import country_page_sections
from tests.conftest import module_data

from .sections_for_test import TEMPLATE_DIR
from .world import build_world

pytestmark = pytest.mark.django_db
HERE = "tests.portal.countries.sections_for_test."


@module_data
def world():
    return build_world()


@pytest.fixture
def declare(monkeypatch, settings):
    """Declares section functions on apps that have none, as an app's AppConfig would."""
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], TEMPLATE_DIR]}]
    free = [config for config in apps.get_app_configs() if not getattr(config, "country_page_sections", None)]

    def run(*names: str) -> None:
        for config, name in zip(free, names, strict=False):
            monkeypatch.setattr(config, "country_page_sections", HERE + name, raising=False)

    return run


def _headings(html: str) -> list[str]:
    return re.findall(r'<h2 id="country-section-\d+">([^<]+)</h2>', html)


def test_sections_appear_in_their_order_and_a_none_section_is_left_out(world, declare):
    declare("last_words", "nothing_here", "evidence_like")

    html = Client().get("/en/countries/GN/").content.decode()

    assert _headings(html) == ["Latest evidence", "Guideline country notes", "Courses", "From the forum", "Last words"]
    assert "zqregistryevidence for GN, read by anonymous" in html
    assert html.index("zqregistryevidence") < html.index("zqregistrylast")


def test_a_section_is_rendered_for_the_reader_who_asks(world, declare):
    declare("evidence_like")
    client = Client()
    client.force_login(world.readers["reader"])

    html = client.get("/en/countries/GN/").content.decode()

    assert "zqregistryevidence for GN, read by reader@example.org" in html


def test_a_section_without_a_template_names_the_function_that_returned_it(world, declare, rf):
    declare("incomplete")
    request = rf.get("/en/countries/GN/")
    request.user = world.readers["reader"]

    with pytest.raises(ValueError, match=r"sections_for_test\.incomplete lacks template"):
        country_page_sections(country_code="GN", request=request)


def test_the_apps_of_the_portal_declare_their_sections(world):
    declared = {config.label for config in apps.get_app_configs() if getattr(config, "country_page_sections", None)}

    assert {"guidelines", "training", "forum"} <= declared
