"""The 'Training review' task: a Trainer or an Administrator approves, never the person who submitted."""

from django.utils.translation import gettext_lazy as _

from portal.workflows import SecondPersonApprovalTask


class TrainingReviewTask(SecondPersonApprovalTask):
    @classmethod
    def get_description(cls):
        return _("Another member of the chosen groups approves; the person who submitted cannot approve.")

    class Meta:
        verbose_name = _("training review task")
        verbose_name_plural = _("training review tasks")
