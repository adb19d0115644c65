"""Runs the background tasks (emails, Wagtail's index updates); one or more per deployment.

django-tasks-db's own `db_worker` exits when the database goes away; this one waits for it and carries on.
"""

import logging
import time

from django_tasks import DEFAULT_TASK_BACKEND_ALIAS
from django_tasks.utils import get_random_id
from django_tasks_db.management.commands.db_worker import Worker

from django.core.management.base import BaseCommand
from django.db import DatabaseError, connections

logger = logging.getLogger(__name__)

OUTAGE_PAUSES = (1, 2, 5, 10, 30)  # seconds between reconnection attempts, the last one repeated


class Command(BaseCommand):
    help = "Run the queued background tasks (every email the portal sends), surviving database outages."

    def add_arguments(self, parser):
        parser.add_argument("--batch", action="store_true", help="Run the tasks that are due, then exit.")
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds to wait when nothing is due.")
        parser.add_argument("--queue-name", default="*", help="Queues to run, comma-separated ('*': all).")

    def handle(self, *args, batch: bool, interval: float, queue_name: str, **options):
        worker = Worker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=not batch,
            max_tasks=None,
            worker_id=get_random_id(),
        )
        worker.configure_signals()
        outages = 0
        while worker.running:
            try:
                worker.run()
            except DatabaseError as error:
                pause = OUTAGE_PAUSES[min(outages, len(OUTAGE_PAUSES) - 1)]
                logger.warning("task worker lost the database (%r); retrying in %s s", error, pause)
                connections.close_all()
                time.sleep(pause)
                outages += 1
                continue
            return
