"""Emails members the new matches of their saved searches; run once a day by a scheduler."""

from django.core.management.base import BaseCommand

from search.saved_searches import saved_search_digests_send


class Command(BaseCommand):
    help = "Email each member the new matches of their saved searches since the previous email."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Show who would get how many matches; send nothing.")

    def handle(self, *args, dry_run: bool, **options):
        report = saved_search_digests_send(dry_run=dry_run)
        for line in report.planned:
            self.stdout.write(f"would email {line}")
        for failure in report.failures:
            self.stderr.write(self.style.ERROR(f"not sent (will retry tomorrow): {failure}"))
        verb = "would send" if dry_run else "sent"
        self.stdout.write(
            f"Saved searches: {verb} {len(report.planned) if dry_run else report.emails_sent} emails "
            f"for {report.searches_with_matches} searches with new matches; {len(report.failures)} failed."
        )
