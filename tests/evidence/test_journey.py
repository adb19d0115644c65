"""The issue's "Done means", as one journey on both engines: an Editor publishes a French report with a PDF through
review; a caseworker searching in Arabic for its subject finds it at the page of the match; the Guinea country page
shows it beside the study's chart."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import WorkflowState

from guidelines.evidence.choices import DocumentType
from guidelines.evidence.models import EvidenceItemPage
from portal.models import Country
from portal.roles import Role
from search.maintenance import index_rebuild
from tests.guidelines.admin_forms import staff_member
from tests.portal.factories import UserFactory
from tests.search.factories import api_search

from .factories import evidence_index, make_item, text_pdf
from .test_editing import _add, _data

pytestmark = pytest.mark.django_db

STUDY_CSV = "Period,Guinea,Morocco,Senegal\n2022,48,51,46\n2023,55,57,50\n2024,61,60,54\n"


def _editor_publishes_a_french_report(client, index, django_capture_on_commit_callbacks) -> EvidenceItemPage:
    pages = ["Introduction et méthode de l'enquête", "Le soutien psychosocial de proximité réduit la détresse à Kindia"]
    pdf = SimpleUploadedFile("rapport.pdf", text_pdf(title="Rapport", pages=pages, language="fr"), "application/pdf")
    client.force_login(staff_member(Role.EDITOR, "editor1@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        response = _add(client, index, _data(attested=True, action="action-submit", files=[pdf]))
    assert response.status_code == 302
    report = EvidenceItemPage.objects.get(slug="rapport-suivi-conakry")
    assert not report.live, "an Editor's submission waits for review"
    task_state = WorkflowState.objects.get(object_id=str(report.pk)).current_task_state
    client.force_login(staff_member(Role.EDITOR, "editor2@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(report.pk, "approve", task_state.pk)), {"comment": ""}
        )
    report.refresh_from_db()
    assert report.live
    return report


def test_a_french_report_published_through_review_is_found_in_arabic_and_shown_for_guinea(
    client, engine, django_capture_on_commit_callbacks
):
    Country.objects.get_or_create(code="GN", defaults={"name_en": "Guinea"})
    index = evidence_index(language="fr")
    report = _editor_publishes_a_french_report(client, index, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        study = make_item(
            title="Étude des résultats de la réintégration",
            language="fr",
            document_type=DocumentType.DATASET,
            country="GN",
            csv=STUDY_CSV,
        )
    index_rebuild()

    client.logout()
    client.force_login(UserFactory(roles=[Role.PRACTITIONER]))
    hits = [hit for hit in api_search(client, "الدعم النفسي الاجتماعي", ui="ar")["hits"] if hit["kind"] == "evidence"]
    pdf_page_url = report.file_url(report.files.get(), 2)
    assert [hit["url"] for hit in hits] == [pdf_page_url]
    search_page = client.get("/ar/search/", {"q": "الدعم النفسي الاجتماعي"}).content.decode()
    assert pdf_page_url in search_page

    country_page = client.get("/fr/countries/GN/")
    assert country_page.status_code == 200
    body = country_page.content.decode()
    assert report.title in body and report.url in body
    assert study.title in body
    assert "<svg" in body and "Morocco" in body, "the study's chart, with its data"
