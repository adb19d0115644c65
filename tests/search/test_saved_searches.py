"""Saved searches: saving from the results, the member's list, the daily email of new matches, unsubscribing."""

import io
import smtplib
from datetime import timedelta
from urllib.parse import urlencode

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.http import QueryDict
from django.test import Client

from search.maintenance import index_rebuild
from search.models import SavedSearch
from search.query import parse_search_request
from search.saved_searches import (
    MAX_SAVED_SEARCHES,
    saved_search_create,
    saved_search_digests_send,
    unsubscribe_token,
)
from search.sources import Visibility
from tests.portal.factories import UserFactory

from .factories import knowledge_document

pytestmark = pytest.mark.django_db

SEARCH = "/en/search/?q=shelter&country=ML"


class RefusingBackend(EmailBackend):
    """The locmem backend, except that the mail server refuses one address (a member whose inbox is broken)."""

    def send_messages(self, messages):
        if any("broken" in address for message in messages for address in message.to):
            raise smtplib.SMTPRecipientsRefused({"broken@example.org": (550, b"mailbox unavailable")})
        return super().send_messages(messages)


def _save(user, text: str = "shelter", **params) -> SavedSearch:
    query = parse_search_request(QueryDict(urlencode({"q": text, **params})), reader_language="en")
    return saved_search_create(user=user, query=query)


def _publish(fixture_source, saved: SavedSearch, *, minutes_after: int = 1, **fields):
    """A document published after the search was saved, indexed directly (no outbox row left pending)."""
    number = len(fixture_source.documents) + 1
    published = saved.notified_until + timedelta(minutes=minutes_after)
    fixture_source.documents[f"k{number}"] = [
        knowledge_document(id=f"doc{number}", text="shelter rules", countries=["ML"], published_at=published, **fields)
    ]
    index_rebuild()
    return published


def _send(saved: SavedSearch, **kwargs):
    return saved_search_digests_send(now=saved.notified_until + timedelta(hours=1), **kwargs)


def test_member_saves_a_search_and_comes_back_to_the_same_results(client):
    member = UserFactory()
    client.force_login(member)

    response = client.post("/en/search/saved/new/", {"q": "shelter", "country": "ML", "next": SEARCH}, follow=True)

    assert response.redirect_chain[-1][0] == SEARCH
    assert "Search saved as" in response.content.decode()
    saved = SavedSearch.objects.get(user=member)
    assert (saved.query_string, saved.email_enabled) == ("q=shelter&country=ML", True)


def test_the_same_search_in_another_order_is_saved_once(client):
    member = UserFactory()
    client.force_login(member)
    client.post("/en/search/saved/new/", {"q": "shelter", "country": ["NE", "ML"]})

    response = client.post("/en/search/saved/new/", {"country": "ML,NE", "q": " shelter "}, follow=True)

    assert SavedSearch.objects.filter(user=member).count() == 1
    assert "You already saved this search" in response.content.decode()


@pytest.mark.parametrize(
    "params, message",
    [({"q": "   "}, "There is nothing to save yet"), ({"q": "shelter", "sort": "loudest"}, "“sort” must be")],
)
def test_nothing_or_bad_parameters_are_refused_with_a_reason(client, params, message):
    client.force_login(UserFactory())

    response = client.post("/en/search/saved/new/", params, follow=True)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_a_member_can_keep_a_bounded_number_of_searches(client):
    member = UserFactory()
    for number in range(MAX_SAVED_SEARCHES):
        _save(member, f"shelter {number}")
    client.force_login(member)

    response = client.post("/en/search/saved/new/", {"q": "one more"}, follow=True)

    assert "the most there can be" in response.content.decode()
    assert SavedSearch.objects.filter(user=member).count() == MAX_SAVED_SEARCHES


def test_anonymous_reader_is_invited_to_sign_in_and_cannot_save(engine, fixture_source, client):
    fixture_source.documents["d1"] = [knowledge_document(id="d1", text="shelter")]
    index_rebuild()

    page = client.get(SEARCH).content.decode()
    response = client.post("/en/search/saved/new/", {"q": "shelter"})

    assert "Sign in to save this search" in page
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not SavedSearch.objects.exists()


def test_saved_list_runs_renames_mutes_and_deletes_only_the_members_own(client):
    member, other = UserFactory(), UserFactory()
    saved = _save(member, country="ML")
    theirs = _save(other)
    client.force_login(member)

    listing = client.get("/en/search/saved/").content.decode()
    client.post(f"/en/search/saved/{saved.pk}/", {"action": "rename", "name": "Shelters in Mali"})
    client.post(f"/en/search/saved/{saved.pk}/", {"action": "email_off"})
    refused = client.post(f"/en/search/saved/{theirs.pk}/", {"action": "delete"})

    saved.refresh_from_db()
    assert 'href="/en/search/?q=shelter&amp;country=ML"' in listing
    assert (saved.name, saved.email_enabled) == ("Shelters in Mali", False)
    assert refused.status_code == 404 and SavedSearch.objects.filter(pk=theirs.pk).exists()
    client.post(f"/en/search/saved/{saved.pk}/", {"action": "delete"})
    assert not SavedSearch.objects.filter(pk=saved.pk).exists()


