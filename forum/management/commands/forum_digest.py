"""Sends the forum digest emails; run by a scheduler (daily and weekly)."""

from django.core.management.base import BaseCommand

from forum.notifications import send_digests


class Command(BaseCommand):
    help = "Email each digest watcher the new posts they may read in their watched topics and categories."

    def add_arguments(self, parser):
        parser.add_argument("--period", choices=["daily", "weekly"], required=True)

    def handle(self, *args, period: str, **options):
        sent = send_digests(period=period)
        self.stdout.write(f"Forum {period} digest: {sent} emails sent.")
