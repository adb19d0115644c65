"""Checking uploaded files before they become attachments, in two steps.

`upload_receive` runs in the form and costs almost nothing: type by name, size, and an image's header. The
expensive part, `upload_clean`, runs in the posting service after the posting-rate check, so a member who posts
too fast never gets an image decoded: images are decoded within a time and memory budget and re-encoded with
nothing but their pixels; documents are inspected for active content (see README, "Attachments").
"""

from dataclasses import dataclass
from pathlib import PurePath

from django.utils.translation import gettext as _

from portal.uploads.documents import DOCUMENT_TYPES, document_check
from portal.uploads.errors import UploadRejected

from .images import image_header, image_reencode

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
ALLOWED_EXTENSIONS = sorted(IMAGE_EXTENSIONS | set(DOCUMENT_TYPES))

__all__ = [
    "ALLOWED_EXTENSIONS",
    "CheckedUpload",
    "ReceivedUpload",
    "UploadRejected",
    "upload_clean",
    "upload_receive",
]


@dataclass(frozen=True)
class ReceivedUpload:
    """A file of an accepted type and size, not yet decoded or inspected."""

    content: bytes
    name: str
    extension: str


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


def upload_receive(upload) -> ReceivedUpload:
    """Cheap checks for the form: an accepted type, at most 10 MB, an image header within the limits."""
    name = PurePath(upload.name or "file").name
    extension = PurePath(name).suffix.lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise UploadRejected(
            _("Files of this type cannot be attached. Accepted: %(types)s.") % {"types": ", ".join(ALLOWED_EXTENSIONS)}
        )
    content = _read_limited(upload)
    if extension in IMAGE_EXTENSIONS:
        image_header(content)
    return ReceivedUpload(content, name, extension)


def upload_clean(received: ReceivedUpload) -> CheckedUpload:
    """The file ready to store: an image re-encoded without metadata, a document checked for active content."""
    if received.extension in IMAGE_EXTENSIONS:
        image = image_reencode(received.content)
        stem = PurePath(received.name).stem[:150] or "image"
        return CheckedUpload(
            image.content,
            f"{stem}{image.extension}",
            image.extension,
            image.content_type,
            True,
            image.width,
            image.height,
        )
    document_check(received.extension, received.content)
    return CheckedUpload(
        received.content, received.name[:200], received.extension, DOCUMENT_TYPES[received.extension], False
    )
