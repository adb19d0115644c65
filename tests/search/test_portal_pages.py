"""The portal's own pages reach the index through the outbox: published, unpublished, made private, deleted."""

import pytest

from wagtail.models import PageViewRestriction

import search.sources
from portal.models import HomePage, StandardPage
from portal.search_source import SOURCE_NAME, PortalPageSource
from search.documents import alias_name
from search.models import IndexOutboxEntry
from search.worker import outbox_drain

from .conftest import database_ids, index_ids

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_source(monkeypatch):
    source = PortalPageSource()
    monkeypatch.setattr(search.sources, "_sources", {SOURCE_NAME: source})
    return source


@pytest.fixture
def published_page(page_source):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    page = home.add_child(
        instance=StandardPage(title="Referral pathways in Mali", introduction="How to refer a returnee.")
    )
    page.save_revision().publish()
    return page


def test_publishing_a_page_writes_an_outbox_row(published_page):
    assert IndexOutboxEntry.objects.filter(source=SOURCE_NAME, key=str(published_page.id)).exists()


def test_published_page_is_indexed_with_its_text(elasticsearch, published_page, client):
    outbox_drain()
    elasticsearch.indices.refresh(index=alias_name())

    payload = client.get("/api/search/?q=returnee").json()

    assert [hit["id"] for hit in payload["hits"]] == [f"page:{published_page.id}"]
    assert payload["hits"][0]["url"].endswith("/referral-pathways-in-mali/")


def test_unpublished_page_leaves_the_index(elasticsearch, published_page):
    outbox_drain()

    published_page.unpublish()
    outbox_drain()

    assert f"page:{published_page.id}" not in index_ids(elasticsearch) | database_ids()


def test_private_page_leaves_the_index(elasticsearch, published_page):
    outbox_drain()

    PageViewRestriction.objects.create(page=published_page, restriction_type=PageViewRestriction.LOGIN)
    outbox_drain()

    assert f"page:{published_page.id}" not in index_ids(elasticsearch)


def test_deleted_page_leaves_the_index(elasticsearch, published_page):
    outbox_drain()
    page_id = published_page.id

    published_page.delete()
    outbox_drain()

    assert f"page:{page_id}" not in index_ids(elasticsearch)


def test_without_elasticsearch_a_change_is_searchable_after_commit(
    no_elasticsearch, page_source, client, django_capture_on_commit_callbacks
):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    with django_capture_on_commit_callbacks(execute=True):
        page = home.add_child(instance=StandardPage(title="Shelter directory", introduction="Safe shelter list."))
        page.save_revision().publish()

    payload = client.get("/api/search/?q=shelter").json()

    assert [hit["id"] for hit in payload["hits"]] == [f"page:{page.id}"]
    assert not IndexOutboxEntry.objects.pending().exists()  # applied at once, nothing piles up
