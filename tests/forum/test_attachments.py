"""Attachments: images re-encoded without metadata, limits, content sniffing, permission-checked serving."""

import io
import struct
import zlib

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from forum.models import Attachment
from forum.uploads import UploadRejected, check_upload

from .factories import ForumTopicFactory
from .helpers import new_topic_data, reply_data

pytestmark = pytest.mark.django_db


def gps_tagged_jpeg() -> bytes:
    """A photo as a phone takes it: EXIF with camera, GPS position and a rotated orientation."""
    image = Image.new("RGB", (64, 32), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90° clockwise to display
    exif[0x8825] = {1: "N", 2: (9.0, 30.0, 12.5), 3: "W", 4: (13.0, 42.0, 5.0)}  # GPSInfo: Conakry
    output = io.BytesIO()
    image.save(output, format="JPEG", exif=exif)
    return output.getvalue()


def png_bomb() -> bytes:
    """A tiny PNG whose header declares 100,000 × 100,000 pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_gps_tagged_jpeg_is_stripped_and_kept_upright():
    original = gps_tagged_jpeg()
    assert Image.open(io.BytesIO(original)).getexif().get(0x8825)
    checked = check_upload(SimpleUploadedFile("field-visit.jpg", original, content_type="image/jpeg"))
    cleaned = Image.open(io.BytesIO(checked.content))
    assert cleaned.getexif() == {}
    assert b"PhoneMaker" not in checked.content
    assert (cleaned.width, cleaned.height) == (32, 64)


def test_image_bomb_is_rejected_before_decoding():
    with pytest.raises(UploadRejected, match="40 megapixels"):
        check_upload(SimpleUploadedFile("bomb.png", png_bomb(), content_type="image/png"))


def test_html_renamed_jpg_is_rejected():
    html = b"<html><script>alert(document.cookie)</script></html>"
    with pytest.raises(UploadRejected, match="not a valid image"):
        check_upload(SimpleUploadedFile("photo.jpg", html, content_type="image/jpeg"))


def test_html_renamed_pdf_is_rejected():
    with pytest.raises(UploadRejected, match="does not match"):
        check_upload(SimpleUploadedFile("report.pdf", b"<html></html>", content_type="application/pdf"))


def test_html_renamed_txt_is_rejected():
    with pytest.raises(UploadRejected, match="does not match"):
        check_upload(SimpleUploadedFile("notes.txt", b"<!DOCTYPE html><p>x</p>", content_type="text/plain"))


def test_executable_type_is_rejected():
    with pytest.raises(UploadRejected, match="cannot be attached"):
        check_upload(SimpleUploadedFile("tool.exe", b"MZ\x90\x00", content_type="application/octet-stream"))


def test_oversized_file_is_rejected():
    with pytest.raises(UploadRejected, match="10 MB"):
        check_upload(SimpleUploadedFile("big.txt", b"a" * (10 * 1024 * 1024 + 1), content_type="text/plain"))


def test_reply_with_html_renamed_jpg_comes_back_with_text_and_reason(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    upload = SimpleUploadedFile("photo.jpg", b"<html><script>x</script></html>", content_type="image/jpeg")
    response = client.post(
        f"/en/forum/t/{topic.pk}/reply/", {**reply_data(body="Photo of the shelter"), "attachment": upload}
    )
    assert response.status_code == 400
    assert "This file is not a valid image." in response.content.decode()
    assert "Photo of the shelter" in response.content.decode()
    assert not Attachment.objects.exists()


def test_photo_is_served_to_readers_without_metadata(client, practitioner, public_category):
    client.force_login(practitioner)
    upload = SimpleUploadedFile("visit.jpg", gps_tagged_jpeg(), content_type="image/jpeg")
    client.post("/en/forum/new/", {**new_topic_data(public_category), "attachment": upload})
    attachment = Attachment.objects.get()
    client.logout()
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    served = b"".join(response.streaming_content)
    assert Image.open(io.BytesIO(served)).getexif() == {}


def test_document_is_served_as_a_download(client, practitioner, public_category):
    client.force_login(practitioner)
    upload = SimpleUploadedFile("referral-form.pdf", b"%PDF-1.4\n%test\n", content_type="application/pdf")
    client.post("/en/forum/new/", {**new_topic_data(public_category), "attachment": upload})
    response = client.get(Attachment.objects.get().get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="referral-form.pdf"' in response["Content-Disposition"]
