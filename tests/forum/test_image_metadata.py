"""Nothing but pixels survives re-encoding: payloads in comments, EXIF, XMP, text chunks and ICC are gone."""

import io
import struct

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from forum.models import Attachment

from . import files
from .helpers import new_topic_data

pytestmark = pytest.mark.django_db

POLYGLOTS = {
    "jpeg-comment-exif-xmp-icc-app13.jpg": (files.polyglot_jpeg((120, 80)), (120, 80)),
    "png-text-ztxt-itxt-exif-icc-trailer.png": (files.polyglot_png((90, 60)), (90, 60)),
    "png-opaque-with-chunks.png": (files.polyglot_png((90, 60), mode="RGB"), (90, 60)),
    "webp-exif-xmp-icc.webp": (files.polyglot_webp((80, 80)), (80, 80)),
    "gif-comment-animated.gif": (files.polyglot_gif((80, 80)), (80, 80)),
    "gps-rotated.jpg": (files.gps_tagged_jpeg((64, 32)), (32, 64)),
}
# Structure only: JFIF header, tables, frame, scan. No APP1–APP15 (EXIF, XMP, ICC, Photoshop), no COM.
JPEG_ALLOWED_MARKERS = {0xE0, 0xDB, 0xC4, 0xC0, 0xC1, 0xC2, 0xDD, 0xDA}
PNG_ALLOWED_CHUNKS = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"}


def jpeg_markers(data: bytes) -> set[int]:
    assert data[:2] == b"\xff\xd8"
    markers, position = set(), 2
    while True:
        assert data[position] == 0xFF
        marker = data[position + 1]
        markers.add(marker)
        if marker == 0xDA:
            return markers
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        position += 2 + length


def png_chunks(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    kinds, position = [], 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kinds.append(data[position + 4 : position + 8])
        position += 12 + length
    assert position == len(data), "nothing may follow IEND"
    return kinds


def test_polyglots_really_carry_their_payload():
    for name, (content, _) in POLYGLOTS.items():
        if not name.startswith("gps"):
            assert files.PAYLOAD_MARK in content or b"polyglot" in Image.open(io.BytesIO(content)).info.get(
                "comment", b""
            ), name


@pytest.mark.parametrize("name", POLYGLOTS)
def test_stored_image_holds_pixels_only(client, practitioner, public_category, name):
    content, size = POLYGLOTS[name]
    client.force_login(practitioner)
    client.post("/en/forum/new/", {**new_topic_data(public_category), "attachment": SimpleUploadedFile(name, content)})
    attachment = Attachment.objects.get()
    with attachment.file.open("rb") as handle:
        stored = handle.read()

    for needle in (files.PAYLOAD_MARK, b"<script", b"PhoneMaker", b"Exif", b"xmpmeta", b"Photoshop", b"ICC_PROFILE"):
        assert needle not in stored, needle
    image = Image.open(io.BytesIO(stored))
    assert image.size == size == (attachment.width, attachment.height)
    assert image.getexif() == {}
    assert not {"comment", "exif", "xmp", "icc_profile"} & set(image.info)
    if image.format == "JPEG":
        assert jpeg_markers(stored) <= JPEG_ALLOWED_MARKERS
    else:
        assert image.format == "PNG"
        assert set(png_chunks(stored)) <= PNG_ALLOWED_CHUNKS
