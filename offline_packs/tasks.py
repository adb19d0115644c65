"""The scheduled rebuild of every field pack (run it nightly, or after publishing, with the task worker)."""

from django_tasks import task

from django.conf import settings

from offline_packs.packs import build_all_packs


@task()
def build_offline_packs() -> int:
    """Rebuilds every pack; returns how many got a new version."""
    rows = build_all_packs(languages=[code for code, _name in settings.LANGUAGES])
    return sum(1 for *_rest, changed in rows if changed)
