"""A mail server that is down never fails anyone's action: every action that sends mail succeeds, logs, retries.

Each action runs with the mail server raising (SMTP error, connection refused, timeout) on both task backends:
the database backend of production (the email waits for a retry and arrives once the server is back) and the
immediate backend of `make run` (the failure is logged, the action still succeeds).
"""

import io
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from allauth.account.models import EmailAddress

from django.core import mail
from django.core.management import call_command
from django.http import QueryDict
from django.test import TestCase
from django.urls import reverse

from forum.choices import WatchEmail
from forum.models import Post, Topic, Watch
from guidelines.models import GuidelineEdition
from portal.models import User
from portal.roles import Role
from search.maintenance import index_rebuild
from search.query import parse_search_request
from search.saved_searches import saved_search_create, saved_search_digests_send
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory, PostFactory
from tests.forum.helpers import new_topic_data, reply_data
from tests.guidelines import factories as guideline_factories
from tests.guidelines.admin_forms import editor_post_data, staff_member
from tests.search.conftest import fixture_source  # noqa: F401  (a fixture, used by name)
from tests.search.factories import knowledge_document

from .factories import DEFAULT_PASSWORD, UserFactory
from .task_helpers import DATABASE_TASKS, IMMEDIATE_TASKS, make_waiting_tasks_due, run_due_tasks
from .test_signup import signup_data

pytestmark = pytest.mark.django_db

FAILURES = {
    "smtp-error": smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
    "connection-refused": ConnectionRefusedError(111, "Connection refused"),
    "timeout": TimeoutError("timed out"),
}


@dataclass(frozen=True)
class MailingAction:
    """Something a person does that sends mail; `perform` asserts the normal success and returns who is mailed."""

    name: str
    perform: Callable[[object, pytest.FixtureRequest], str | None]


def reply_to_a_watched_topic(client, request) -> str:
    watcher = MemberFactory(email="watcher@example.org")
    topic = ForumTopicFactory(title="Family tracing in Mali")
    Watch.objects.create(user=watcher, topic=topic, email=WatchEmail.INSTANT)
    client.force_login(MemberFactory(email="author@example.org"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(f"/en/forum/t/{topic.pk}/reply/", reply_data(body="Home visits at six months"))
    assert response.status_code == 302
    assert Post.objects.filter(topic=topic, body="Home visits at six months").exists()
    return "watcher@example.org"


def new_topic_in_a_watched_category(client, request) -> None:
    """New topics mail nobody yet (only replies and digests do); the action must still succeed."""
    category = CategoryFactory(slug="reintegration")
    Watch.objects.create(user=MemberFactory(email="watcher@example.org"), category=category)
    client.force_login(MemberFactory(email="author@example.org"))
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post("/en/forum/new/", new_topic_data(category, title="Follow-up after six months"))
    assert response.status_code == 302
    assert Topic.objects.filter(title="Follow-up after six months").exists()
    return None


def sign_up(client, request) -> str:
    response = client.post("/accounts/signup/", signup_data(email="amina@example.org"))
    assert response.status_code == 302 and response["Location"] == "/accounts/confirm-email/"
    assert User.objects.filter(email="amina@example.org").exists()
    return "amina@example.org"


def reset_a_password(client, request) -> str:
    UserFactory(email="fatou@example.org")
    response = client.post("/accounts/password/reset/", {"email": "fatou@example.org"})
    assert response.status_code == 302 and response["Location"] == "/accounts/password/reset/done/"
    return "fatou@example.org"


def change_the_email_address(client, request) -> str:
    UserFactory(email="old@example.org")
    client.post("/accounts/login/", {"login": "old@example.org", "password": DEFAULT_PASSWORD})
    response = client.post("/accounts/email/", {"action_add": "", "email": "new@example.org"})
    assert response.status_code == 302
    assert EmailAddress.objects.filter(email="new@example.org", verified=False).exists()
    return "new@example.org"


def run_the_saved_search_daily_email(client, request) -> str:
    request.getfixturevalue("settings").ELASTICSEARCH_URL = ""
    source = request.getfixturevalue("fixture_source")
    member = UserFactory(email="saver@example.org")
    query = parse_search_request(QueryDict(urlencode({"q": "shelter"})), reader_language="en")
    saved = saved_search_create(user=member, query=query)
    published = saved.notified_until + timedelta(minutes=1)
    source.documents["k1"] = [knowledge_document(id="doc1", text="shelter rules", published_at=published)]
    index_rebuild()

    report = saved_search_digests_send(now=saved.notified_until + timedelta(hours=1))

    assert (report.emails_sent, report.failures) == (1, [])
    saved.refresh_from_db()
    assert saved.last_emailed_at is not None
    return "saver@example.org"


def run_the_forum_daily_digest(client, request) -> str:
    watcher = MemberFactory(email="digest@example.org")
    topic = ForumTopicFactory(title="Psychosocial first aid at the border")
    PostFactory(topic=topic)
    Watch.objects.create(user=watcher, category=topic.category, email=WatchEmail.DAILY)
    output = io.StringIO()

    call_command("forum_digest", "--period", "daily", stdout=output)

    assert "daily digest: 1 emails sent" in output.getvalue()
    assert Watch.objects.get(user=watcher).last_digest_at is not None
    return "digest@example.org"


def _submit_a_guideline_edition(client):
    page = guideline_factories.guideline(label="1.0")
    author = staff_member(Role.EDITOR, "author@example.org")
    staff_member(Role.EDITOR, "reviewer@example.org")
    client.force_login(author)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(edit_url, editor_post_data(page, label="1.1", action="action-submit", heading_suffix="!"))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_task_state is not None
    return page


def submit_for_review_in_the_admin(client, request) -> str:
    _submit_a_guideline_edition(client)
    return "reviewer@example.org"


def approve_in_the_admin(client, request) -> str:
    page = _submit_a_guideline_edition(client)
    mail.outbox.clear()
    state = page.current_workflow_task_state
    client.force_login(User.objects.get(email="reviewer@example.org"))
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]), {"comment": ""}
    )
    assert response.status_code in (200, 302)
    assert GuidelineEdition.objects.filter(guideline=page, label="1.1").exists()
    return "author@example.org"


