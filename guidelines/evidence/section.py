"""Who may work on the evidence section: Editors add and edit under it, and a second Editor approves."""

from django.utils.translation import gettext_noop

from portal.roles import Role
from portal.workflows import ReviewSection

WORKFLOW_NAME = gettext_noop("Evidence review")
TASK_NAME = gettext_noop("A second editor approves")
EVIDENCE_REVIEW = ReviewSection(
    workflow_name=WORKFLOW_NAME,
    task_name=TASK_NAME,
    author_role=Role.EDITOR.value,
    approver_roles=(Role.EDITOR.value, Role.ADMINISTRATOR.value),
)
