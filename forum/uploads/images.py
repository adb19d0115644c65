"""Photos re-encoded within a fixed time and memory budget, with nothing but pixels kept.

The header is read without decoding, and refused when decoding it would cost more than the budget (~1 s and
~150 MB on one core). JPEG is decoded already scaled down (`draft`); other formats are reduced right after
decoding. Only pixels are written back: comments, EXIF (GPS), XMP and text chunks are dropped, and an embedded
colour profile is applied to the pixels (sRGB out) rather than copied.
"""

import io
from dataclasses import dataclass

from PIL import Image, ImageCms, UnidentifiedImageError

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal.uploads.errors import UploadRejected

FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
# Megapixels each format may declare, measured to re-encode in under 1 s of CPU and +150 MB (tests/forum/
# test_upload_budget.py). A baseline JPEG is decoded at 1/2, 1/4 or 1/8 scale; a progressive one holds all its
# coefficients; PNG and GIF are decoded in full (4 bytes a pixel); Pillow's WebP decoder keeps several canvases.
MAX_MEGAPIXELS = {"JPEG": 50, "PROGRESSIVE JPEG": 16, "PNG": 10, "GIF": 10, "WEBP": 6}
MAX_SIDE = 20_000
# What is kept: enough for a photo in a post, small enough to re-encode quickly.
KEPT_SIDE = 2048
MAX_ICC_BYTES = 1024 * 1024


@dataclass(frozen=True)
class ImageHeader:
    format: str
    width: int
    height: int


@dataclass(frozen=True)
class CleanImage:
    content: bytes
    extension: str
    content_type: str
    width: int
    height: int


def _open(content: bytes) -> Image.Image:
    try:
        return Image.open(io.BytesIO(content), formats=FORMATS)
    except Image.DecompressionBombError:
        raise _too_large() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise UploadRejected(_("This file is not a valid image.")) from None


def _too_large(kind: str | None = None) -> UploadRejected:
    if kind is None:
        return UploadRejected(_("The image is too large to be processed."))
    megapixels = MAX_MEGAPIXELS[kind]
    return UploadRejected(
        ngettext(
            "The image is too large to be processed: at most %(megapixels)s megapixel in this format. Send a smaller copy.",
            "The image is too large to be processed: at most %(megapixels)s megapixels in this format. Send a smaller copy.",
            int(megapixels),
        )
        % {"megapixels": megapixels}
    )


def image_header(content: bytes) -> ImageHeader:
    """Format and size read from the header alone; refuses what would cost too much to decode."""
    with _open(content) as image:
        header = ImageHeader(image.format, image.width, image.height)
        progressive = image.format == "JPEG" and bool(image.info.get("progressive") or image.info.get("progression"))
    kind = f"PROGRESSIVE {header.format}" if progressive else header.format
    if header.width * header.height > MAX_MEGAPIXELS[kind] * 1_000_000 or max(header.width, header.height) > MAX_SIDE:
        raise _too_large(kind)
    if not header.width or not header.height:
        raise UploadRejected(_("This file is not a valid image."))
    return header


def _kept_size(width: int, height: int) -> tuple[int, int]:
    scale = min(1.0, KEPT_SIDE / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(0x0112, 1))
    except (TypeError, ValueError, SyntaxError, OSError):
        return 1


ORIENTATIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}


def _in_srgb(image: Image.Image, icc: bytes | None, *, transparent: bool) -> Image.Image:
    """RGB or RGBA pixels; an embedded profile is applied when it parses, and ignored (sRGB assumed) when not."""
    target = "RGBA" if transparent else "RGB"
    if icc and len(icc) <= MAX_ICC_BYTES and image.mode in {"RGB", "RGBA", "CMYK"}:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
            output_mode = "RGBA" if image.mode == "RGBA" else "RGB"
            return ImageCms.profileToProfile(image, source, srgb, outputMode=output_mode).convert(target)
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass
    return image.convert(target)


def _encode(image: Image.Image, *, transparent: bool) -> tuple[bytes, str, str]:
    image.info = {}  # nothing of the upload's metadata may reach the encoder
    output = io.BytesIO()
    if transparent:
        image.save(output, format="PNG", compress_level=6)
        return output.getvalue(), ".png", "image/png"
    image.save(output, format="JPEG", quality=85, optimize=True, exif=b"", icc_profile=None, comment=b"")
    return output.getvalue(), ".jpg", "image/jpeg"


def image_reencode(content: bytes) -> CleanImage:
    """The image at most KEPT_SIDE pixels on its long side, upright, in sRGB, with every metadata chunk dropped."""
    header = image_header(content)
    try:
        with _open(content) as image:
            orientation = _orientation(image)
            icc = image.info.get("icc_profile")
            transparent = header.format != "JPEG" and (
                image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info
            )
            kept = _kept_size(image.width, image.height)
            # A JPEG is decoded already scaled down by 2, 4 or 8; the other formats are reduced once decoded.
            image.draft(None, kept)
            if image.mode not in {"RGB", "RGBA", "L", "CMYK"}:
                image = image.convert("RGBA" if transparent else "RGB")
            image.thumbnail(kept, Image.Resampling.LANCZOS, reducing_gap=None)
            pixels = _in_srgb(image, icc, transparent=transparent)
    except Image.DecompressionBombError:
        raise _too_large() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise UploadRejected(_("This file is not a valid image.")) from None
    if method := ORIENTATIONS.get(orientation):
        pixels = pixels.transpose(method)
    encoded, extension, content_type = _encode(pixels, transparent=transparent)
    return CleanImage(encoded, extension, content_type, pixels.width, pixels.height)
