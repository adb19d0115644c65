"""A members-only or one-group item never reaches outsiders: a canary word in its summary and its PDF is looked for
on every surface (list, detail, files, home page, search page, search API, suggestions), for every role."""

import pytest

from django.contrib.auth.models import Group

from guidelines.evidence.choices import Access
from portal.roles import Role
from tests.portal.factories import UserFactory

from .factories import evidence_index, make_item

pytestmark = pytest.mark.django_db

CANARY = "zebracanary"
GROUP_CANARY = "okapicanary"
CSV = "Region,People\nAgadez,120\nTahoua,40\n"


@pytest.fixture
def items(django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = ""
    moderators, _created = Group.objects.get_or_create(name=Role.MODERATOR.value)
    with django_capture_on_commit_callbacks(execute=True):
        evidence_index()
        public = make_item(title="Open report on returns", pdf_pages=["Open findings"], csv=CSV)
        members = make_item(
            title=f"Members report {CANARY}",
            summary=f"Restricted summary {CANARY}",
            access=Access.MEMBERS,
            pdf_pages=["First page", f"Restricted page text {CANARY}"],
            csv=CSV,
        )
        group = make_item(
            title=f"Moderators review {GROUP_CANARY}",
            summary=f"Group summary {GROUP_CANARY}",
            access=Access.GROUP,
            access_group=moderators,
            pdf_pages=[f"Group page {GROUP_CANARY}", "Second"],
        )
    return {"public": public, "members": members, "group": group}


def _surfaces(items) -> list[str]:
    members = items["members"]
    group = items["group"]
    return [
        "/en/",
        "/en/evidence/",
        "/en/evidence/?country=GN",
        # The query never names the canary (pages echo it): the words beside it must not bring it out.
        "/en/search/?q=Restricted",
        "/en/search/?q=Group+summary",
        "/en/search/?q=Restricted+page+text",
        "/api/search/?q=Restricted",
        "/api/search/?q=Group+page",
        "/api/search/?q=report&type=evidence",
        "/api/search/suggest/?q=Members+rep",
        "/api/search/suggest/?q=Moderators+rev",
        members.url,
        members.file_url(members.files.get()),
        members.data_file_url(members.data_files.get()),
        group.url,
        group.file_url(group.files.get()),
    ]


def _body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def _readers():
    """(label, user or None, may read members' items, may read the moderators' item)."""
    yield "anonymous", None, False, False
    yield "unverified", UserFactory(verified=False), False, False
    for role in Role:
        user = UserFactory(roles=[role], totp=True)
        yield role.value, user, True, role in (Role.MODERATOR, Role.ADMINISTRATOR)


def test_restricted_items_reach_only_their_readers_on_every_surface(client, items):
    for label, user, reads_members, reads_group in _readers():
        client.logout()
        if user is not None:
            client.force_login(user)
        for path in _surfaces(items):
            response = client.get(path)
            assert response.status_code in (200, 302, 403, 404), (label, path, response.status_code)
            body = _body(response)
            if not reads_members:
                assert CANARY.encode() not in body, (label, path)
            if not reads_group:
                assert GROUP_CANARY.encode() not in body, (label, path)


def test_members_read_the_members_item_page_and_its_pdf(client, items):
    client.force_login(UserFactory())
    members = items["members"]
    assert CANARY in client.get(members.url).content.decode()
    response = client.get(members.file_url(members.files.get()))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert _body(response).startswith(b"%PDF-")


def test_outsiders_are_sent_to_sign_in_and_other_members_are_told_not_found(client, items):
    assert client.get(items["members"].url).status_code == 302
    client.force_login(UserFactory())
    assert client.get(items["group"].url).status_code in (302, 404)


def test_restricted_items_leave_the_public_page_tree(items):
    from wagtail.models import Page

    public_ids = set(Page.objects.live().public().values_list("pk", flat=True))
    assert items["public"].pk in public_ids
    assert items["members"].pk not in public_ids and items["group"].pk not in public_ids


def test_files_are_served_with_protective_headers(client, items):
    public = items["public"]
    pdf = client.get(public.file_url(public.files.get()))
    assert pdf["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in pdf["Content-Security-Policy"]
    data = client.get(public.data_file_url(public.data_files.get()))
    assert data["Content-Disposition"].startswith("attachment")
    assert data["Content-Type"].startswith("text/csv")


def test_a_file_of_another_item_is_not_found(client, items):
    public, members = items["public"], items["members"]
    path = f"{public.url}files/{members.files.get().pk}/"
    assert client.get(path).status_code == 404


def test_an_unverified_member_is_told_to_verify_their_email_for_a_members_item(client, items):
    client.force_login(UserFactory(verified=False))
    members = items["members"]
    for path in (members.url, members.file_url(members.files.get())):
        response = client.get(path)
        assert response.status_code == 403, path
        body = response.content.decode()
        assert "Verify your email address to read this" in body
        assert "/accounts/email/" in body
        assert CANARY not in body


def test_an_unverified_member_outside_the_group_is_not_told_the_item_exists(client, items):
    client.force_login(UserFactory(verified=False))
    response = client.get(items["group"].url)
    assert response.status_code in (302, 404)
    assert b"Verify your email" not in response.content
