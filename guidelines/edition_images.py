"""A frozen edition's images for its PDF and the field packs, which must read with no connection.

Each `<img>` of the sanitized section HTML names a Wagtail rendition; its image is taken again at a size a
phone and a page need (at most 800 px), re-encoded by Pillow as a JPEG that carries no metadata (GPS, camera,
comments), and named by its bytes' hash so an unchanged image is the same file in every build. A document
holds images up to its byte budget; past it, or when the image is gone, the image's text alternative stays.
"""

import hashlib
import io
import re
from dataclasses import dataclass, field
from html import unescape

from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

RENDITION = "max-800x800"
JPEG_QUALITY = 72
BUDGET_BYTES = 1_200_000  # per PDF or pack: with the text, a pack stays within its 2 MB goal
_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r'\b(src|alt)="([^"]*)"')


@dataclass(frozen=True)
class EditionImage:
    name: str  # images/<hash>.jpg
    alt: str
    content: bytes


def _without_metadata(data: bytes) -> bytes:
    """The picture alone: no EXIF, XMP, ICC profile or comment (Pillow would write back a comment it read)."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        pixels = image.convert("RGB")
    pixels.info.clear()
    out = io.BytesIO()
    pixels.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


def _small_copy(src: str) -> bytes | None:
    """The image behind a rendition URL, at the size documents use; None when it is not one of ours (any more)."""
    from wagtail.images import get_image_model

    path = unescape(src).split("?")[0]
    if not path.startswith(settings.MEDIA_URL):
        return None
    rendition_model = get_image_model().get_rendition_model()
    rendition = rendition_model.objects.filter(file=path.removeprefix(settings.MEDIA_URL)).select_related("image")
    rendition = rendition.first()
    if rendition is None:
        return None
    small = rendition.image.get_rendition(RENDITION)
    with small.file.open("rb") as stored:
        return _without_metadata(stored.read())


@dataclass
class ImageBudget:
    """The images one document holds; `embed` rewrites each section's HTML to point at them."""

    limit: int = BUDGET_BYTES
    images: dict[str, EditionImage] = field(default_factory=dict)
    _by_src: dict[str, EditionImage | None] = field(default_factory=dict)

    @property
    def used(self) -> int:
        return sum(len(image.content) for image in self.images.values())

    def _image(self, src: str, alt: str) -> EditionImage | None:
        if src not in self._by_src:
            content = _small_copy(src)
            image = None
            if content is not None and self.used + len(content) <= self.limit:
                image = EditionImage(f"images/{hashlib.sha256(content).hexdigest()[:20]}.jpg", alt, content)
                self.images.setdefault(image.name, image)
            self._by_src[src] = image
        return self._by_src[src]

    def embed(self, html: str, *, prefix: str) -> SafeString:
        """Sanitized HTML with each image at `prefix` + its name, or its text alternative past the budget."""

        def replaced(match) -> str:
            attributes = dict(_ATTRIBUTE.findall(match.group(0)))
            alt = unescape(attributes.get("alt", ""))
            image = self._image(attributes.get("src", ""), alt)
            if image is None:
                return f'<span class="image-left-out">{escape(alt)}</span>' if alt else ""
            return f'<img src="{escape(prefix + image.name)}" alt="{escape(alt)}">'

        return mark_safe(_IMAGE.sub(replaced, str(html)))
