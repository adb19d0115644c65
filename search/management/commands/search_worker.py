"""Drains the search outbox to the knowledge store; run one per deployment (more are safe on PostgreSQL)."""

import time

from django.core.management.base import BaseCommand

from search.worker import outbox_depth, outbox_drain, outbox_prune


class Command(BaseCommand):
    help = "Apply recorded content changes to the search index, in bulk, with retries and backoff."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Drain what is due now, then exit.")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--idle-seconds", type=float, default=1.0, help="Pause when nothing is due.")

    def handle(self, *args, once, batch_size, idle_seconds, **options):
        last_prune = 0.0
        while True:
            report = outbox_drain(batch_size=batch_size)
            if report.applied or report.failed:
                self.stdout.write(
                    f"applied {report.applied} changes ({report.keys} keys), postponed {report.failed}, "
                    f"{outbox_depth()} waiting"
                )
            if time.monotonic() - last_prune > 3600:
                outbox_prune()
                last_prune = time.monotonic()
            if once and (not report.applied or report.failed):
                return
            if not report.applied:
                time.sleep(idle_seconds)
