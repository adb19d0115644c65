"""Limits and checks on an evidence PDF at upload, with the reason shown on the editor's form.

The content check is the portal's (portal.uploads.documents), the one forum attachments pass too: a PDF that
carries scripts, automatic actions or embedded files is refused, so what the portal later serves inline is
inert; the page count and size are ours.
"""

import io

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.uploads.documents import document_check
from portal.uploads.errors import UploadRejected


def read_upload(upload, *, max_bytes: int) -> bytes:
    """The uploaded bytes, refused past `max_bytes` before reading more than that."""
    if upload.size is not None and upload.size > max_bytes:
        raise ValidationError(
            _("This file is %(size)s; the largest accepted is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)}
        )
    upload.seek(0)
    content = upload.read(max_bytes + 1)
    upload.seek(0)
    return content


def content_check(extension: str, content: bytes) -> None:
    try:
        document_check(extension, content)
    except UploadRejected as error:
        raise ValidationError(str(error)) from None


def pdf_check(upload) -> None:
    """Refuses a file that is not a readable, inert PDF within the size and page limits."""
    content = read_upload(upload, max_bytes=settings.EVIDENCE_PDF_MAX_BYTES)
    content_check(".pdf", content)
    try:
        pages = len(PdfReader(io.BytesIO(content), strict=False).pages)
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        raise ValidationError(_("This PDF cannot be read; save it again as PDF and send it.")) from None
    limit = settings.EVIDENCE_PDF_MAX_PAGES
    if pages > limit:
        raise ValidationError(
            ngettext(
                "This PDF has %(pages)s pages; the most accepted is %(limit)s page.",
                "This PDF has %(pages)s pages; the most accepted is %(limit)s pages.",
                limit,
            )
            % {"pages": pages, "limit": limit}
        )
