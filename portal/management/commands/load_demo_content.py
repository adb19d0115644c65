"""Loads the demo portal: the portal's own content, then each app's (idempotent: run it as often as you like)."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from portal.demo import demo_accounts_table
from portal.extensions import app_hooks


class Command(BaseCommand):
    help = "Load realistic demo content in English, French and Arabic, with demo accounts (never in production)."

    def handle(self, *args, **options):
        if not getattr(settings, "DEMO_CONTENT_ALLOWED", False):
            raise CommandError("Demo content is disabled in these settings (DEMO_CONTENT_ALLOWED is off).")
        for load_demo_content in app_hooks("demo_content"):
            load_demo_content(stdout=self.stdout)
        if "search_index" in _available_commands():
            call_command("search_index", "--rebuild", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        self.stdout.write(demo_accounts_table())


def _available_commands() -> set[str]:
    from django.core.management import get_commands

    return set(get_commands())
