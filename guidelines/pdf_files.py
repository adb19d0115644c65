"""Where each edition's PDF is kept, and the task that makes it once, off the request.

An edition never changes, so its PDF is made once: the first reader who asks queues the task (the lock keeps
concurrent first requests from queueing it twice) and gets a "being prepared" page; every later reader gets
the stored file. Where tasks run in-process (`make run`, tests) the first request is served the file at once.
"""

import logging

from django_tasks import task

from django.core.cache import cache
from django.core.files.base import ContentFile

from guidelines.edition_pdf import LAYOUT_VERSION, render_edition_pdf
from guidelines.models import GuidelineEdition
from portal.private_files import private_storage

logger = logging.getLogger(__name__)

FOLDER = "edition-pdfs"
QUEUED_SECONDS = 10 * 60  # a queued render not done by then may be queued again (its worker died)


def pdf_storage():
    return private_storage(FOLDER)


def stored_pdf_name(edition) -> str:
    return f"{edition.guideline_id}/{edition.pk}-layout{LAYOUT_VERSION}.pdf"


def stored_pdf(edition):
    """The open stored file of this edition's PDF, or None while it has not been made."""
    storage, name = pdf_storage(), stored_pdf_name(edition)
    return storage.open(name, "rb") if storage.exists(name) else None


@task()
def make_edition_pdf(*, edition_id: int) -> bool:
    """Renders and stores the edition's PDF unless it is there already; True when it rendered one now."""
    edition = GuidelineEdition.objects.select_related("guideline").filter(pk=edition_id).first()
    if edition is None:
        return False
    storage, name = pdf_storage(), stored_pdf_name(edition)
    if storage.exists(name):
        return False
    content = render_edition_pdf(page=edition.guideline.specific, edition=edition)
    if not storage.exists(name):  # a second worker may have finished first: keep its file
        storage.save(name, ContentFile(content))
    logger.info("edition PDF made: %s (%s bytes)", name, len(content))
    return True


def queue_edition_pdf(edition) -> None:
    """Queues the render unless it was queued in the last few minutes."""
    if cache.add(f"edition-pdf-queued:{edition.pk}:{LAYOUT_VERSION}", True, timeout=QUEUED_SECONDS):
        try:
            make_edition_pdf.enqueue(edition_id=edition.pk)
        except Exception:
            cache.delete(f"edition-pdf-queued:{edition.pk}:{LAYOUT_VERSION}")
            raise
