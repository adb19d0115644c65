"""Who may work on the evidence section: Editors add and edit under it, and a second Editor approves."""

from django.utils.translation import gettext_noop

from wagtail.models import Page, Workflow

from portal.roles import Role
from portal.workflows import review_section_set_up, review_workflow_ensure

# Stored in English; shown in the admin user's language (portal.admin_names).
WORKFLOW_NAME = gettext_noop("Evidence review")
TASK_NAME = gettext_noop("A second editor approves")


def evidence_review_workflow() -> Workflow:
    """After: the evidence review workflow exists with its one group-approval task for Editors."""
    return review_workflow_ensure(
        workflow_name=WORKFLOW_NAME, task_name=TASK_NAME, approver_roles=[Role.EDITOR.value, Role.ADMINISTRATOR.value]
    )


def evidence_section_set_up(*, index_page: Page) -> None:
    """After: Editors may add and edit pages under `index_page` only, and its pages go through review."""
    review_section_set_up(index_page=index_page, author_role=Role.EDITOR.value, workflow=evidence_review_workflow())
