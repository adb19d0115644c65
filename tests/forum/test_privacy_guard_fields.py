"""The privacy guard on every field a member writes, and moderators see each overridden warning."""

from urllib.parse import urlencode

import pytest

from django.http import QueryDict

from forum.models import Post, Topic
from portal.models import Country, PrivacyOverride
from portal.roles import Role
from search.models import SavedSearch
from search.query import parse_search_request
from search.saved_searches import SavedSearchError, saved_search_create, saved_search_rename
from tests.portal.factories import UserFactory

from .factories import MemberFactory
from .helpers import new_topic_data

pytestmark = pytest.mark.django_db

PHONE = "+223 76 12 34 56"
LESSON = {
    "kind": "lesson",
    "body": "",
    "context": "Returnees in Kankan",
    "what_was_done": "Home visits",
    "what_worked": "Calls",
    "what_did_not_work": "Letters",
    "recommendation": "Call monthly",
}


@pytest.mark.parametrize(
    "field", ["title", "body", "context", "what_was_done", "what_worked", "what_did_not_work", "recommendation"]
)
def test_every_topic_field_is_guarded_and_an_override_is_recorded(client, practitioner, public_category, field):
    client.force_login(practitioner)
    data = new_topic_data(public_category, **LESSON)
    data[field] = f"{data.get(field) or 'Text'} — call {PHONE}"
    refused = client.post("/en/forum/new/", data)
    assert refused.status_code == 400
    assert "a phone number" in refused.content.decode()
    assert Topic.objects.count() == 0
    published = client.post("/en/forum/new/", {**data, "privacy_confirmed": "on"})
    assert published.status_code == 302
    override = PrivacyOverride.objects.get()
    assert (override.author, override.field, override.kinds) == (practitioner, field, ["phone"])
    assert override.url == Post.objects.get().get_absolute_url()


@pytest.mark.parametrize("field", ["display_name", "organisation", "role_title"])
def test_every_profile_field_is_guarded(client, field):
    member = UserFactory(display_name="Awa", organisation="IOM Mali", role_title="Caseworker")
    client.force_login(member)
    assert 'type="checkbox" name="privacy_confirmed"' not in client.get("/accounts/profile/").content.decode()
    data = {
        "display_name": "Awa",
        "organisation": "IOM Mali",
        "role_title": "Caseworker",
        "preferred_language": "en",
        field: "awa.keita@example.org",
    }
    refused = client.post("/accounts/profile/", data)
    assert "an email address" in refused.content.decode()
    assert 'type="checkbox" name="privacy_confirmed"' in refused.content.decode()
    member.refresh_from_db()
    assert getattr(member, field) != "awa.keita@example.org"
    assert client.post("/accounts/profile/", {**data, "privacy_confirmed": "on"}).status_code == 302
    member.refresh_from_db()
    assert getattr(member, field) == "awa.keita@example.org"
    assert PrivacyOverride.objects.get().field == field


def test_an_unchanged_profile_warns_no_more(client):
    member = UserFactory(display_name="Awa", organisation="Call +223 76 12 34 56", role_title="Caseworker")
    client.force_login(member)
    data = {"display_name": "Awa B.", "organisation": member.organisation, "role_title": "Caseworker"}
    assert client.post("/accounts/profile/", {**data, "preferred_language": "en"}).status_code == 302


@pytest.mark.parametrize("field", ["organisation", "role_title", "reason"])
def test_every_request_to_post_field_is_guarded(client, field):
    country = Country.objects.create(code="GN", name_en="Guinea")
    reader = UserFactory(roles=[Role.READER])
    client.force_login(reader)
    data = {"organisation": "IOM Guinea", "role_title": "Caseworker", "country": country.pk, "reason": "Returnees"}
    data[field] = f"{data[field]}, passport AB1234567"
    refused = client.post("/en/membership/request/", data)
    assert refused.status_code == 400 and "passport-like number" in refused.content.decode()
    assert client.post("/en/membership/request/", {**data, "privacy_confirmed": "on"}).status_code == 302
    assert PrivacyOverride.objects.get().field == field


def _query(text="shelter"):
    return parse_search_request(QueryDict(urlencode({"q": text})), reader_language="en")


def test_saved_search_names_never_hold_personal_data():
    member = UserFactory()
    with pytest.raises(SavedSearchError, match="a phone number"):
        saved_search_create(user=member, query=_query(), name=f"Fatou {PHONE}")
    saved = saved_search_create(user=member, query=_query(), name="Shelters")
    with pytest.raises(SavedSearchError, match="an email address"):
        saved_search_rename(saved=saved, name="fatou@example.org")
    saved.refresh_from_db()
    assert saved.name == "Shelters"
    assert SavedSearch.objects.count() == 1


def test_moderators_see_overridden_warnings_in_the_queue(client, practitioner, moderator, public_category):
    client.force_login(practitioner)
    data = new_topic_data(public_category, title=f"Call {PHONE}", privacy_confirmed="on")
    client.post("/en/forum/new/", data)
    client.force_login(moderator)
    queue = client.get("/en/forum/moderation/").content.decode()
    assert "Published despite a privacy warning" in queue
    assert "Awa" in queue and "a phone number" in queue
    assert Post.objects.get().get_absolute_url() in queue
    client.force_login(MemberFactory(email="other@example.org"))
    assert client.get("/en/forum/moderation/").status_code == 403
