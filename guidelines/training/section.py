"""Who may work on the training section: Trainers edit under it, and another Trainer or an Administrator approves."""

from django.utils.translation import gettext_noop

from portal.roles import Role
from portal.workflows import ReviewSection

WORKFLOW_NAME = gettext_noop("Training review")
TASK_NAME = gettext_noop("Approval by a trainer or an administrator")
TRAINING_REVIEW = ReviewSection(
    workflow_name=WORKFLOW_NAME,
    task_name=TASK_NAME,
    author_role=Role.TRAINER.value,
    approver_roles=(Role.TRAINER.value, Role.ADMINISTRATOR.value),
)
