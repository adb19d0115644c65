"""The 'Training review' task: a Trainer or an Administrator approves, never the person who submitted."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import AbstractGroupApprovalTask


class TrainingReviewTask(AbstractGroupApprovalTask):
    def get_actions(self, obj, user):
        workflow_state = getattr(obj, "current_workflow_state", None)
        if workflow_state and workflow_state.requested_by_id == user.pk and not user.is_superuser:
            return []
        return super().get_actions(obj, user)

    @classmethod
    def get_description(cls):
        return _("Another member of the chosen groups approves; the person who submitted cannot approve.")

    class Meta:
        verbose_name = _("training review task")
        verbose_name_plural = _("training review tasks")
