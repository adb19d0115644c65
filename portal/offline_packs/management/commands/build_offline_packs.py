from django.conf import settings
from django.core.management.base import BaseCommand

from portal.offline_packs.packs import build_all_packs


class Command(BaseCommand):
    help = "Builds the field pack of every programme country in every language; unchanged packs keep their version."

    def add_arguments(self, parser):
        parser.add_argument("--language", action="append", help="Only these languages (repeatable).")

    def handle(self, *args, language=None, **options):
        languages = language or [code for code, _name in settings.LANGUAGES]
        for country, lang, version, changed in build_all_packs(languages=languages):
            state = "new version" if changed else "unchanged"
            self.stdout.write(f"{country} {lang}: version {version} ({state})")
