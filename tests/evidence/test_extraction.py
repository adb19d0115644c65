"""PDF text is read per page in a background task; a scan with no text is marked as needing OCR."""

import pytest

from guidelines.evidence.choices import TextStatus
from guidelines.evidence.models import EvidencePageText

from .factories import make_item, scanned_pdf

pytestmark = pytest.mark.django_db


def test_each_pdf_page_text_is_stored_in_order(django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        item = make_item(pdf_pages=["Proximity counselling in Conakry", "Outcomes in Kindia", "Annex of tables"])
    evidence_file = item.files.get()
    assert evidence_file.text_status == TextStatus.READY
    assert evidence_file.page_count == 3
    texts = list(EvidencePageText.objects.filter(file=evidence_file).values_list("number", "text"))
    assert [number for number, _text in texts] == [1, 2, 3]
    assert "Conakry" in texts[0][1] and "Kindia" in texts[1][1] and "Annex" in texts[2][1]


def test_a_scan_without_text_needs_ocr_and_stores_no_pages(django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        item = make_item(pdf=scanned_pdf(pages=3))
    evidence_file = item.files.get()
    assert evidence_file.text_status == TextStatus.NEEDS_OCR
    assert evidence_file.page_count == 3
    assert not EvidencePageText.objects.filter(file=evidence_file).exists()


def test_republishing_keeps_the_text_already_read(django_capture_on_commit_callbacks, settings):
    settings.ELASTICSEARCH_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        item = make_item(pdf_pages=["One page of findings"])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        item.title = "Renamed"
        item.save_revision().publish()
    evidence_file = item.files.get()
    assert evidence_file.text_status == TextStatus.READY
    assert not any("extract" in repr(callback) for callback in callbacks)


def test_editors_see_the_pdfs_that_need_ocr(client, django_capture_on_commit_callbacks, settings):
    from portal.roles import Role
    from tests.guidelines.admin_forms import staff_member

    settings.ELASTICSEARCH_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        scan = make_item(title="Scanned assessment", pdf=scanned_pdf(pages=2))
        make_item(title="Readable report", pdf_pages=["Words on the page"])
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))
    listing = client.get("/admin/evidence/needs-ocr/").content.decode()
    assert "Scanned assessment" in listing and "Readable report" not in listing
    assert "OCR" in client.get(scan.url).content.decode()
    client.force_login(staff_member(Role.TRAINER, "trainer@example.org"))
    assert client.get("/admin/evidence/needs-ocr/").status_code in (302, 403)
