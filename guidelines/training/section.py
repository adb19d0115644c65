"""Who may work on the training section: Trainers edit under it, and another Trainer or an Administrator approves."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_noop

from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from portal.roles import Role

from .models import TrainingReviewTask

# Stored in English; shown in the admin user's language (portal.admin_names).
WORKFLOW_NAME = gettext_noop("Training review")
TASK_NAME = gettext_noop("Approval by a trainer or an administrator")
# Wagtail publishes an approved page as the approving user, so approvers need "publish"; the admin hides
# the direct Publish action from Trainers (wagtail_hooks), so their changes go through review.
TRAINER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def training_review_workflow() -> Workflow:
    """After: the training review workflow exists with its one group-approval task."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = TrainingReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = TrainingReviewTask.objects.create(name=TASK_NAME)
    task.groups.set(Group.objects.filter(name__in=[Role.TRAINER.value, Role.ADMINISTRATOR.value]))
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def training_section_set_up(*, index_page: Page) -> None:
    """After: Trainers may add and edit pages under `index_page` only, and its pages go through review."""
    trainers, _created = Group.objects.get_or_create(name=Role.TRAINER.value)
    for codename in TRAINER_PAGE_PERMISSIONS:
        permission = Permission.objects.filter(content_type__app_label="wagtailcore", codename=codename).first()
        if permission is not None:
            GroupPagePermission.objects.get_or_create(group=trainers, page=index_page, permission=permission)
    WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": training_review_workflow()})
