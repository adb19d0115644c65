"""The "the English edition is newer" notice shows only when this language has not caught up with it."""

from io import StringIO

import pytest

from guidelines.demo import load_demo_content as load_guidelines_demo
from portal.demo import load_demo_content as load_portal_demo

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_guidelines():
    load_portal_demo(stdout=StringIO())
    load_guidelines_demo(stdout=StringIO())


def _has_translation_notice(client, url) -> bool:
    response = client.get(url)
    assert response.status_code == 200, url
    return "banner--translation" in response.content.decode()


def test_notice_depends_on_whether_the_language_has_the_newer_edition(client, demo_guidelines):
    # French has 1.0 and 2.1: its old edition is superseded in French, not "behind English".
    assert not _has_translation_notice(client, "/fr/guidelines/case-management/editions/1.0/")
    assert not _has_translation_notice(client, "/fr/guidelines/case-management/")
    # Arabic stops at 2.0 while English has 2.1: the notice is right there.
    assert _has_translation_notice(client, "/ar/guidelines/case-management/")
