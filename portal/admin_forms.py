"""Forms of the Wagtail admin for the portal's own models: accounts, countries and topics."""

import re

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.users.forms import UserCreationForm, UserEditForm

ISO_CODE = re.compile(r"[A-Z]{2}")

# The profile a member is known by, edited by administrators next to Wagtail's own account fields.
PROFILE_FIELDS = ["display_name", "country", "organisation", "role_title", "preferred_language"]


class _PortalUserFormMixin:
    """Names are optional here: members choose a display name, and many sign up with the email alone."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("first_name", "last_name"):
            self.fields[name].required = False
        self.fields["groups"].label = _("Roles")
        self.fields["groups"].help_text = _(
            "Every member is a Reader; staff roles must set up two-factor authentication."
        )


class PortalUserCreationForm(_PortalUserFormMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | set(PROFILE_FIELDS)


class PortalUserEditForm(_PortalUserFormMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | set(PROFILE_FIELDS)


class CountryForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One clear message for every malformed code, rather than Django's generic "at most 2 characters".
        code = self.fields["code"]
        code.validators = [validator for validator in code.validators if not isinstance(validator, MaxLengthValidator)]

    def clean_code(self) -> str:
        """An ISO 3166-1 alpha-2 code: two letters A–Z, stored in capitals (so `ml` becomes `ML`)."""
        code = self.cleaned_data["code"].strip().upper()
        if not ISO_CODE.fullmatch(code):
            raise forms.ValidationError(
                _("Enter the ISO 3166 code as exactly two letters A–Z, e.g. ML for Mali."), code="invalid_iso_code"
            )
        return code


class TopicForm(WagtailAdminModelForm):
    def clean_parent(self):
        """A topic cannot sit under itself or under one of its own narrower topics."""
        parent = self.cleaned_data.get("parent")
        if parent is None or self.instance.pk is None:
            return parent
        ancestor = parent
        while ancestor is not None:
            if ancestor.pk == self.instance.pk:
                raise forms.ValidationError(
                    _("A topic cannot be placed under itself or one of its narrower topics."), code="topic_cycle"
                )
            ancestor = ancestor.parent
        return parent
