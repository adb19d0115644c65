"""Files the portal makes and serves itself (edition PDFs, field packs): never under a public media URL.

On disk they live beside MEDIA_ROOT, outside the folder the web server publishes; on object storage, in a
private folder of the media bucket (portal/object_storage.py). Views stream them after their own checks.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage

from portal.object_storage import private_folder_storage


def private_storage(folder: str) -> Storage:
    """The storage for `folder` (a plain name such as "edition-pdfs"), read from the settings at each call."""
    on_object_storage = private_folder_storage(folder)
    if on_object_storage is not None:
        return on_object_storage
    return FileSystemStorage(location=Path(settings.MEDIA_ROOT).parent / folder, base_url=None)
