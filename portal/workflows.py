"""Review tasks shared by the sections that publish through a workflow."""

from wagtail.models import AbstractGroupApprovalTask


class SecondPersonApprovalTask(AbstractGroupApprovalTask):
    """A group approval in which the person who submitted can never approve their own work (superusers aside)."""

    class Meta:
        abstract = True

    def get_actions(self, obj, user):
        workflow_state = getattr(obj, "current_workflow_state", None)
        if workflow_state and workflow_state.requested_by_id == user.pk and not user.is_superuser:
            return []
        return super().get_actions(obj, user)
