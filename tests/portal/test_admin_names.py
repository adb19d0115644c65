"""The review workflows and tasks the portal creates are named in the admin user's language, everywhere Wagtail
prints them, while the stored name (and so every lookup and the admin's edit form) stays the English one."""

import pytest

from django.utils import translation

from wagtail.models import Task, Workflow

from guidelines.evidence import section as evidence_section
from guidelines.services import REVIEW_TASK_NAME, REVIEW_WORKFLOW_NAME, review_workflow
from guidelines.training.section import TASK_NAME, TRAINING_REVIEW, WORKFLOW_NAME
from portal import admin_names
from portal.roles import Role
from tests.guidelines import factories as guideline_factories

from .factories import UserFactory

pytestmark = pytest.mark.django_db

NAMES = {
    REVIEW_WORKFLOW_NAME: {"fr": "Relecture des lignes directrices", "ar": "مراجعة المبادئ التوجيهية"},
    REVIEW_TASK_NAME: {"fr": "Un second éditeur approuve", "ar": "موافقة محرر ثانٍ"},
    WORKFLOW_NAME: {"fr": "Relecture des formations", "ar": "مراجعة التدريب"},
    TASK_NAME: {"fr": "Approbation par un formateur ou un administrateur", "ar": "موافقة مدرّب أو مسؤول"},
    evidence_section.WORKFLOW_NAME: {"fr": "Relecture des données probantes", "ar": "مراجعة الأدلة"},
    evidence_section.TASK_NAME: {"fr": "Un second éditeur approuve", "ar": "موافقة محرر ثانٍ"},
    "Moderators approval": {"fr": "Approbation des modérateurs", "ar": "موافقة المشرفين"},
}
# Wagtail's own words around the name on the page editor's action menu.
SUBMIT_TO = {"en": "Submit to Guideline review", "fr": "Soumettre à Relecture des lignes directrices"}


@pytest.fixture
def workflows(db):
    review_workflow()
    TRAINING_REVIEW.workflow()
    evidence_section.EVIDENCE_REVIEW.workflow()


def _stored_names() -> set[str]:
    return {*Workflow.objects.values_list("name", flat=True), *Task.objects.values_list("name", flat=True)}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_workflow_and_task_the_portal_creates_reads_in_the_language(workflows, language):
    assert set(NAMES) <= _stored_names()
    names = [*Workflow.objects.all(), *(task.specific for task in Task.objects.all())]
    with translation.override(language):
        printed = [str(item.name) for item in names] + [f"{item.name}" for item in names]
        printed += ["%s" % item for item in names]  # noqa: UP031 (how Wagtail formats them)
        shown = {str.__str__(text) for text in printed}  # the characters themselves, whatever their type
    assert {NAMES[name][language] for name in NAMES} <= shown
    assert not set(NAMES) & shown


def test_every_workflow_and_task_name_the_portal_stores_is_registered_for_translation(workflows):
    assert _stored_names() <= admin_names._NAMES


def test_the_stored_names_stay_english(workflows):
    with translation.override("ar"):
        for workflow in Workflow.objects.all():
            workflow.save()
        assert Workflow.objects.filter(name=REVIEW_WORKFLOW_NAME).exists()
    assert set(NAMES) <= _stored_names()


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_page_editor_offers_to_submit_to_the_workflow_in_the_editors_language(client, workflows, language):
    page = guideline_factories.guideline()
    editor = UserFactory(roles=[Role.EDITOR], totp=True, preferred_language=language)
    client.force_login(editor)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    name = NAMES[REVIEW_WORKFLOW_NAME].get(language, REVIEW_WORKFLOW_NAME)
    assert name in html
    if language != "en":
        assert REVIEW_WORKFLOW_NAME not in html
    if language in SUBMIT_TO:
        assert SUBMIT_TO[language] in html


def test_the_admin_edits_the_stored_name_not_its_translation(client, workflows):
    administrator = UserFactory(is_superuser=True, totp=True, preferred_language="ar")
    client.force_login(administrator)
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW_NAME)
    html = client.get(f"/admin/workflows/edit/{workflow.pk}/").content.decode()
    assert f'value="{REVIEW_WORKFLOW_NAME}"' in html


def test_the_admin_dashboard_names_the_portal_in_the_users_language(client):
    editor = UserFactory(roles=[Role.EDITOR], totp=True, preferred_language="ar")
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "مجتمع الممارسة في إدارة الحالات" in html
