"""Runs the background tasks (emails, Wagtail's index updates); one or more per deployment.

django-tasks-db's own `db_worker` exits when the database goes away; this one waits for it and carries on.
It also puts back in the queue the tasks a killed worker left RUNNING (portal.task_queue), at start and
then every TASKS_RUNNING_TIMEOUT seconds, between batches of tasks.
"""

import logging
import time

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS
from django_tasks.utils import get_random_id
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import DatabaseError, connections

from portal.task_queue import reclaim_abandoned_tasks

logger = logging.getLogger(__name__)

OUTAGE_PAUSES = (1, 2, 5, 10, 30)  # seconds between reconnection attempts, the last one repeated
TASKS_PER_BATCH = 100  # tasks run between two looks for abandoned ones


def _due_tasks(queue_name: str):
    tasks = DBTaskResult.objects.ready().filter(backend_name=DEFAULT_TASK_BACKEND_ALIAS)
    return tasks if queue_name == "*" else tasks.filter(queue_name__in=queue_name.split(","))


class Command(BaseCommand):
    help = "Run the queued background tasks (every email the portal sends), surviving database outages."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Run the tasks that are due, then exit.")
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds to wait when nothing is due.")
        parser.add_argument("--queue-name", default="*", help="Queues to run, comma-separated ('*': all).")

    def handle(self, *args, batch: bool, interval: float, queue_name: str, **options):
        worker_id = get_random_id()
        outages = 0
        reclaimed_at = None
        while True:
            worker = Worker(
                queue_names=queue_name.split(","),
                interval=interval,
                batch=True,  # returns when nothing is due, so that this loop can reclaim and wait
                backend_name=DEFAULT_TASK_BACKEND_ALIAS,
                startup_delay=False,
                max_tasks=TASKS_PER_BATCH,
                worker_id=worker_id,
            )
            worker.configure_signals()
            try:
                if reclaimed_at is None or time.monotonic() - reclaimed_at >= settings.TASKS_RUNNING_TIMEOUT:
                    reclaim_abandoned_tasks()
                    reclaimed_at = time.monotonic()
                due = _due_tasks(queue_name).exists()
                if due:
                    worker.run()
            except DatabaseError as error:
                pause = OUTAGE_PAUSES[min(outages, len(OUTAGE_PAUSES) - 1)]
                logger.warning("task worker lost the database (%r); retrying in %s s", error, pause)
                connections.close_all()
                time.sleep(pause)
                outages += 1
                continue
            outages = 0
            if not worker.running or (batch and not due):
                return
            if not due:
                time.sleep(interval)
