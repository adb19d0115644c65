"""A task left RUNNING by a killed worker runs again, and an email the mail server accepted is never sent twice."""

from datetime import timedelta

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.mail import send_mail
from django.core.management import call_command
from django.utils import timezone

from forum.models import Watch
from forum.notifications import reply_notify
from portal.models import MailDelivery
from tests.forum.factories import ForumTopicFactory, PostFactory
from tests.portal.factories import UserFactory

from .task_helpers import run_due_tasks

pytestmark = pytest.mark.django_db(transaction=True)  # the worker takes an exclusive lock, as in production


def _as_if_killed(*, running_for: timedelta) -> DBTaskResult:
    """The queued task, claimed by a worker that died `running_for` ago."""
    result = DBTaskResult.objects.get(status="READY")
    result.claim("killed-worker")
    DBTaskResult.objects.filter(pk=result.pk).update(started_at=timezone.now() - running_for)
    return result


def _queue_site_mail() -> None:
    send_mail("Welcome", "Hello", None, ["a@example.org"])


def _queue_member_mail() -> None:
    """A reply notification, once its fan-out task has queued it."""
    topic = ForumTopicFactory()
    Watch.objects.create(user=UserFactory(), topic=topic)
    reply_notify(post_id=PostFactory(topic=topic).pk)
    run_due_tasks(limit=1)


EVERY_KIND_OF_MAIL = pytest.mark.parametrize("queue_mail", [_queue_site_mail, _queue_member_mail])


@EVERY_KIND_OF_MAIL
def test_task_left_running_longer_than_the_timeout_is_run_again_by_the_worker(
    queue_mail, database_tasks, mail_server, settings
):
    settings.TASKS_RUNNING_TIMEOUT = 60
    queue_mail()
    result = _as_if_killed(running_for=timedelta(seconds=61))

    call_command("tasks_worker", "--batch")

    assert len(mail.outbox) == 1
    result.refresh_from_db()
    assert result.status == "SUCCESSFUL"
    assert result.worker_ids[0] == "killed-worker" and len(result.worker_ids) == 2


def test_task_running_for_less_than_the_timeout_is_left_to_its_worker(database_tasks, mail_server, settings):
    settings.TASKS_RUNNING_TIMEOUT = 60
    send_mail("Welcome", "Hello", None, ["a@example.org"])
    result = _as_if_killed(running_for=timedelta(seconds=30))

    call_command("tasks_worker", "--batch")

    assert mail.outbox == []
    result.refresh_from_db()
    assert result.status == "RUNNING"


@EVERY_KIND_OF_MAIL
def test_email_accepted_before_the_worker_was_killed_is_not_sent_again(
    queue_mail, database_tasks, mail_server, settings
):
    settings.TASKS_RUNNING_TIMEOUT = 60
    queue_mail()
    run_due_tasks()
    [sent] = mail.outbox
    # Killed after the mail server accepted, before the task (and the fan-out before it) was marked done:
    DBTaskResult.objects.update(status="RUNNING", started_at=timezone.now() - timedelta(minutes=5), finished_at=None)

    call_command("tasks_worker", "--batch")

    assert mail.outbox == [sent]
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_email_carries_a_message_id_from_its_task_so_a_resent_copy_shows_once(database_tasks, mail_server):
    send_mail("Welcome", "Hello", None, ["a@example.org"])
    task_id = str(DBTaskResult.objects.get().pk)
    run_due_tasks()

    assert mail.outbox[0].message()["Message-ID"].startswith(f"<{task_id}@")
    assert list(MailDelivery.objects.values_list("key", flat=True)) == [task_id]


def test_mail_server_refusal_leaves_no_delivery_record_so_the_retry_sends(database_tasks, mail_server):
    mail_server.failure = ConnectionRefusedError("mail server down")
    send_mail("Welcome", "Hello", None, ["a@example.org"])
    run_due_tasks()

    assert MailDelivery.objects.count() == 0
    assert DBTaskResult.objects.filter(status="READY").count() == 1  # the retry, queued for later
