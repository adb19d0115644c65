"""The 'Guideline review' task: any Editor may approve, except the one who submitted the edition."""

from django.utils.translation import gettext_lazy as _

from portal.workflows import SecondPersonApprovalTask


class GuidelineReviewTask(SecondPersonApprovalTask):
    @classmethod
    def get_description(cls):
        return _("A second member of the chosen groups approves; the person who submitted cannot approve.")

    class Meta:
        verbose_name = _("Guideline review task")
        verbose_name_plural = _("Guideline review tasks")
