"""The training pages' admin form: a direct publish is refused unless the member may skip review.

Trainers hold publish_page on the training section because Wagtail publishes an approved revision as its
approver, who is a second Trainer; the editor hides the Publish button from them, and this form refuses a
publish sent by hand, so training changes still go live only through the review workflow.
"""

from django import forms
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm


def training_review_may_be_skipped(user) -> bool:
    """Administrators publish training pages directly; Trainers go through Training review."""
    return bool(user and (user.is_superuser or user.groups.filter(name="Administrator").exists()))


class TrainingPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" in self.data and not training_review_may_be_skipped(self.for_user):
            raise forms.ValidationError(
                _("Training changes go live after review: use “Submit to Training review”, a second trainer approves.")
            )
        return cleaned_data
