"""The one approval task of the portal's review workflows, configured once per section (its name and groups)."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask


class SecondPersonApprovalTask(AbstractGroupApprovalTask):
    """A group approval in which the person who submitted can never approve their own work (superusers aside)."""

    @classmethod
    def get_description(cls):
        return _("A second member of the chosen groups approves; the person who submitted cannot approve.")

    def get_actions(self, obj, user):
        workflow_state = getattr(obj, "current_workflow_state", None)
        if workflow_state and workflow_state.requested_by_id == user.pk and not user.is_superuser:
            return []
        return super().get_actions(obj, user)

    class Meta:
        verbose_name = _("second-person approval task")
        verbose_name_plural = _("second-person approval tasks")