ACTIONS = [
    MailingAction("reply to a watched topic", reply_to_a_watched_topic),
    MailingAction("new topic in a watched category", new_topic_in_a_watched_category),
    MailingAction("sign up", sign_up),
    MailingAction("password reset", reset_a_password),
    MailingAction("email change", change_the_email_address),
    MailingAction("saved-search daily email", run_the_saved_search_daily_email),
    MailingAction("forum daily digest", run_the_forum_daily_digest),
    MailingAction("submit for review (admin)", submit_for_review_in_the_admin),
    MailingAction("approve (admin)", approve_in_the_admin),
]


def _recipients() -> set[str]:
    return {address for message in mail.outbox for address in message.to}


@pytest.mark.parametrize("action", ACTIONS, ids=[action.name for action in ACTIONS])
def test_every_mailing_action_sends_mail_through_the_queue(action, client, request, mail_server, database_tasks):
    """The actions below do mail someone when the server is up (so the outage test can fail)."""
    recipient = action.perform(client, request)
    run_due_tasks()

    assert recipient is None or recipient in _recipients()


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
@pytest.mark.parametrize("action", ACTIONS, ids=[action.name for action in ACTIONS])
def test_mail_server_outage_is_retried_later_and_the_action_succeeds(
    action, failure, client, request, mail_server, database_tasks, caplog
):
    mail_server.failure = failure

    recipient = action.perform(client, request)
    run_due_tasks()

    assert mail.outbox == []
    if recipient is not None:
        assert "retrying in 0:01:00" in caplog.text and type(failure).__name__ in caplog.text
    mail_server.failure = None
    make_waiting_tasks_due()
    run_due_tasks()
    assert recipient is None or recipient in _recipients()


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
@pytest.mark.parametrize("action", ACTIONS, ids=[action.name for action in ACTIONS])
def test_mail_server_outage_never_fails_the_action_when_tasks_run_in_process(
    action, failure, client, request, mail_server, settings, caplog
):
    settings.TASKS = IMMEDIATE_TASKS
    mail_server.failure = failure

    recipient = action.perform(client, request)

    assert mail.outbox == []
    if recipient is not None:
        assert "not retried" in caplog.text and type(failure).__name__ in caplog.text


def test_the_settings_under_test_are_the_production_ones():
    """The outage tests above stand for production only while production queues mail on the database backend."""
    from portal.settings import base

    assert base.EMAIL_BACKEND == "portal.mail.TaskEmailBackend"
    assert base.TASKS == DATABASE_TASKS
