"""Editors write evidence in the Wagtail admin and it goes live through review, with the personal-data attestation
ticked and PDFs within the limits; other roles cannot edit it."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from guidelines.evidence.models import EvidenceItemPage
from portal.models import Country
from portal.roles import Role
from tests.guidelines.admin_forms import staff_member

from .factories import evidence_index, scanned_pdf, text_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(settings):
    settings.ELASTICSEARCH_URL = ""
    Country.objects.get_or_create(code="GN", defaults={"name_en": "Guinea"})
    return evidence_index()


def _data(*, attested: bool, action: str, files: list | None = None) -> dict:
    data = nested_form_data(
        {
            "title": "Rapport de suivi, Conakry",
            "slug": "rapport-suivi-conakry",
            "summary": "Suivi des personnes de retour.",
            "document_type": "report",
            "publication_date": "2025-06-01",
            "language": "fr",
            "source_organisations": "OIM Guinée",
            "primary_country": str(Country.objects.get(code="GN").pk),
            "admin1_areas": "",
            "period_start": "",
            "period_end": "",
            "population_group": "",
            "collection_component": "",
            "files": inline_formset([{"title": "", "language": "fr", "file": file} for file in files or []]),
            "data_files": inline_formset([]),
            "dataset_links": inline_formset([]),
            "licence": "cc-by-4.0",
            "access": "public",
            "access_group": "",
            "comments": inline_formset([]),
        }
    )
    if attested:
        data["no_personal_data"] = "on"
    data[action] = "1"
    return data


def _add(client, index, data):
    return client.post(reverse("wagtailadmin_pages:add", args=("evidence", "evidenceitempage", index.pk)), data)


def _errors(response) -> str:
    return response.content.decode()


def test_an_editor_cannot_submit_without_the_personal_data_attestation(client, index):
    client.force_login(staff_member(Role.EDITOR, "editor1@example.org"))
    response = _add(client, index, _data(attested=False, action="action-submit"))
    assert response.status_code == 200
    assert "before publishing or submitting it for review" in _errors(response)
    assert not EvidenceItemPage.objects.exists()


def test_an_editor_cannot_publish_directly(client, index):
    client.force_login(staff_member(Role.EDITOR, "editor1@example.org"))
    response = _add(client, index, _data(attested=True, action="action-publish"))
    assert response.status_code == 200
    assert not EvidenceItemPage.objects.filter(live=True).exists()


def test_an_editor_submits_and_a_second_editor_approves(client, index, django_capture_on_commit_callbacks):
    client.force_login(staff_member(Role.EDITOR, "editor1@example.org"))
    pdf = SimpleUploadedFile("rapport.pdf", text_pdf(title="Rapport", pages=["Un", "Deux"]), "application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = _add(client, index, _data(attested=True, action="action-submit", files=[pdf]))
    assert response.status_code == 302, _errors(response)[:3000]
    item = EvidenceItemPage.objects.get()
    assert not item.live
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(item.pk))
    task_state = state.current_task_state
    client.force_login(staff_member(Role.EDITOR, "editor2@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(item.pk, "approve", task_state.pk)),
            {"comment": ""},
        )
    assert response.status_code in (200, 302)
    item.refresh_from_db()
    assert item.live
    assert item.files.get().page_count == 2


@pytest.mark.parametrize(
    "content, message",
    [
        (b"not a pdf at all", "does not match"),
        (b"%PDF-1.4 garbage", "cannot be read"),
    ],
)
def test_a_bad_pdf_is_refused_with_the_reason(client, index, content, message):
    client.force_login(staff_member(Role.EDITOR, "editor1@example.org"))
    upload = SimpleUploadedFile("bad.pdf", content, "application/pdf")
    response = _add(client, index, _data(attested=True, action="action-submit", files=[upload]))
    assert response.status_code == 200
    assert message in _errors(response)


def test_a_pdf_past_the_page_limit_is_refused_with_the_limit(client, index, settings):
    settings.EVIDENCE_PDF_MAX_PAGES = 2
    client.force_login(staff_member(Role.EDITOR, "editor1@example.org"))
    upload = SimpleUploadedFile("long.pdf", scanned_pdf(pages=3), "application/pdf")
    response = _add(client, index, _data(attested=True, action="action-submit", files=[upload]))
    assert "This PDF has 3 pages; the most accepted is 2 pages." in _errors(response)


def test_a_pdf_past_the_size_limit_is_refused_with_the_limit(client, index, settings):
    settings.EVIDENCE_PDF_MAX_BYTES = 100
    client.force_login(staff_member(Role.EDITOR, "editor1@example.org"))
    upload = SimpleUploadedFile("big.pdf", scanned_pdf(pages=1), "application/pdf")
    response = _add(client, index, _data(attested=True, action="action-submit", files=[upload]))
    assert "the largest accepted is 100" in _errors(response)


@pytest.mark.parametrize("role", [Role.READER, Role.PRACTITIONER, Role.TRAINER, Role.MODERATOR])
def test_other_roles_cannot_add_evidence(client, index, role):
    client.force_login(staff_member(role, f"{role.value.lower()}@example.org"))
    response = _add(client, index, _data(attested=True, action="action-submit"))
    assert response.status_code in (302, 403)
    assert not EvidenceItemPage.objects.exists()
