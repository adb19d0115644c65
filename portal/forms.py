"""Sign-up collects the profile a practitioner is known by in the community."""

from allauth.account.forms import SignupForm

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Country


class PortalSignupForm(SignupForm):
    display_name = forms.CharField(label=_("Display name"), max_length=80, required=False)
    country = forms.ModelChoiceField(label=_("Country"), queryset=Country.objects.all(), required=False)
    organisation = forms.CharField(label=_("Organisation"), max_length=120, required=False)
    role_title = forms.CharField(label=_("Role title"), max_length=120, required=False)
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=settings.LANGUAGES, initial="en")


class ProfileForm(forms.ModelForm):
    class Meta:
        from .models import User

        model = User
        fields = ["display_name", "country", "organisation", "role_title", "preferred_language"]
