"""Every membership URL × every role × every language: what each person gets, checked on the server."""

import pytest

from django.test import Client

from forum.models import ModerationLogEntry
from portal.models import MembershipRequest, MembershipStatus
from portal.roles import Role, user_roles
from tests.forum.factories import CategoryFactory, ForumTopicFactory
from tests.forum.helpers import new_topic_data, reply_data

from .conftest import LANGUAGES, ROLES, member_for
from .factories import MembershipRequestFactory

pytestmark = pytest.mark.django_db

REVIEWERS = {"moderator", "administrator"}


def _client(role):
    client = Client()
    member = member_for(role)
    if member is not None:
        client.force_login(member)
    return client, member


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_request_page_per_role(role, language, guinea):
    client, member = _client(role)
    response = client.get(f"/{language}/membership/request/")
    if member is None:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        return
    page = response.content.decode()
    assert response.status_code == 200
    assert f'lang="{language}"' in page
    assert ('name="reason"' in page) is (role == "reader")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_review_queue_per_role(role, language, guinea):
    pending = MembershipRequestFactory(country=guinea, reason="Caseworker in Kankan, IOM Guinea")
    client, member = _client(role)
    response = client.get(f"/{language}/membership/requests/")
    if member is None:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    elif role in REVIEWERS:
        page = response.content.decode()
        assert response.status_code == 200
        assert "Caseworker in Kankan, IOM Guinea" in page
        assert "example.org" in page  # the member's verified email domain
        assert f"/{language}/membership/requests/{pending.pk}/decide/" in page
    else:
        assert response.status_code == 403
        assert "Kankan" not in response.content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("role", ROLES)
def test_decision_per_role(role, language, guinea):
    pending = MembershipRequestFactory(country=guinea)
    client, member = _client(role)
    response = client.post(f"/{language}/membership/requests/{pending.pk}/decide/", {"action": "approve"})
    pending.refresh_from_db()
    if role in REVIEWERS:
        assert response.status_code == 302
        assert pending.status == MembershipStatus.APPROVED
        assert Role.PRACTITIONER.value in user_roles(pending.member)
    else:
        assert response.status_code == (302 if member is None else 403)
        assert pending.status == MembershipStatus.PENDING


def test_a_reader_sends_the_form_and_sees_the_status_on_their_profile(client, reader, guinea):
    client.force_login(reader)
    data = {"organisation": "IOM Guinea", "role_title": "Caseworker", "country": guinea.pk, "reason": "Returnees"}
    response = client.post("/fr/membership/request/", data)
    assert response.status_code == 302
    profile = client.get("/accounts/profile/").content.decode()
    assert "Returnees" not in profile
    assert "Waiting for a moderator" in profile
    assert "/membership/request/" not in profile  # one pending request at a time
    again = client.post("/en/membership/request/", data)
    assert again.status_code == 409
    assert "waiting for a moderator" in again.content.decode()
    assert MembershipRequest.objects.count() == 1


def test_a_form_error_keeps_what_the_member_wrote(client, reader, guinea):
    client.force_login(reader)
    data = {"organisation": "IOM Guinea", "role_title": "", "country": guinea.pk, "reason": "Returnees in Kankan"}
    response = client.post("/en/membership/request/", data)
    assert response.status_code == 400
    assert "Returnees in Kankan" in response.content.decode()
    assert MembershipRequest.objects.count() == 0


def test_decline_without_reason_is_refused_with_a_message(guinea):
    pending = MembershipRequestFactory(country=guinea)
    client, _moderator = _client("moderator")
    response = client.post(f"/en/membership/requests/{pending.pk}/decide/", {"action": "decline"}, follow=True)
    assert "Say why you decline" in response.content.decode()
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.PENDING
    assert ModerationLogEntry.objects.count() == 0


@pytest.mark.parametrize("data", [{}, {"action": "promote"}, {"action": "approve", "reason": "x" * 5000}])
def test_bad_decision_input_gets_a_message_not_a_500(guinea, data):
    pending = MembershipRequestFactory(country=guinea)
    client, _moderator = _client("moderator")
    response = client.post(f"/en/membership/requests/{pending.pk}/decide/", data)
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.PENDING


def test_an_unknown_request_is_not_found(guinea):
    client, _moderator = _client("moderator")
    assert client.post("/en/membership/requests/999999/decide/", {"action": "approve"}).status_code == 404


def test_a_decision_needs_the_csrf_token(guinea):
    pending = MembershipRequestFactory(country=guinea)
    client = Client(enforce_csrf_checks=True)
    client.force_login(member_for("moderator"))
    response = client.post(f"/en/membership/requests/{pending.pk}/decide/", {"action": "approve"})
    assert response.status_code == 403
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.PENDING


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_you_cannot_post_message_links_to_the_request(client, reader, language):
    category = CategoryFactory()
    topic = ForumTopicFactory(category=category)
    client.force_login(reader)
    link = f'href="/{language}/membership/request/"'
    new_topic = client.get(f"/{language}/forum/new/")
    assert new_topic.status_code == 403 and link in new_topic.content.decode()
    refused_post = client.post(f"/{language}/forum/new/", new_topic_data(category))
    assert refused_post.status_code == 403 and link in refused_post.content.decode()
    topic_page = client.get(f"/{language}/forum/t/{topic.pk}/")
    assert link in topic_page.content.decode()
    reply = client.post(f"/{language}/forum/t/{topic.pk}/reply/", reply_data(), follow=True)
    assert link in reply.content.decode()
    assert "/membership/request/" in client.get("/accounts/profile/").content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_only_administrators_manage_trusted_domains_and_held_posts(role):
    client, member = _client(role)
    domains = client.get("/admin/snippets/portal/trusteddomain/")
    held_posts = client.get("/admin/settings/portal/membershipsettings/", follow=role == "administrator")
    if role == "administrator":
        assert domains.status_code == 200 and held_posts.status_code == 200
        assert 'name="held_posts"' in held_posts.content.decode()
    else:
        assert domains.status_code in {302, 403} and held_posts.status_code in {302, 403}


def test_an_administrator_adds_a_trusted_domain_in_the_admin():
    client, _administrator = _client("administrator")
    client.post("/admin/snippets/portal/trusteddomain/add/", {"domain": "iom.int", "organisation": "IOM"})
    refused = client.post("/admin/snippets/portal/trusteddomain/add/", {"domain": "https://x", "organisation": ""})
    assert refused.status_code == 200
    from portal.models import TrustedDomain

    assert list(TrustedDomain.objects.values_list("domain", flat=True)) == ["iom.int"]
