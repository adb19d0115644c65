"""The training pages' admin form: training goes live through Training review.

Trainers hold publish_page on the training section because Wagtail publishes an approved revision as its
approver, who is a second Trainer; ReviewedPageForm and the portal's admin hooks keep them from publishing
directly, so training changes still go live only through the review workflow.
"""

from django.utils.translation import gettext_lazy as _

from portal.workflows import ReviewedPageForm


class TrainingPageForm(ReviewedPageForm):
    direct_publish_refused = _(
        "Training changes go live after review: use “Submit to Training review”, a second trainer approves."
    )

    @staticmethod
    def review_may_be_skipped(user) -> bool:
        """Holders of training.publish_training_without_review (Administrators) publish directly; Trainers do not."""
        return bool(user and user.has_perm("training.publish_training_without_review"))
