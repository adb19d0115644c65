"""Background tasks: a bounded retry with backoff, and the queue depth operators read in /readyz.

django-tasks runs a task once and records a failure; it does not retry. A task that must outlive an outage
(a mail server down) calls `retry_later`, which queues the same task again for later with its attempt count.

django-tasks-db (0.12) has no heartbeat either: a worker killed mid-task leaves its row RUNNING for ever.
`reclaim_abandoned_tasks`, run by `tasks_worker` at start and then periodically, puts tasks RUNNING for longer
than TASKS_RUNNING_TIMEOUT back in the queue; tasks must therefore be safe to run again (the mail tasks check
portal.models.MailDelivery), and the timeout must exceed the longest task.
"""

import logging
from datetime import timedelta

from django_tasks import task_backends
from django_tasks.base import Task, TaskResultStatus

from django.conf import settings
from django.db import DatabaseError
from django.db.models import Case, Count, F, Min, Q, When
from django.utils import timezone

from .models import MailDelivery

logger = logging.getLogger(__name__)

# Waits before attempts 2 to 6: about ten hours in all, then the task is left failed for an operator to see.
RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=8),
)


def retry_later(task: Task, *, attempt: int, error: Exception, **kwargs) -> None:
    """Queues `task(**kwargs, attempt=attempt + 1)` after this attempt's delay; raises `error` once attempts run out.

    The backend must support `run_after` (the database backend does); the immediate backend of `make run` and
    the tests cannot wait, so there the failure is logged and raised at once.
    """
    if attempt > len(RETRY_DELAYS) or not task.get_backend().supports_defer:
        logger.error("%s failed on attempt %s (%r); not retried", task.module_path, attempt, error)
        raise error
    delay = RETRY_DELAYS[attempt - 1]
    task.using(run_after=timezone.now() + delay).enqueue(**kwargs, attempt=attempt + 1)
    logger.warning("%s failed on attempt %s (%r); retrying in %s", task.module_path, attempt, error, delay)


# A reclaimed task is at most this old; markers of older deliveries can go.
MAIL_DELIVERY_MEMORY = timedelta(days=7)


def reclaim_abandoned_tasks(*, running_longer_than: timedelta | None = None) -> int:
    """Tasks RUNNING for longer than the timeout (their worker died) are READY again; returns how many.

    One UPDATE: a task that finishes meanwhile is no longer RUNNING and is left alone.
    """
    from django_tasks_db.models import DBTaskResult

    timeout = running_longer_than or timedelta(seconds=settings.TASKS_RUNNING_TIMEOUT)
    now = timezone.now()
    reclaimed = DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING, started_at__lt=now - timeout).update(
        status=TaskResultStatus.READY, started_at=None
    )
    if reclaimed:
        logger.warning("%s task(s) left running by a stopped worker are queued again", reclaimed)
    MailDelivery.objects.filter(delivered_at__lt=now - MAIL_DELIVERY_MEMORY).delete()
    return reclaimed


def task_queue_status() -> dict:
    """Tasks due, waiting for a retry, running and failed for good: informational, never makes the portal unready."""
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult, get_date_max

    backend = task_backends["default"]
    if not isinstance(backend, DatabaseBackend):
        return {"ok": True, "backend": type(backend).__name__, "detail": "tasks run when queued"}
    now = timezone.now()
    ready = Q(status=TaskResultStatus.READY)
    due = ready & (Q(run_after=get_date_max()) | Q(run_after__lte=now))
    due_since = Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
    try:
        counts = DBTaskResult.objects.filter(backend_name=backend.alias).aggregate(
            ready=Count("pk", filter=due),
            waiting=Count("pk", filter=ready & ~due),
            running=Count("pk", filter=Q(status=TaskResultStatus.RUNNING)),
            failed=Count("pk", filter=Q(status=TaskResultStatus.FAILED)),
            oldest_ready=Min(due_since, filter=due),
        )
    except DatabaseError as error:
        return {"ok": True, "backend": "database", "error": error.__class__.__name__}
    oldest = counts.pop("oldest_ready")
    return {
        "ok": True,
        "backend": "database",
        **counts,
        "oldest_ready_seconds": round((now - oldest).total_seconds()) if oldest else 0,
    }
