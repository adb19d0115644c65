"""Who may work on the evidence section: Editors add and edit under it, and a second Editor approves."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_noop

from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from portal.roles import Role

from .models import EvidenceReviewTask

# Stored in English; shown in the admin user's language (portal.admin_names).
WORKFLOW_NAME = gettext_noop("Evidence review")
TASK_NAME = gettext_noop("A second editor approves")
# Wagtail publishes an approved page as its approver, so approvers need "publish"; the admin hides the direct
# Publish action from Editors (portal.wagtail_hooks, EvidencePageForm), so their changes go through review.
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def evidence_review_workflow() -> Workflow:
    """After: the evidence review workflow exists with its one group-approval task for Editors."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = EvidenceReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = EvidenceReviewTask.objects.create(name=TASK_NAME)
    task.groups.set(Group.objects.filter(name__in=[Role.EDITOR.value, Role.ADMINISTRATOR.value]))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def evidence_section_set_up(*, index_page: Page) -> None:
    """After: Editors may add and edit pages under `index_page` only, and its pages go through review."""
    editors, _created = Group.objects.get_or_create(name=Role.EDITOR.value)
    for codename in EDITOR_PAGE_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label="wagtailcore", codename=codename).first()
        if permission is not None:
            GroupPagePermission.objects.get_or_create(group=editors, page=index_page, permission=permission)
    WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": evidence_review_workflow()})
