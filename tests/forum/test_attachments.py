"""Attachments: the allow-list (every kind accepted and refused), limits, and permission-checked serving."""

import io

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from forum.models import Attachment
from forum.uploads import ALLOWED_EXTENSIONS, UploadRejected, upload_clean, upload_receive

from . import files
from .factories import ForumTopicFactory
from .helpers import new_topic_data, reply_data

pytestmark = pytest.mark.django_db


def checked(name: str, content: bytes):
    return upload_clean(upload_receive(SimpleUploadedFile(name, content)))


ACCEPTED = {
    "photo.jpg": (files.image_bytes("JPEG"), "image/jpeg"),
    "photo.jpeg": (files.image_bytes("JPEG"), "image/jpeg"),
    "scan.png": (files.image_bytes("PNG"), "image/jpeg"),
    "diagram.png": (files.image_bytes("PNG", mode="RGBA"), "image/png"),
    "map.gif": (files.polyglot_gif(), "image/jpeg"),
    "photo.webp": (files.image_bytes("WEBP"), "image/jpeg"),
    "referral-form.pdf": (files.pdf(), "application/pdf"),
    "case-plan.docx": (files.docx(**{"word/media/image1.png": files.image_bytes("PNG")}), None),
    "caseload.xlsx": (files.xlsx(**{"xl/worksheets/sheet1.xml": b"<worksheet/>"}), None),
    "report.odt": (files.odt(**{"Pictures/1.png": files.image_bytes("PNG")}), None),
    "notes.txt": ("Suivi à 3 et 6 mois — متابعة".encode(), "text/plain; charset=utf-8"),
    "contacts.csv": (b"name,phone\nShelter,+224 000\n", "text/csv; charset=utf-8"),
}

REFUSED = {
    # Archives, programs, pages and formats that can carry scripts: refused by type.
    "bundle.zip": (files.zip_archive({"a.txt": b"x"}), "cannot be attached"),
    "bundle.7z": (b"7z\xbc\xaf\x27\x1c", "cannot be attached"),
    "bundle.rar": (b"Rar!\x1a\x07\x00", "cannot be attached"),
    "bundle.tar.gz": (b"\x1f\x8b\x08", "cannot be attached"),
    "tool.exe": (b"MZ\x90\x00", "cannot be attached"),
    "page.html": (b"<html><script>x</script></html>", "cannot be attached"),
    "icon.svg": (b"<svg onload='x'/>", "cannot be attached"),
    "macro.docm": (files.docx(), "cannot be attached"),
    "macro.xlsm": (files.xlsx(), "cannot be attached"),
    "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "cannot be attached"),
    "no-extension": (b"hello", "cannot be attached"),
    # An accepted name whose content is something else.
    "photo.jpg": (b"<html><script>alert(document.cookie)</script></html>", "not a valid image"),
    "report.pdf": (b"<html></html>", "does not match"),
    "notes.txt": (b"<!DOCTYPE html><p>x</p>", "does not match"),
    "binary.txt": (b"MZ\x00\x90", "does not match"),
    "latin1.csv": ("é".encode("latin-1"), "does not match"),
    "archive.docx": (files.zip_archive({"payload.exe": b"MZ"}), "does not match"),
    "archive.odt": (files.zip_archive({"mimetype": b"application/zip", "content.xml": b"x"}), "does not match"),
    # Office documents with macros, embedded objects, ActiveX or other files packed inside.
    "macros.docx": (files.docx(**{"word/vbaProject.bin": b"x"}), "scripts, macros"),
    "ole.docx": (files.docx(**{"word/embeddings/oleObject1.bin": b"x"}), "scripts, macros"),
    "activex.xlsx": (files.xlsx(**{"xl/activeX/activeX1.xml": b"x"}), "scripts, macros"),
    "basic.odt": (files.odt(**{"Basic/Standard/Module1.xml": b"x"}), "scripts, macros"),
    "object.odt": (files.odt(**{"Object 1/content.xml": b"x"}), "scripts, macros"),
    "smuggled.xlsx": (files.xlsx(**{"payload.exe": b"MZ"}), "packed inside"),
    "smuggled.docx": (files.docx(**{"word/../../run.bat": b"x", "tools/run.exe": b"MZ"}), "packed inside"),
    **{f"{name}.pdf": (content, "scripts, macros") for name, content in files.active_pdfs().items()},
    "encrypted.pdf": (None, "Encrypted PDFs"),
    "broken.pdf": (b"%PDF-1.7\n" + b"\x00garbage" * 10, "cannot be read"),
    "empty.txt": (b"", "empty"),
    "big.txt": (b"a" * (10 * 1024 * 1024 + 1), "10 MB"),
}


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(files.pdf())))
    writer.encrypt("secret")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def test_allow_list_names_exactly_the_accepted_kinds():
    assert {name.rsplit(".", 1)[1] for name in ACCEPTED} == {extension[1:] for extension in ALLOWED_EXTENSIONS}


@pytest.mark.parametrize("name", ACCEPTED)
def test_every_accepted_kind_is_attached(name):
    content, content_type = ACCEPTED[name]
    result = checked(name, content)
    if content_type:
        assert result.content_type == content_type
    assert result.is_image == (content_type or "").startswith("image/")


@pytest.mark.parametrize("name", REFUSED)
def test_every_refused_kind_gets_a_reason(name):
    content, reason = REFUSED[name]
    with pytest.raises(UploadRejected, match=reason):
        checked(name, content if content is not None else _encrypted_pdf())


def test_gps_tagged_jpeg_is_stripped_and_kept_upright():
    original = files.gps_tagged_jpeg()
    assert Image.open(io.BytesIO(original)).getexif().get(0x8825)
    result = checked("field-visit.jpg", original)
    cleaned = Image.open(io.BytesIO(result.content))
    assert cleaned.getexif() == {}
    assert b"PhoneMaker" not in result.content
    assert (cleaned.width, cleaned.height) == (32, 64)


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


def test_reply_with_a_macro_document_comes_back_with_text_and_reason(client, practitioner, public_category):
    topic = ForumTopicFactory(category=public_category)
    client.force_login(practitioner)
    upload = SimpleUploadedFile("plan.docx", files.docx(**{"word/vbaProject.bin": b"x"}))
    response = client.post(f"/en/forum/t/{topic.pk}/reply/", {**reply_data(body="Our plan"), "attachment": upload})
    assert response.status_code == 400
    page = response.content.decode()
    assert "contains scripts, macros, embedded files or automatic actions" in page
    assert "Our plan" in page
    assert not Attachment.objects.exists()


@pytest.mark.parametrize("name", ACCEPTED)
def test_every_accepted_kind_is_served_safely(client, practitioner, public_category, name):
    client.force_login(practitioner)
    content, _ = ACCEPTED[name]
    client.post("/en/forum/new/", {**new_topic_data(public_category), "attachment": SimpleUploadedFile(name, content)})
    attachment = Attachment.objects.get()
    response = client.get(attachment.get_absolute_url())
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    disposition = response["Content-Disposition"]
    if attachment.is_image:
        assert response["Content-Type"] in {"image/jpeg", "image/png"}
        assert Image.open(io.BytesIO(b"".join(response.streaming_content))).size == (
            attachment.width,
            attachment.height,
        )
    else:
        assert disposition.startswith("attachment;")
        assert f'filename="{name}"' in disposition
        assert b"".join(response.streaming_content) == content
