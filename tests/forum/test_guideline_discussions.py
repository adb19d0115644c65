"""Guideline sections list the forum topics that cite them, as the reader may see them."""

import pytest

from forum.services.posting import citations_save
from tests.guidelines.factories import guideline, numbered_sections

from .factories import CategoryFactory, ForumTopicFactory, PostFactory

pytestmark = pytest.mark.django_db


def _cite(topic, body: str) -> None:
    citations_save(post=PostFactory(topic=topic, body=body))


def _section_html(page_html: str, anchor: str) -> str:
    start = page_html.index(f'id="{anchor}"')
    end = page_html.find('<section class="guideline-section', start + 1)
    return page_html[start : end if end != -1 else None]


def test_each_section_lists_the_topics_citing_it(client):
    page = guideline(slug="case-management", sections=numbered_sections(3))
    topic = ForumTopicFactory(category=CategoryFactory(), title="Consent forms in Conakry")
    _cite(topic, "See [[case-management#s-n0002]] on consent.")

    html = client.get(page.url).content.decode()

    assert "Consent forms in Conakry" in _section_html(html, "s-n0002")
    assert "Consent forms in Conakry" not in _section_html(html, "s-n0001")


def test_restricted_topics_are_listed_only_for_those_who_may_read_them(client, canary_topic, insider):
    page = guideline(slug="case-management", sections=numbered_sections(2))
    _cite(canary_topic, "[[case-management#s-n0001]]")

    outsider_view = client.get(page.url).content.decode()
    client.force_login(insider)
    insider_view = client.get(page.url).content.decode()

    assert canary_topic.title not in outsider_view
    assert canary_topic.title in _section_html(insider_view, "s-n0001")
