"""The privacy guard on member forms outside the forum: the profile and the request to post.

The same warning as for posts: the form comes back with the text, what looked personal, and a box to
confirm; a confirmed warning is recorded for the moderators (`privacy_overrides_record`).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .privacy import find_personal_data, privacy_overrides_record


class PrivacyGuardedForm(forms.Form):
    """Mix into a form; `privacy_fields` names the fields checked (only those the member changed)."""

    privacy_fields: tuple[str, ...] = ()
    # Hidden until the guard warns: only then does the member have something to confirm.
    privacy_confirmed = forms.BooleanField(
        label=_("I checked: this text does not identify a person or a case."),
        required=False,
        widget=forms.HiddenInput,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.privacy_findings = []

    def _guarded_texts(self) -> dict[str, str]:
        return {
            name: str(self.cleaned_data.get(name) or "")
            for name in self.privacy_fields
            if name in self.changed_data and self.cleaned_data.get(name)
        }

    def clean(self):
        cleaned = super().clean()
        findings = find_personal_data(*self._guarded_texts().values())
        if findings and not cleaned.get("privacy_confirmed"):
            self.privacy_findings = findings
            self.fields["privacy_confirmed"].widget = forms.CheckboxInput()
            raise forms.ValidationError(
                _(
                    "Your text may contain personal or case-identifying data. Edit it, or confirm it is safe to publish."
                ),
                code="privacy",
            )
        return cleaned

    def privacy_overrides_save(self, *, author) -> int:
        """Call after saving a valid form: records the fields published despite a warning."""
        if not self.cleaned_data.get("privacy_confirmed"):
            return 0
        return privacy_overrides_record(author=author, texts=self._guarded_texts())
