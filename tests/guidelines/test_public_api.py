import pytest

from guidelines.search_source import GuidelineSource
from guidelines.selectors import section_by_anchor, sections_changed_between
from guidelines.signals import edition_published
from search.models import IndexOutboxEntry
from tests.guidelines import factories

pytestmark = pytest.mark.django_db


def _two_editions():
    page = factories.guideline(
        sections=[
            factories.section("Assessment", "Assess needs.", anchor="s-assess"),
            factories.section("Closure", "Close.", anchor="s-close1"),
        ]
    )
    return factories.new_edition(
        page,
        sections=[
            factories.section("Closure", "Close.", anchor="s-close1"),
            factories.section("Assessment", "Assess needs and risks.", anchor="s-assess"),
            factories.section("Follow-up", "Call back.", anchor="s-follow"),
        ],
        label="2.0",
    )


def test_sections_changed_between_lists_reworded_and_added_but_not_moved():
    page = _two_editions()

    assert sections_changed_between(page, "1.0", "2.0") == {"s-assess", "s-follow"}


def test_section_by_anchor_gives_number_heading_and_permalink():
    page = _two_editions()

    ref = section_by_anchor(page, "s-assess")

    assert (ref.edition_label, ref.number, ref.heading) == ("2.0", "2", "Assessment")
    assert ref.url == f"{page.url}editions/2.0/#s-assess"


def test_edition_published_signal_carries_new_and_previous_edition():
    received = []

    def listener(sender, guideline, new_edition, previous_edition, **kwargs):
        received.append((new_edition.label, previous_edition.label if previous_edition else None))

    edition_published.connect(listener)
    try:
        _two_editions()
    finally:
        edition_published.disconnect(listener)

    assert received == [("1.0", None), ("2.0", "1.0")]


def test_publishing_records_an_outbox_row_for_the_search_index():
    page = _two_editions()

    assert IndexOutboxEntry.objects.filter(source="guidelines.guideline", key=str(page.pk)).count() >= 2


def test_search_source_gives_one_document_per_section_per_edition():
    page = _two_editions()

    documents = GuidelineSource().documents_for([str(page.pk)])[str(page.pk)]

    current = {doc.extra["anchor"]: doc for doc in documents if doc.is_current}
    assert len(documents) == 5
    assert set(current) == {"s-assess", "s-close1", "s-follow"}
    assert current["s-assess"].url == f"{page.url}#s-assess"
    assert current["s-assess"].kind == "guideline_section"
    assert current["s-assess"].translation_key == f"{page.translation_key}:s-assess"
    assert {doc.edition for doc in documents if not doc.is_current} == {"1.0"}


def test_unpublished_guideline_has_no_documents_and_records_a_change():
    page = _two_editions()
    IndexOutboxEntry.objects.all().delete()

    page.unpublish()

    assert GuidelineSource().documents_for([str(page.pk)]) == {}
    assert IndexOutboxEntry.objects.filter(source="guidelines.guideline", key=str(page.pk)).exists()
