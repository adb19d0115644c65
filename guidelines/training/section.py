"""Who may work on the training section: Trainers edit under it, and another Trainer or an Administrator approves."""

from django.utils.translation import gettext_noop

from wagtail.models import Page, Workflow

from portal.roles import Role
from portal.workflows import review_section_set_up, review_workflow_ensure

# Stored in English; shown in the admin user's language (portal.admin_names).
WORKFLOW_NAME = gettext_noop("Training review")
TASK_NAME = gettext_noop("Approval by a trainer or an administrator")


def training_review_workflow() -> Workflow:
    """After: the training review workflow exists with its one group-approval task."""
    return review_workflow_ensure(
        workflow_name=WORKFLOW_NAME, task_name=TASK_NAME, approver_roles=[Role.TRAINER.value, Role.ADMINISTRATOR.value]
    )


def training_section_set_up(*, index_page: Page) -> None:
    """After: Trainers may add and edit pages under `index_page` only, and its pages go through review."""
    review_section_set_up(index_page=index_page, author_role=Role.TRAINER.value, workflow=training_review_workflow())
