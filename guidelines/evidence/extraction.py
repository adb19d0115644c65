"""Reading each PDF page's text off the request (django-tasks), so every page can be found and linked to.

A PDF whose pages carry no text is a scan: it is marked "needs OCR" for editors instead of being silently
empty. The task is safe to run again (it rewrites the file's pages), as task reclaiming requires.
"""

import io
import logging

from django_tasks import task
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from django.db import transaction

from .choices import TextStatus

logger = logging.getLogger(__name__)

MIN_TEXT_CHARACTERS = 20  # fewer letters than this in the whole file: a scan (page numbers alone are not text)
MAX_PAGE_CHARACTERS = 20_000


def pdf_page_texts(content: bytes) -> list[str]:
    """The text of each page, in order (pypdf's layout-free extraction)."""
    reader = PdfReader(io.BytesIO(content), strict=False)
    return [" ".join((page.extract_text() or "").split())[:MAX_PAGE_CHARACTERS] for page in reader.pages]


def _status(texts: list[str]) -> str:
    letters = sum(sum(character.isalpha() for character in text) for text in texts)
    return TextStatus.READY if letters >= MIN_TEXT_CHARACTERS else TextStatus.NEEDS_OCR


@task()
def extract_pdf_text(*, file_id: int) -> str:
    """Stores the text of every page of one evidence PDF and reindexes its item; returns the file's status."""
    from search.outbox import record_change

    from .models import EvidenceFile, EvidencePageText
    from .search_source import SOURCE_NAME

    evidence_file = EvidenceFile.objects.filter(pk=file_id).first()
    if evidence_file is None:
        return "gone"
    name = evidence_file.file.name
    try:
        with evidence_file.file.open("rb") as handle:
            texts = pdf_page_texts(handle.read())
        status = _status(texts)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        logger.exception("evidence PDF %s could not be read", file_id)
        texts, status = [], TextStatus.FAILED
    with transaction.atomic():
        current = EvidenceFile.objects.select_for_update().filter(pk=file_id, file=name).first()
        if current is None:
            return "changed"  # a newer upload replaced it; its own task reads it
        EvidencePageText.objects.filter(file=current).delete()
        if status == TextStatus.READY:
            EvidencePageText.objects.bulk_create(
                EvidencePageText(file=current, number=number, text=text) for number, text in enumerate(texts, start=1)
            )
        EvidenceFile.objects.filter(pk=file_id).update(page_count=len(texts), text_status=status, text_read_from=name)
        record_change(source=SOURCE_NAME, key=str(current.page_id))
    logger.info("evidence PDF %s: %s pages, %s", file_id, len(texts), status)
    return status


def queue_text_extraction(evidence_file) -> None:
    """After commit, reads the file's text unless this very file was read already."""
    if evidence_file.file and evidence_file.file.name != evidence_file.text_read_from:
        file_id = evidence_file.pk
        transaction.on_commit(lambda: extract_pdf_text.enqueue(file_id=file_id))
