"""Restricted documents never reach outsiders: not in results, counts, facets, suggestions or the API."""

import pytest

from django.contrib.auth.models import Group

from search.maintenance import index_rebuild
from search.sources import Visibility
from tests.portal.factories import UserFactory

from .factories import knowledge_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def restricted_corpus(fixture_source):
    fixture_source.documents = {
        "public": [
            knowledge_document(
                id="public", title="Canary shelter guide", text="canarytoken public shelter", countries=["ML"]
            )
        ],
        "members": [
            knowledge_document(
                id="members",
                title="Canarymembers shelter",
                text="canarytoken canarymembers",
                visibility=Visibility.MEMBERS,
                countries=["NE"],
                topics=["secret-members-topic"],
            )
        ],
        "groups": [
            knowledge_document(
                id="groups",
                title="Canarygroup shelter",
                text="canarytoken canarygroup",
                visibility=Visibility.GROUPS,
                groups=["Moderator"],
                countries=["LY"],
                language="fr",
            )
        ],
    }
    index_rebuild()


def _everything_seen(client) -> str:
    pages = [
        client.get("/en/search/?q=canarytoken").content.decode(),
        client.get("/api/search/?q=canarytoken").content.decode(),
        client.get("/api/search/?q=canarymembers").content.decode(),
        client.get("/api/search/?q=canarygroup").content.decode(),
        client.get("/api/search/?country=NE").content.decode(),
        client.get("/api/search/suggest/?q=canary").content.decode(),
        client.get("/api/search/suggest/?q=canarygr").content.decode(),
    ]
    return "\n".join(pages)


def test_anonymous_visitor_sees_public_only(engine, restricted_corpus, client):
    seen = _everything_seen(client)
    payload = client.get("/api/search/?q=canarytoken").json()

    assert payload["total"] == 1
    assert {value["value"] for value in payload["facets"]["country"]} == {"ML"}
    assert {value["value"] for value in payload["facets"]["lang"]} == {"en"}
    for canary in (
        "Canarymembers",
        "canarymembers",
        "Canarygroup",
        "canarygroup",
        "secret-members-topic",
        '"NE"',
        '"LY"',
    ):
        assert canary not in seen


def test_verified_member_sees_members_documents_but_not_other_groups(engine, restricted_corpus, client):
    client.force_login(UserFactory())

    seen = _everything_seen(client)
    payload = client.get("/api/search/?q=canarytoken").json()

    assert payload["total"] == 2
    assert "Canarymembers" in seen
    assert "canarygroup" not in seen.lower()


def test_unverified_account_is_treated_as_outsider(engine, restricted_corpus, client):
    client.force_login(UserFactory(verified=False))

    assert "canarymembers" not in _everything_seen(client).lower()


def test_group_member_sees_documents_shared_with_the_group(engine, restricted_corpus, client):
    user = UserFactory(totp=True)  # Moderator is a staff role
    user.groups.add(Group.objects.get_or_create(name="Moderator")[0])
    client.force_login(user)

    payload = client.get("/api/search/?q=canarytoken").json()

    assert payload["total"] == 3
    assert sum(value["count"] for value in payload["facets"]["country"]) == 3
