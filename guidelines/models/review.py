"""The 'Guideline review' task: any Editor may approve, except the one who submitted the edition."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask


class GuidelineReviewTask(AbstractGroupApprovalTask):
    def get_actions(self, obj, user):
        workflow_state = getattr(obj, "current_workflow_state", None)
        if workflow_state and workflow_state.requested_by_id == user.pk and not user.is_superuser:
            return []
        return super().get_actions(obj, user)

    @classmethod
    def get_description(cls):
        return _("A second member of the chosen groups approves; the person who submitted cannot approve.")

    class Meta:
        verbose_name = _("Guideline review task")
        verbose_name_plural = _("Guideline review tasks")
