"""Moves and privacy changes reach the index for the whole subtree, for every page-based source."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from guidelines.training.models import TrainingIndexPage
from portal.models import HomePage, StandardPage
from search.documents import alias_name
from search.worker import outbox_drain
from tests.guidelines.factories import guideline
from tests.portal.factories import UserFactory
from tests.training.factories import lessons_of, make_course

pytestmark = pytest.mark.django_db


def _indexed(client, document_id: str) -> dict | None:
    outbox_drain()
    client.indices.refresh(index=alias_name())
    found = client.search(index=alias_name(), query={"ids": {"values": [document_id]}}, source=["url", "visibility"])
    hits = found["hits"]["hits"]
    return hits[0]["_source"] if hits else None


def test_moving_a_course_moves_the_urls_of_its_lessons(elasticsearch):
    course = make_course(modules=[{"lessons": [{"title": "Consent"}]}], revisions=True)
    lesson = lessons_of(course)[0]
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    archive = home.add_child(instance=TrainingIndexPage(title="Archive", slug="archive"))
    assert "/training/" in _indexed(elasticsearch, f"training-page:{lesson.pk}")["url"]

    course.move(archive, pos="last-child")

    assert "/archive/" in _indexed(elasticsearch, f"training-page:{lesson.pk}")["url"]


def test_moving_a_page_under_a_private_page_takes_it_out_of_public_search(elasticsearch):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    private = home.add_child(instance=StandardPage(title="Staff only"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    page = home.add_child(instance=StandardPage(title="Shelter contacts", introduction="Addresses."))
    page.save_revision().publish()
    assert _indexed(elasticsearch, f"page:{page.pk}") is not None

    page.move(private, pos="last-child")

    assert _indexed(elasticsearch, f"page:{page.pk}") is None


def test_a_guideline_made_private_leaves_search_and_comes_back(elasticsearch):
    page = guideline(title="Screening for trafficking indicators")
    section_id = f"guideline-section:{page.pk}:1.0:"
    client = elasticsearch

    def section_ids():
        outbox_drain()
        client.indices.refresh(index=alias_name())
        found = client.search(index=alias_name(), query={"prefix": {"key": str(page.pk)}}, source=False, size=50)
        return [hit["_id"] for hit in found["hits"]["hits"] if hit["_id"].startswith(section_id)]

    assert section_ids()
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert section_ids() == []

    restriction.delete()
    assert section_ids()


def test_restricting_a_course_to_a_group_limits_its_lessons_to_that_group(elasticsearch, client):
    course = make_course(
        modules=[{"lessons": [{"title": "Canarylesson on exploitation"}]}], title="Canary course", revisions=True
    )
    outbox_drain()
    restriction = PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(Group.objects.get_or_create(name="Moderator")[0])
    outbox_drain()
    elasticsearch.indices.refresh(index=alias_name())
    member, moderator = UserFactory(), UserFactory(totp=True)  # Moderator is a staff role
    moderator.groups.add(Group.objects.get(name="Moderator"))

    client.force_login(member)
    seen_by_member = client.get("/api/search/?q=canarylesson").json()["total"]
    client.force_login(moderator)
    seen_by_moderator = client.get("/api/search/?q=canarylesson").json()["total"]

    assert (seen_by_member, seen_by_moderator) == (0, 1)


def test_without_elasticsearch_a_subtree_change_is_applied_at_once_after_commit(
    no_elasticsearch, django_capture_on_commit_callbacks
):
    from search.models import IndexOutboxEntry, SearchRecord

    home = HomePage.objects.get(locale__language_code="en", depth=2)
    with django_capture_on_commit_callbacks(execute=True):
        section = home.add_child(instance=StandardPage(title="Country offices", introduction="Offices."))
        section.save_revision().publish()
        child = section.add_child(instance=StandardPage(title="Bamako office", introduction="Address."))
        child.save_revision().publish()
    assert SearchRecord.objects.filter(key__in=[str(section.pk), str(child.pk)]).count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)

    assert not SearchRecord.objects.filter(key__in=[str(section.pk), str(child.pk)]).exists()
    assert not IndexOutboxEntry.objects.pending().exists()
