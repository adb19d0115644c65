"""Operator commands for the knowledge index: rebuild (zero downtime), drift check and repair, glossary reload."""

from django.core.management.base import BaseCommand, CommandError

from search.client import SearchBackendError
from search.maintenance import glossary_reload, index_check, index_prune, index_rebuild, stores_to_check


class Command(BaseCommand):
    help = "Rebuild the knowledge index, check it against the database, or reload the glossary."

    def add_arguments(self, parser):
        action = parser.add_mutually_exclusive_group(required=True)
        action.add_argument("--rebuild", action="store_true", help="Build a fresh index and swap the alias.")
        action.add_argument("--check", action="store_true", help="Compare database and index; repair differences.")
        action.add_argument("--reload-glossary", action="store_true", help="Put the edited glossary into the index.")
        action.add_argument("--prune", action="store_true", help="Delete indices left by rebuilds that were killed.")
        parser.add_argument("--dry-run", action="store_true", help="With --check: report without repairing.")

    def handle(self, *args, rebuild, check, reload_glossary, prune, dry_run, **options):
        try:
            if rebuild:
                report = index_rebuild(progress=self._progress)
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Rebuilt {report.index or 'database records'}: {report.documents} documents from "
                        f"{report.keys} keys; {report.replayed} changes made during the rebuild replayed."
                    )
                )
            elif prune:
                pruned = index_prune()
                self.stdout.write(
                    self.style.SUCCESS(f"Deleted {len(pruned)} abandoned indices: {', '.join(pruned) or 'none'}.")
                )
            elif check:
                for name, store in stores_to_check().items():
                    self._check(name, store, repair=not dry_run)
            else:
                self.stdout.write(self.style.SUCCESS(f"Glossary reloaded: {glossary_reload()}."))
        except SearchBackendError as error:
            raise CommandError(f"Elasticsearch did not accept the request: {error}") from error

    def _check(self, name, store, *, repair: bool) -> None:
        report = index_check(repair=repair, store=store, progress=self._progress)
        if report.outdated_fields:
            raise CommandError(
                f"{name}: the index was built by an older version (fields {', '.join(report.outdated_fields)} "
                "differ); run `manage.py search_index --rebuild` (zero downtime)."
            )
        summary = f"missing {len(report.missing)}, orphaned {len(report.orphaned)}, stale {len(report.stale)}"
        if report.in_sync:
            self.stdout.write(self.style.SUCCESS(f"{name}: in agreement with the sources."))
        elif report.repaired:
            self.stdout.write(self.style.WARNING(f"{name}: drift found and repaired: {summary}."))
        else:
            self.stdout.write(self.style.WARNING(f"{name}: drift found (not repaired, --dry-run): {summary}."))

    def _progress(self, stage: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // total if total else width
        percent = 100 * done // total if total else 100
        end = "\n" if done >= total else ""
        self.stdout.write(
            f"\r{stage:8} [{'#' * filled}{'.' * (width - filled)}] {percent:3}% {done}/{total}", ending=end
        )
        self.stdout.flush()
