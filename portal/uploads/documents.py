"""Documents accepted as attachments: recognised by their content, and refused when they can run code.

A PDF must not carry JavaScript, automatic actions, launch actions, embedded files, rich media or XFA forms
(pypdf reads every object, compressed object streams included). DOCX, XLSX and ODT must hold only the parts
their format defines: no macros, no embedded objects or ActiveX, and nothing else packed inside. Text and CSV
must be UTF-8 and not look like a web page.
"""

import io
import re
import time
import zipfile

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from django.utils.translation import gettext as _

from .errors import UploadRejected

DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".txt": "text/plain; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
}
# PDF names that run code, act on opening, launch programs or carry other files.
PDF_ACTIVE_NAMES = {
    "/JavaScript",
    "/JS",
    "/OpenAction",
    "/AA",
    "/Launch",
    "/EmbeddedFile",
    "/EmbeddedFiles",
    "/RichMedia",
    "/XFA",
    "/SubmitForm",
    "/ImportData",
    "/GoToE",
}
# pypdf reads about 10,000 objects a second on one core: a PDF that would take longer is refused.
MAX_PDF_OBJECTS = 10_000
PDF_CHECK_CPU_SECONDS = 1.0
# The top-level parts each office format defines; anything else in the archive is refused.
OFFICE_PARTS = {
    ".docx": ("[Content_Types].xml", "_rels/", "docProps/", "customXml/", "word/"),
    ".xlsx": ("[Content_Types].xml", "_rels/", "docProps/", "customXml/", "xl/"),
    ".odt": (
        "mimetype",
        "META-INF/",
        "content.xml",
        "styles.xml",
        "meta.xml",
        "settings.xml",
        "manifest.rdf",
        "Pictures/",
        "Thumbnails/",
        "Configurations2/",
    ),
}
OFFICE_MAIN_PART = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml", ".odt": "content.xml"}
# Macros, embedded objects (OLE, other documents) and ActiveX controls.
OFFICE_ACTIVE_PARTS = re.compile(r"vbaProject|/embeddings/|/activeX/|^Basic/|^Scripts/|^Object \d", re.I)
MAX_OFFICE_PARTS = 5_000
MAX_OFFICE_UNPACKED_BYTES = 200 * 1024 * 1024


def _mismatch(extension: str) -> UploadRejected:
    return UploadRejected(_("The file's content does not match its name (%(extension)s).") % {"extension": extension})


def _active_content() -> UploadRejected:
    return UploadRejected(
        _("This document contains scripts, macros, embedded files or automatic actions, which cannot be attached.")
    )


def _too_complex() -> UploadRejected:
    return UploadRejected(_("This PDF is too complex to be checked."))


def _pdf_names(value, depth: int = 0):
    """Every name used as a key or a value in one object, without following references to other objects."""
    if depth > 32:
        return
    if isinstance(value, NameObject):
        yield str(value)
    elif isinstance(value, DictionaryObject):
        for key, item in value.items():
            yield str(key)
            if not isinstance(item, IndirectObject):
                yield from _pdf_names(item, depth + 1)
    elif isinstance(value, ArrayObject):
        for item in value:
            if not isinstance(item, IndirectObject):
                yield from _pdf_names(item, depth + 1)


def _check_pdf(content: bytes) -> None:
    if not content.startswith(b"%PDF-"):
        raise _mismatch(".pdf")
    if zipfile.is_zipfile(io.BytesIO(content)):
        raise _active_content()  # a PDF that is also an archive
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            raise UploadRejected(_("Encrypted PDFs cannot be attached: remove the password and send it again."))
        numbers = {(number, generation) for generation, table in reader.xref.items() for number in table}
        numbers |= {(number, 0) for number in reader.xref_objStm}
        deadline = time.thread_time() + PDF_CHECK_CPU_SECONDS  # this request's CPU, not other threads'
        if len(numbers) > MAX_PDF_OBJECTS:
            raise _too_complex()
        for number, generation in [(None, None), *sorted(numbers)]:
            obj = reader.trailer if number is None else reader.get_object(IndirectObject(number, generation, reader))
            if any(name in PDF_ACTIVE_NAMES for name in _pdf_names(obj)):
                raise _active_content()
            if time.thread_time() > deadline:
                raise _too_complex()
    except UploadRejected:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise UploadRejected(_("This PDF cannot be read; save it again as PDF and send it.")) from None


def _check_office(extension: str, content: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            parts = archive.infolist()
            names = {part.filename for part in parts}
            if not content.startswith(b"PK") or OFFICE_MAIN_PART[extension] not in names:
                raise _mismatch(extension)
            if extension == ".odt" and archive.read("mimetype").strip() != DOCUMENT_TYPES[".odt"].encode():
                raise _mismatch(extension)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise _mismatch(extension) from None
    too_big = len(parts) > MAX_OFFICE_PARTS or sum(part.file_size for part in parts) > MAX_OFFICE_UNPACKED_BYTES
    if too_big or any(part.flag_bits & 0x1 for part in parts):
        raise UploadRejected(_("This document is too large once unpacked, or encrypted."))
    if any(OFFICE_ACTIVE_PARTS.search(name) for name in names):
        raise _active_content()
    if not all(name.startswith(OFFICE_PARTS[extension]) for name in names):
        raise UploadRejected(_("This document contains other files packed inside it, which cannot be attached."))


def _check_text(extension: str, content: bytes) -> None:
    if b"\x00" in content:
        raise _mismatch(extension)
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        raise _mismatch(extension) from None
    head = text[:1024].lstrip().lower()
    if head.startswith(("<!doctype", "<html", "<script", "<svg", "<?xml")):
        raise _mismatch(extension)


def document_check(extension: str, content: bytes) -> None:
    """Refuses, with the reason, a document whose content is not its type or that could run code."""
    if extension == ".pdf":
        _check_pdf(content)
    elif extension in OFFICE_PARTS:
        _check_office(extension, content)
    else:
        _check_text(extension, content)
