"""Background tasks on the database backend: queued, run by the worker, retried with backoff, visible in /readyz."""

import logging
import smtplib
from datetime import timedelta
from unittest import mock

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.db import OperationalError
from django.utils import timezone

from forum.models import Watch
from forum.notifications import reply_notify
from portal.mail import member_mail_queue
from portal.task_queue import RETRY_DELAYS, task_queue_status
from tests.forum.factories import ForumTopicFactory, PostFactory
from tests.portal.factories import UserFactory

from .task_helpers import make_waiting_tasks_due, run_due_tasks

pytestmark = pytest.mark.django_db


def _queue_status() -> dict:
    status = task_queue_status()
    return {key: status[key] for key in ("ready", "waiting", "running", "failed")}


@pytest.mark.django_db(transaction=True)  # the worker takes an exclusive lock, as in production
def test_queued_email_waits_for_the_worker_command_then_is_sent(database_tasks, mail_server):
    send_mail("Welcome", "Hello", None, ["amina@example.org"])

    assert mail.outbox == []
    assert _queue_status() == {"ready": 1, "waiting": 0, "running": 0, "failed": 0}

    call_command("tasks_worker", "--batch")

    assert [message.to for message in mail.outbox] == [["amina@example.org"]]
    assert _queue_status() == {"ready": 0, "waiting": 0, "running": 0, "failed": 0}
    assert DBTaskResult.objects.get().status == "SUCCESSFUL"


def test_queued_email_keeps_its_html_headers_and_addresses(database_tasks, mail_server):
    message = EmailMultiAlternatives(
        "Nouvelle réponse", "Texte", "portal@example.org", ["a@example.org"], cc=["c@example.org"],
        reply_to=["r@example.org"], headers={"List-Unsubscribe": "<https://portal.example.org/u/>"},
    )  # fmt: skip
    message.attach_alternative("<p>Texte</p>", "text/html")
    message.send()
    run_due_tasks()

    [sent] = mail.outbox
    assert (sent.subject, sent.body, sent.from_email, sent.to, sent.cc, sent.reply_to) == (
        "Nouvelle réponse", "Texte", "portal@example.org", ["a@example.org"], ["c@example.org"], ["r@example.org"],
    )  # fmt: skip
    assert sent.extra_headers["List-Unsubscribe"] == "<https://portal.example.org/u/>"
    assert [tuple(alternative) for alternative in sent.alternatives] == [("<p>Texte</p>", "text/html")]


def test_an_attachment_is_refused_when_queued_not_lost_later(database_tasks, mail_server):
    message = EmailMultiAlternatives("Report", "See attached", None, ["a@example.org"])
    message.attach("report.csv", "a,b\n", "text/csv")

    with pytest.raises(ValueError, match="no attachments"):
        message.send()


@pytest.mark.parametrize(
    "failure",
    [smtplib.SMTPServerDisconnected("gone"), ConnectionRefusedError(111, "refused"), TimeoutError("timed out")],
    ids=["smtp", "refused", "timeout"],
)
def test_failed_delivery_is_retried_later_and_sent_once_when_the_server_is_back(
    database_tasks, mail_server, failure, caplog
):
    mail_server.failure = failure
    send_mail("Welcome", "Hello", None, ["amina@example.org"])

    before = timezone.now()
    run_due_tasks()

    waiting = DBTaskResult.objects.get(status="READY")
    assert waiting.args_kwargs["kwargs"]["attempt"] == 2
    assert before + RETRY_DELAYS[0] <= waiting.run_after <= timezone.now() + RETRY_DELAYS[0]
    assert _queue_status() == {"ready": 0, "waiting": 1, "running": 0, "failed": 0}
    assert "retrying in 0:01:00" in caplog.text and type(failure).__name__ in caplog.text
    assert run_due_tasks() == 0  # not due yet

    mail_server.failure = None
    make_waiting_tasks_due()
    run_due_tasks()

    assert [message.to for message in mail.outbox] == [["amina@example.org"]]
    assert _queue_status() == {"ready": 0, "waiting": 0, "running": 0, "failed": 0}


