"""Guideline sections and lessons cite evidence items with an evidence block: each reader sees the item named only
when they may read it (a members-only item cited from public content leaks no title), and the item lists the
sections and lessons citing it that its reader may open."""

import pytest

from wagtail.models import PageViewRestriction

from guidelines.models import GuidelineEdition
from tests.guidelines.factories import guideline
from tests.portal.factories import UserFactory
from tests.training.factories import lessons_of, make_course, paragraph

from .factories import MEMBERS_ITEM_CANARY

pytestmark = pytest.mark.django_db

CANARY = MEMBERS_ITEM_CANARY


def _evidence_block(item, pdf_page=None) -> dict:
    return {"type": "evidence", "value": {"item": item.pk, "pdf_page": pdf_page}}


def _citing_guideline(item, *, pdf_page=None, slug="case-management"):
    section = {
        "type": "section",
        "value": {
            "heading": "Psychosocial support",
            "level": "1",
            "anchor": "s-psycho",
            "content": [{"type": "text", "value": "<p>Counselling helps.</p>"}, _evidence_block(item, pdf_page)],
            "country_notes": [],
        },
    }
    return guideline(slug=slug, sections=[section])


def _citing_lesson(item, *, pdf_page=None, title="Counselling returnees"):
    course = make_course(
        modules=[{"lessons": [{"title": title, "body": [paragraph("<p>Read.</p>"), _evidence_block(item, pdf_page)]}]}]
    )
    return lessons_of(course)[0]


def test_a_section_citing_a_public_item_links_to_the_page_of_its_pdf(client, public_item):
    page = _citing_guideline(public_item, pdf_page=2)
    body = client.get(page.url).content.decode()
    assert f'href="{public_item.file_url(public_item.files.get(), 2)}"' in body
    assert "Reintegration outcomes study, p. 2" in body


def test_a_members_only_item_cited_by_a_public_section_is_named_only_to_members(client, members_item):
    page = _citing_guideline(members_item)
    edition = GuidelineEdition.objects.get(guideline=page)
    assert CANARY not in str(edition.snapshot)
    outsider = client.get(page.url).content.decode()
    assert CANARY not in outsider and members_item.slug not in outsider
    assert "an evidence item not open to everyone" in outsider
    client.force_login(UserFactory(verified=False))
    assert CANARY not in client.get(page.url).content.decode()
    client.force_login(UserFactory())
    member = client.get(page.url).content.decode()
    assert CANARY in member and f'href="{members_item.url}"' in member


def test_the_print_view_names_a_members_only_cited_item_only_to_members(client, members_item):
    page = _citing_guideline(members_item)
    assert CANARY not in client.get(f"{page.url}print/").content.decode()
    client.force_login(UserFactory())
    assert CANARY in client.get(f"{page.url}print/").content.decode()


def test_the_item_lists_the_guideline_sections_citing_it(client, public_item):
    page = _citing_guideline(public_item, pdf_page=2)
    body = client.get(public_item.url).content.decode()
    assert "Cited in guidelines and lessons" in body
    assert f"{page.title} §1 Psychosocial support" in body
    assert f'href="{page.url}editions/1.0/#s-psycho"' in body


def test_a_lesson_citing_a_public_item_links_to_it(client, public_item):
    lesson = _citing_lesson(public_item)
    body = client.get(lesson.url).content.decode()
    assert f'href="{public_item.url}"' in body and "Reintegration outcomes study" in body


def test_a_members_only_item_cited_by_a_lesson_is_named_only_to_members(client, members_item):
    lesson = _citing_lesson(members_item, pdf_page=1)
    outsider = client.get(lesson.url).content.decode()
    assert CANARY not in outsider and members_item.slug not in outsider
    assert "an evidence item not open to everyone" in outsider
    client.force_login(UserFactory())
    member = client.get(lesson.url).content.decode()
    assert f"Members study {CANARY}, p. 1" in member


def test_the_item_lists_the_lessons_citing_it(client, public_item):
    lesson = _citing_lesson(public_item)
    body = client.get(public_item.url).content.decode()
    assert f'<a href="{lesson.url}">Counselling returnees</a>' in body


def test_the_item_leaves_out_citing_pages_its_reader_may_not_open(client, public_item):
    lesson = _citing_lesson(public_item, title=f"Restricted lesson {CANARY}")
    PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    assert CANARY not in client.get(public_item.url).content.decode()
    client.force_login(UserFactory())
    assert CANARY in client.get(public_item.url).content.decode()


def test_an_unpublished_citing_lesson_is_not_listed(client, public_item):
    lesson = _citing_lesson(public_item, title=f"Withdrawn lesson {CANARY}")
    lesson.unpublish()
    assert CANARY not in client.get(public_item.url).content.decode()


def test_the_item_lists_a_bounded_number_of_citing_pages(client, public_item):
    from guidelines.evidence.citations import CITING_PAGES_SHOWN

    lessons = [
        {"title": f"Citing lesson {number}", "body": [_evidence_block(public_item)]}
        for number in range(CITING_PAGES_SHOWN + 2)
    ]
    make_course(modules=[{"lessons": lessons}])
    body = client.get(public_item.url).content.decode()
    assert body.count(">Citing lesson ") == CITING_PAGES_SHOWN
