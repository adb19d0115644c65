"""The request-to-post form and the reviewer's decision form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import Country
from ..privacy_forms import PrivacyGuardedForm
from .services import MAX_REASON_LENGTH


class MembershipRequestForm(PrivacyGuardedForm):
    privacy_fields = ("organisation", "role_title", "reason")

    organisation = forms.CharField(label=_("Organisation"), max_length=120)
    role_title = forms.CharField(label=_("Role title"), max_length=120, help_text=_("e.g. Caseworker, Counsellor"))
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.none(), empty_label=_("— Choose —"))
    reason = forms.CharField(
        label=_("Why you want to post"),
        max_length=MAX_REASON_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("A sentence or two about your work with migrants is enough; no case details."),
    )

    def __init__(self, *args, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.programme().order_by("name_en")
        if member is not None and not self.is_bound:
            self.initial = {
                "organisation": member.organisation,
                "role_title": member.role_title,
                "country": member.country_id,
            }


class MembershipDecisionForm(forms.Form):
    action = forms.ChoiceField(choices=[("approve", _("Approve")), ("decline", _("Decline"))])
    reason = forms.CharField(label=_("Reason"), max_length=MAX_REASON_LENGTH, required=False)