def test_retries_wait_longer_each_time_and_stop_as_failed(database_tasks, mail_server, caplog):
    mail_server.failure = smtplib.SMTPException("451 try later")
    send_mail("Welcome", "Hello", None, ["amina@example.org"])

    delays = []
    for _attempt in range(len(RETRY_DELAYS) + 1):
        started = timezone.now()
        run_due_tasks()
        waiting = DBTaskResult.objects.filter(status="READY").first()
        if waiting is None:
            break
        delays.append(waiting.run_after - started)
        make_waiting_tasks_due()

    assert [round(delay / timedelta(minutes=1)) for delay in delays] == [1, 5, 30, 120, 480]
    assert _queue_status() == {"ready": 0, "waiting": 0, "running": 0, "failed": 1}
    assert DBTaskResult.objects.get(status="FAILED").exception_class_path == "smtplib.SMTPException"
    assert any(record.levelno == logging.ERROR and "not retried" in record.message for record in caplog.records)
    assert mail.outbox == []


def test_a_bug_in_a_task_is_not_retried_as_if_the_server_were_down(database_tasks, mail_server):
    mail_server.failure = ValueError("a bug, not an outage")
    send_mail("Welcome", "Hello", None, ["amina@example.org"])

    run_due_tasks()

    assert _queue_status() == {"ready": 0, "waiting": 0, "running": 0, "failed": 1}


def test_member_mail_carries_ids_only_and_is_written_when_sent(database_tasks, mail_server):
    watcher = UserFactory(email="watcher@example.org")
    topic = ForumTopicFactory()
    watch = Watch.objects.create(user=watcher, topic=topic)
    post = PostFactory(topic=topic, body="Shared before it was hidden")
    reply_notify(post_id=post.pk)
    run_due_tasks(limit=1)  # the fan-out queues one email per watcher

    queued = DBTaskResult.objects.get(status="READY")
    assert queued.task_path == "portal.mail.send_member_mail"
    assert queued.args_kwargs == {
        "args": [],
        "kwargs": {"writer": "forum.notifications.reply_email", "user_id": watcher.pk,
                   "ids": {"post_id": post.pk, "watch_id": watch.pk}},
    }  # fmt: skip
    post.is_hidden = True
    post.save(update_fields=["is_hidden"])
    run_due_tasks()

    assert mail.outbox == []
    assert DBTaskResult.objects.get(task_path="portal.mail.send_member_mail").status == "SUCCESSFUL"


def test_member_mail_refuses_unregistered_writers(database_tasks, mail_server):
    def unregistered(*, user):
        return None

    with pytest.raises(ValueError, match="not registered"):
        member_mail_queue(unregistered, user=UserFactory())
    assert not DBTaskResult.objects.exists()


def test_readyz_shows_the_task_queue_without_making_the_portal_unready(client, database_tasks, mail_server):
    mail_server.failure = smtplib.SMTPException("down")
    send_mail("Welcome", "Hello", None, ["amina@example.org"])
    send_mail("Welcome", "Hello", None, ["karim@example.org"])
    run_due_tasks()
    send_mail("Welcome", "Hello", None, ["fatou@example.org"])

    response = client.get("/readyz")

    queue = response.json()["checks"]["task_queue"]
    assert response.status_code == 200
    assert (queue["ok"], queue["ready"], queue["waiting"], queue["failed"]) == (True, 1, 2, 0)
    assert queue["oldest_ready_seconds"] >= 0


def test_readyz_says_tasks_run_in_process_without_the_database_backend(client):
    queue = client.get("/readyz").json()["checks"]["task_queue"]

    assert queue == {"ok": True, "backend": "ImmediateBackend", "detail": "tasks run when queued"}


def test_worker_waits_out_a_database_outage_and_carries_on(database_tasks, caplog):
    """The worker drops its broken connections and tries again. Here the connection is the test's own, inside its
    transaction: closing it would leave every later query failing (PostgreSQL), so only the close is stubbed."""
    outage = [OperationalError("connection refused"), None]

    def reclaim():
        if error := outage.pop(0):
            raise error

    with (
        mock.patch("portal.management.commands.tasks_worker.reclaim_abandoned_tasks", reclaim),
        mock.patch("time.sleep"),
        mock.patch("portal.management.commands.tasks_worker.connections.close_all") as close_all,
    ):
        call_command("tasks_worker", "--batch")

    assert outage == []
    assert "task worker lost the database" in caplog.text
    close_all.assert_called_once()
