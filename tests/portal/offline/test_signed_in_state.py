"""What offline.js learns about the reader from a page: that it was made for a member, never who they are."""

import json
import re

import pytest

from django.test import Client

from portal.roles import Role
from tests.guidelines import factories as guideline_factories
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db
MARKER = re.compile(r'<span data-signed-in="(1?)" hidden></span>')


@pytest.fixture
def pages():
    guideline = guideline_factories.guideline()
    return [guideline.url, "/en/kept/", "/fr/kept/", "/ar/kept/", "/en/forum/", "/ar/offline/"]


@pytest.mark.parametrize("role", [None, Role.READER, Role.PRACTITIONER])  # staff first pass MFA: not pages
def test_every_page_marks_whether_it_was_made_for_a_member_and_nothing_more(pages, role):
    client = Client()
    if role:
        member = UserFactory(email=f"{role.lower()}@example.org", display_name="Zqmarker Person", roles=[role])
        client.force_login(member)
    for url in pages:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert MARKER.findall(html) == ["1" if role else ""], url
        strings = json.loads(re.search(r'id="offline-strings" type="application/json">(.*?)</script>', html).group(1))
        assert "Zqmarker" not in json.dumps(strings, ensure_ascii=False)  # what offline.js may keep holds no name
        if role:
            assert "no-store" in response["Cache-Control"], url  # so the member's page never lands on the device


@pytest.mark.parametrize(("language", "signed_in", "arabic"), [("en", "Signed in on this device", "العربيّة")])
def test_offline_strings_name_the_languages_in_their_own_words(client, language, signed_in, arabic):
    html = client.get(f"/{language}/kept/").content.decode()
    strings = json.loads(re.search(r'id="offline-strings" type="application/json">(.*?)</script>', html).group(1))

    assert strings["signedIn"] == signed_in and strings["signOut"] == "Sign out"
    assert strings["languages"] == {"en": "English", "fr": "français", "ar": arabic}
