"""Attachments are never served directly, only through the permission-checked view.

On disk they live outside MEDIA_ROOT; on object storage, in a private folder of the media bucket.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage

from portal.object_storage import private_folder_storage


def attachment_storage() -> Storage:
    on_object_storage = private_folder_storage("forum-attachments")
    if on_object_storage is not None:
        return on_object_storage
    default = Path(settings.MEDIA_ROOT).parent / "forum-attachments"
    return FileSystemStorage(location=getattr(settings, "FORUM_ATTACHMENTS_ROOT", default), base_url=None)
