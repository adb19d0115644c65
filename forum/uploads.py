"""Checking uploaded files before they become attachments.

Images are decoded and re-encoded by Pillow (limits checked on the header, before decoding), which drops
EXIF, GPS and any payload hidden after the image. Other files must be one of a few document types,
recognised by their content, not their name.
"""

import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from PIL import Image, ImageOps, UnidentifiedImageError

from django.utils.translation import gettext as _

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
DOCUMENT_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".txt": "text/plain; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
}
ALLOWED_EXTENSIONS = sorted(IMAGE_EXTENSIONS | set(DOCUMENT_TYPES))


class UploadRejected(ValueError):
    """The file cannot be attached; the message says why, for the author."""


@dataclass(frozen=True)
class CheckedUpload:
    content: bytes
    original_name: str
    extension: str
    content_type: str
    is_image: bool
    width: int | None = None
    height: int | None = None


def _read_limited(upload) -> bytes:
    if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
        raise UploadRejected(_("The file is larger than 10 MB."))
    content = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(content) > MAX_UPLOAD_BYTES:
        raise UploadRejected(_("The file is larger than 10 MB."))
    if not content:
        raise UploadRejected(_("The file is empty."))
    return content


def _check_image(content: bytes, name: str) -> CheckedUpload:
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.format not in {"JPEG", "PNG", "GIF", "WEBP"}:
                raise UploadRejected(_("This image format is not accepted; use JPEG, PNG, GIF or WebP."))
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise UploadRejected(_("The image is too large: at most 40 megapixels."))
            image.load()
            upright = ImageOps.exif_transpose(image)
            keeps_transparency = upright.mode in {"RGBA", "LA", "P"} and image.format != "JPEG"
            output = io.BytesIO()
            if keeps_transparency:
                upright.convert("RGBA").save(output, format="PNG", optimize=True)
                extension, content_type = ".png", "image/png"
            else:
                upright.convert("RGB").save(output, format="JPEG", quality=85, optimize=True)
                extension, content_type = ".jpg", "image/jpeg"
            width, height = upright.size
    except UploadRejected:
        raise
    except Image.DecompressionBombError:
        raise UploadRejected(_("The image is too large: at most 40 megapixels.")) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise UploadRejected(_("This file is not a valid image.")) from None
    stem = PurePath(name).stem[:150] or "image"
    return CheckedUpload(output.getvalue(), f"{stem}{extension}", extension, content_type, True, width, height)


def _zip_names(content: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return set(archive.namelist())
    except zipfile.BadZipFile:
        return set()


def _odt_mimetype(content: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return archive.read("mimetype").decode("ascii", "replace").strip()
    except (zipfile.BadZipFile, KeyError):
        return ""


def _is_plain_text(content: bytes) -> bool:
    if b"\x00" in content:
        return False
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    head = text[:1024].lstrip().lower()
    return not head.startswith(("<!doctype", "<html", "<script", "<svg", "<?xml"))


def _content_matches(extension: str, content: bytes) -> bool:
    if extension == ".pdf":
        return content.startswith(b"%PDF-")
    if extension == ".docx":
        return content.startswith(b"PK") and "word/document.xml" in _zip_names(content)
    if extension == ".xlsx":
        return content.startswith(b"PK") and "xl/workbook.xml" in _zip_names(content)
    if extension == ".odt":
        return content.startswith(b"PK") and _odt_mimetype(content) == DOCUMENT_TYPES[".odt"]
    return _is_plain_text(content)


def check_upload(upload) -> CheckedUpload:
    """The file, checked and ready to store; raises UploadRejected with a reason the author can act on."""
    name = PurePath(upload.name or "file").name
    extension = PurePath(name).suffix.lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise UploadRejected(
            _("Files of this type cannot be attached. Accepted: %(types)s.") % {"types": ", ".join(ALLOWED_EXTENSIONS)}
        )
    content = _read_limited(upload)
    if extension in IMAGE_EXTENSIONS:
        return _check_image(content, name)
    if not _content_matches(extension, content):
        raise UploadRejected(
            _("The file's content does not match its name (%(extension)s).") % {"extension": extension}
        )
    return CheckedUpload(content, name[:200], extension, DOCUMENT_TYPES[extension], False)
