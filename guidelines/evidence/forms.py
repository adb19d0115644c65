"""The evidence pages' admin form: items go live through Evidence review, and only with the attestation ticked."""

from django.utils.translation import gettext_lazy as _

from portal.workflows import ReviewedPageForm

# Submit buttons of Wagtail's page editor that lead to a publication.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class EvidencePageForm(ReviewedPageForm):
    direct_publish_refused = _(
        "Evidence goes live after review: use “Submit to Evidence review”, a second editor approves."
    )
    personal_data_refused = _(
        "Tick “This item contains no personal data” before publishing or submitting it for review: "
        "evidence is never published with names, case numbers or other details that identify a person."
    )
    group_missing = _("Choose the group that may read this item, or choose another access.")

    def clean(self):
        cleaned_data = super().clean()
        publishing = any(action in self.data for action in PUBLISHING_ACTIONS)
        if publishing and "no_personal_data" in self.fields and not cleaned_data.get("no_personal_data"):
            self.add_error("no_personal_data", self.personal_data_refused)
        if "access" in self.fields and cleaned_data.get("access") == "group" and not cleaned_data.get("access_group"):
            self.add_error("access_group", self.group_missing)
        return cleaned_data
