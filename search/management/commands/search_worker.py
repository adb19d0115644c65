"""Drains the search outbox to the knowledge store; run one per deployment (more are safe on PostgreSQL)."""

from django.core.management.base import BaseCommand
from django.db import connection

from search.worker import outbox_depth
from search.worker_loop import worker_run
from search.worker_session import worker_session_prepare


class Command(BaseCommand):
    help = "Apply recorded content changes to the search index, in bulk, with retries and backoff."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Drain what is due now, then exit.")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--idle-seconds", type=float, default=1.0, help="Pause when nothing is due.")

    def handle(self, *args, once, batch_size, idle_seconds, **options):
        worker_session_prepare(connection)  # a cut connection is noticed in seconds, never waited on
        worker_run(batch_size=batch_size, idle_seconds=idle_seconds, once=once, on_report=self._report)

    def _report(self, report) -> None:
        if report.applied or report.failed:
            self.stdout.write(
                f"applied {report.applied} changes ({report.keys} keys), postponed {report.failed}, "
                f"{outbox_depth()} waiting"
            )