def test_daily_email_lists_new_matches_once(engine, fixture_source):
    member = UserFactory(email="caseworker@example.org")
    saved = _save(member, country="ML")
    fixture_source.documents["old"] = [
        knowledge_document(
            id="old", title="Old shelter list", text="shelter", published_at=saved.notified_until - timedelta(days=1)
        )
    ]
    _publish(fixture_source, saved, title="Shelter rules in Bamako")

    first = _send(saved)
    second = _send(saved)

    assert (first.emails_sent, second.emails_sent) == (1, 0)
    [message] = mail.outbox
    assert message.to == ["caseworker@example.org"]
    assert "Shelter rules in Bamako" in message.body and "Old shelter list" not in message.body
    assert "http://" in message.body and "/search/saved/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_email_only_holds_what_the_member_may_see_now(engine, fixture_source):
    member = UserFactory()
    saved = _save(member)
    _publish(fixture_source, saved, title="Canarygroup escalation", visibility=Visibility.GROUPS, groups=["Moderator"])

    assert _send(saved).emails_sent == 0

    member.groups.add(Group.objects.get_or_create(name="Moderator")[0])
    assert _send(saved).emails_sent == 1
    assert "Canarygroup escalation" in mail.outbox[0].body


def test_member_who_left_the_group_no_longer_gets_its_content(engine, fixture_source):
    moderators = Group.objects.get_or_create(name="Moderator")[0]
    member = UserFactory()
    member.groups.add(moderators)
    saved = _save(member)
    member.groups.remove(moderators)
    _publish(
        fixture_source, saved, title="Canarygroup after leaving", visibility=Visibility.GROUPS, groups=["Moderator"]
    )

    assert _send(saved).emails_sent == 0
    assert mail.outbox == []


def test_unverified_inactive_and_muted_members_get_nothing(fixture_source, no_elasticsearch):
    unverified, inactive, muted = UserFactory(verified=False), UserFactory(), UserFactory()
    searches = [_save(unverified), _save(inactive), _save(muted)]
    inactive.is_active = False
    inactive.save()
    SavedSearch.objects.filter(user=muted).update(email_enabled=False)
    _publish(fixture_source, searches[0], title="Shelter rules")

    assert _send(searches[0]).emails_sent == 0
    assert mail.outbox == []


def test_a_refused_email_does_not_stop_the_others_and_is_retried(fixture_source, no_elasticsearch, settings):
    settings.EMAIL_BACKEND = "tests.search.test_saved_searches.RefusingBackend"
    broken, fine = UserFactory(email="broken@example.org"), UserFactory(email="fine@example.org")
    broken_search, fine_search = _save(broken), _save(fine)
    _publish(fixture_source, broken_search, minutes_after=2, title="Shelter rules")

    report = _send(broken_search)

    broken_search.refresh_from_db()
    fine_search.refresh_from_db()
    assert report.emails_sent == 1 and [message.to for message in mail.outbox] == [["fine@example.org"]]
    assert len(report.failures) == 1 and "broken@example.org" in report.failures[0]
    assert broken_search.last_emailed_at is None and fine_search.last_emailed_at is not None


def test_dry_run_sends_nothing_and_moves_nothing(fixture_source, no_elasticsearch):
    saved = _save(UserFactory(email="dry@example.org"))
    _publish(fixture_source, saved, title="Shelter rules")
    output = io.StringIO()

    call_command("search_saved_digests", "--dry-run", stdout=output)

    saved.refresh_from_db()
    assert mail.outbox == [] and saved.last_emailed_at is None
    assert "Saved searches: would send" in output.getvalue()


def test_email_is_in_the_members_language_and_direction(fixture_source, no_elasticsearch):
    member = UserFactory(preferred_language="ar")
    saved = _save(member)
    _publish(fixture_source, saved, title="قواعد المأوى", language="ar")

    _send(saved)

    html = mail.outbox[0].alternatives[0][0]
    assert 'lang="ar" dir="rtl"' in html and "قواعد المأوى" in html


def test_unsubscribe_link_turns_off_its_search_without_signing_in():
    member = UserFactory()
    kept, stopped = _save(member, "kept"), _save(member, "stopped")
    url = f"/en/search/saved/unsubscribe/{unsubscribe_token(user_id=member.pk, saved_search_id=stopped.pk)}/"
    browser = Client(enforce_csrf_checks=True)  # as a mail client's one-click POST, without a form

    asked = browser.get(url)
    done = browser.post(url)

    kept.refresh_from_db()
    stopped.refresh_from_db()
    assert asked.status_code == 200 and "stopped" in asked.content.decode()
    assert done.status_code == 200 and (kept.email_enabled, stopped.email_enabled) == (True, False)


def test_tampered_or_foreign_unsubscribe_links_are_refused(client):
    member, other = UserFactory(), UserFactory()
    saved = _save(member)
    foreign = unsubscribe_token(user_id=other.pk, saved_search_id=saved.pk)

    tampered = client.post(f"/en/search/saved/unsubscribe/{foreign[:-2]}xx/")
    not_theirs = client.post(f"/en/search/saved/unsubscribe/{foreign}/")

    saved.refresh_from_db()
    assert tampered.status_code == not_theirs.status_code == 400
    assert "This link is not valid" in tampered.content.decode()
    assert saved.email_enabled
