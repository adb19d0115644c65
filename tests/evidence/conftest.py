"""The search fixtures of tests/search (both engines, an index of our own per test), for evidence's search tests,
and the public and members-only items the citation tests cite."""

import pytest

from guidelines.evidence.choices import Access
from tests.search.conftest import elasticsearch, engine, no_elasticsearch

from .factories import MEMBERS_ITEM_CANARY, make_item

__all__ = ["elasticsearch", "engine", "no_elasticsearch"]


@pytest.fixture
def public_item(django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        return make_item(title="Reintegration outcomes study", pdf_pages=["Method", "Psychosocial outcomes"])


@pytest.fixture
def members_item(django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        return make_item(title=f"Members study {MEMBERS_ITEM_CANARY}", access=Access.MEMBERS, pdf_pages=["One", "Two"])
