"""Anonymous visitors get country pages from the shared cache, and the next visit after a change shows it."""

import pytest

from django.test import Client

from forum.services.topic_hide import topic_hide
from tests.page_text import visible_text

from .world import build_world, guideline_with_note, lesson_topic, tagged_course

pytestmark = pytest.mark.django_db
URL = "/en/countries/GN/"


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return build_world()


@pytest.fixture
def change(django_capture_on_commit_callbacks):
    """Runs a change as a request would: its transaction commits (on-commit bumps included)."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


def _warm(client: Client) -> None:
    for _ in range(3):
        response = client.get(URL)
    assert response["X-Page-Cache"] == "hit"


@pytest.mark.parametrize(
    "what, shown",
    [
        ("a new lesson", "Returnees' savings groups in Kindia"),
        ("a new guideline note", "In Guinea, the civil registry in Kindia issues birth certificates."),
        ("a new course", "Safe referral in Kindia"),
    ],
)
def test_a_new_item_about_the_country_shows_on_the_next_visit(world, change, what, shown):
    client = Client()
    _warm(client)
    make = {
        "a new lesson": lambda: lesson_topic(title=shown, countries=[world.guinea]),
        "a new guideline note": lambda: guideline_with_note(slug="civil-registry", title="Civil registry", note=shown),
        "a new course": lambda: tagged_course(title=shown, countries=[world.guinea]),
    }[what]

    change(make)

    response = client.get(URL)
    assert response["X-Page-Cache"] != "hit"
    assert shown in visible_text(response.content.decode())


def test_a_hidden_topic_leaves_the_cached_page_on_the_next_visit(world, change):
    client = Client()
    _warm(client)

    change(lambda: topic_hide(topic=world.lesson, moderator=world.readers["moderator"], reason="Identifying details"))

    assert world.lesson.title not in visible_text(client.get(URL).content.decode())
