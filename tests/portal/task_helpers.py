"""A mail server that can be down, and a way to run the queued tasks as the worker does."""

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult, get_date_max

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.locmem import EmailBackend as OutboxBackend
from django.utils import timezone

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


class MailServer(BaseEmailBackend):
    """Delivers to `django.core.mail.outbox` while up; raises `MailServer.failure` (set by a test) while down."""

    failure: BaseException | None = None

    def send_messages(self, email_messages):
        if MailServer.failure is not None:
            raise MailServer.failure
        return OutboxBackend().send_messages(email_messages)


def run_due_tasks(limit: int | None = None) -> int:
    """Runs the tasks that are due (at most `limit`), one at a time through the worker's own code; returns how many."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    )
    ran = 0
    while ran != limit and (result := DBTaskResult.objects.ready().order_by("enqueued_at").first()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += 1
    return ran


def make_waiting_tasks_due() -> None:
    """As if time had passed: every task waiting for its run_after is due now."""
    DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now()).exclude(run_after=get_date_max()).update(
        run_after=timezone.now()
    )
