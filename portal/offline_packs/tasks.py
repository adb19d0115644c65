"""The first build of a pack, off the request: a reader asking for a pack nobody built yet queues it.

The scheduled `build_offline_packs` normally builds every pack; a pack it has not reached (a new country, a
language added) is queued by its first reader, who gets a "being prepared" page meanwhile. The lock keeps
concurrent first requests from queueing it twice. Where tasks run in-process (`make run`, tests), the first
request is answered with the pack at once.
"""

from django_tasks import task

from django.core.cache import cache

from portal.offline_packs.packs import build_pack, current_manifest

QUEUED_SECONDS = 10 * 60  # a queued build not done by then may be queued again (its worker died)


@task()
def build_first_pack(*, country_code: str, language: str) -> bool:
    """Builds the pack unless a build made it meanwhile; True when it built one now."""
    from portal.models import Country

    country = Country.objects.programme().filter(code=country_code).first()
    if country is None or current_manifest(country=country_code, language=language) is not None:
        return False
    build_pack(country=country, language=language)
    return True


def queue_first_pack(*, country_code: str, language: str) -> None:
    """Queues the build unless it was queued in the last few minutes."""
    lock = f"offline-pack-queued:{language}:{country_code}"
    if cache.add(lock, True, timeout=QUEUED_SECONDS):
        try:
            build_first_pack.enqueue(country_code=country_code, language=language)
        except Exception:
            cache.delete(lock)
            raise
