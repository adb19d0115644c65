import pytest

from django.urls import reverse

from guidelines.models import GuidelineEdition
from portal.roles import Role
from tests.guidelines import factories
from tests.guidelines.admin_forms import editor_post_data, staff_member

pytestmark = pytest.mark.django_db


def _edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def test_submitting_an_edition_with_a_used_label_is_a_form_error(client):
    page = factories.guideline(label="1.0")
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    response = client.post(_edit_url(page), editor_post_data(page, label="1.0", action="action-submit"))

    assert response.status_code == 200
    assert "Edition 1.0 is already published and cannot change." in response.content.decode()
    assert GuidelineEdition.objects.filter(guideline=page).count() == 1


def test_saving_a_draft_with_the_current_label_is_allowed(client):
    page = factories.guideline(label="1.0")
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    response = client.post(
        _edit_url(page), editor_post_data(page, label="1.0", action="action-save-draft", heading_suffix=" (draft)")
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().body[0].value["heading"].endswith("(draft)")


def test_editor_submits_and_a_second_editor_approves_to_publish(client):
    page = factories.guideline(label="1.0")
    author = staff_member(Role.EDITOR, "author@example.org")
    reviewer = staff_member(Role.EDITOR, "reviewer@example.org")

    client.force_login(author)
    response = client.post(
        _edit_url(page), editor_post_data(page, label="1.1", action="action-submit", heading_suffix="!")
    )
    assert response.status_code == 302
    assert not GuidelineEdition.objects.filter(guideline=page, label="1.1").exists()

    state = page.current_workflow_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    client.force_login(reviewer)
    response = client.post(approve_url, {"comment": ""})

    assert response.status_code in (200, 302)
    assert GuidelineEdition.objects.filter(guideline=page, label="1.1").exists()


def test_editor_cannot_approve_their_own_submission(client):
    page = factories.guideline(label="1.0")
    author = staff_member(Role.EDITOR, "author@example.org")
    client.force_login(author)
    client.post(_edit_url(page), editor_post_data(page, label="1.1", action="action-submit"))

    state = page.current_workflow_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk]), {"comment": ""})

    assert not GuidelineEdition.objects.filter(guideline=page, label="1.1").exists()


def test_editor_cannot_publish_without_review(client):
    page = factories.guideline(label="1.0")
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    response = client.post(_edit_url(page), editor_post_data(page, label="1.1", action="action-publish"))

    assert "goes live after review" in response.content.decode()
    assert not GuidelineEdition.objects.filter(guideline=page, label="1.1").exists()


def test_editor_sees_submit_for_review_not_publish(client):
    page = factories.guideline(label="1.0")
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    html = client.get(_edit_url(page)).content.decode()

    assert 'name="action-submit"' in html and 'name="action-publish"' not in html


def test_editor_bulk_publish_of_a_guideline_is_refused(client):
    page = factories.guideline(label="1.0")
    page.edition_label = "1.1"
    page.save_revision()
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={page.pk}", {"include_descendants": ""})

    assert not GuidelineEdition.objects.filter(guideline=page, label="1.1").exists()


def test_trainer_cannot_edit_or_publish_a_guideline(client):
    page = factories.guideline(label="1.0")
    client.force_login(staff_member(Role.TRAINER, "trainer@example.org"))

    response = client.post(_edit_url(page), editor_post_data(page, label="1.1", action="action-publish"))

    assert response.status_code in (302, 403)
    assert not GuidelineEdition.objects.filter(guideline=page, label="1.1").exists()


def test_editor_form_opens_with_the_edition_fields_and_read_only_anchor(client):
    page = factories.guideline(label="1.0")
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    html = client.get(_edit_url(page)).content.decode()

    assert 'name="edition_label"' in html
    assert "Permanent anchor" in html


def test_preview_renders_the_draft_without_creating_an_edition(client):
    page = factories.guideline(label="1.0")
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))
    data = editor_post_data(page, label="1.1", action="action-save-draft", heading_suffix=" (draft)")

    client.post(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data)
    html = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])).content.decode()

    assert "Preview of an unpublished draft" in html
    assert " (draft)" in html
    assert GuidelineEdition.objects.filter(guideline=page).count() == 1


def test_feedback_report_is_in_the_reports_menu_for_editors(client):
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    response = client.get("/admin/reports/guideline-feedback/")

    assert response.status_code == 200


def test_trainer_cannot_open_the_feedback_report(client):
    client.force_login(staff_member(Role.TRAINER, "trainer@example.org"))

    response = client.get("/admin/reports/guideline-feedback/")

    assert response.status_code in (302, 403)
