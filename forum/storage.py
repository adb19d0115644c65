"""Attachments live outside MEDIA_ROOT: they are never served directly, only through the permission-checked view."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def attachment_storage() -> FileSystemStorage:
    default = Path(settings.MEDIA_ROOT).parent / "forum-attachments"
    return FileSystemStorage(location=getattr(settings, "FORUM_ATTACHMENTS_ROOT", default), base_url=None)
