"""Review shared by the sections that publish through a workflow: the approval task and the editor form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
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


class ReviewedPageForm(WagtailAdminPageForm):
    """The admin form of pages that go live through review: a direct publish is refused unless review may be skipped.

    The editor hides the Publish button (portal.wagtail_hooks); this refuses a publish sent by hand. Approvers
    still publish through the workflow, which does not go through this form.
    """

    direct_publish_refused = _("This page goes live after review: submit it for review instead of publishing it.")

    @staticmethod
    def review_may_be_skipped(user) -> bool:
        return bool(user and user.is_superuser)

    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" in self.data and not self.review_may_be_skipped(self.for_user):
            raise forms.ValidationError(self.direct_publish_refused)
        return cleaned_data


def reviewed_form_class(page_class) -> type[ReviewedPageForm] | None:
    """The page class's admin form when its pages go live through review, else None."""
    form_class = getattr(page_class, "base_form_class", None)
    return form_class if isinstance(form_class, type) and issubclass(form_class, ReviewedPageForm) else None
