"""Sign-up and the profile collect what a practitioner is known by in the community (privacy-guarded in both)."""

from allauth.account.forms import SignupForm

from django import forms
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .languages import LanguageSelect, languages_in_their_own_script
from .models import Country, NotificationPreferences, User
from .privacy_forms import PrivacyGuardedForm

PROFILE_FIELDS = ["display_name", "country", "organisation", "role_title", "preferred_language"]
# What other members read about a member: guarded against personal data wherever it is typed.
PROFILE_TEXT_FIELDS = ("display_name", "organisation", "role_title")


class PortalSignupForm(PrivacyGuardedForm, SignupForm):
    privacy_fields = PROFILE_TEXT_FIELDS
    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        required=False,
        help_text=_("How other members see you; leave empty to use the start of your email address."),
    )
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.programme(), required=False, empty_label=_("— Choose —")
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=120, required=False)
    role_title = forms.CharField(
        label=_("Role title"), max_length=120, required=False, help_text=_("e.g. Caseworker, Counsellor")
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=languages_in_their_own_script, widget=LanguageSelect
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The account first, then the profile; the language offered is the one the visitor is reading.
        self.order_fields(["email", "password1", "password2", *PROFILE_FIELDS])
        self.fields["preferred_language"].initial = (get_language() or settings.LANGUAGE_CODE)[:2]

    def try_save(self, request):
        """A taken address costs the same password hashing as a new account, so the answer's timing
        does not tell a visitor which addresses have accounts (allauth then mails the owner instead)."""
        if self.account_already_exists:
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)

    def save(self, request):
        user = super().save(request)
        self.privacy_overrides_save(author=user)
        return user


class ProfileForm(PrivacyGuardedForm, forms.ModelForm):
    privacy_fields = PROFILE_TEXT_FIELDS

    class Meta:
        model = User
        fields = PROFILE_FIELDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].queryset = Country.objects.programme()
        self.fields["country"].empty_label = _("— Choose —")
        self.fields["preferred_language"].choices = languages_in_their_own_script()
        self.fields["preferred_language"].widget = LanguageSelect(choices=self.fields["preferred_language"].choices)


class NotificationPreferencesForm(forms.ModelForm):
    class Meta:
        model = NotificationPreferences
        fields = ["watched_email", "daily_email_cap"]
        widgets = {"watched_email": forms.RadioSelect}
