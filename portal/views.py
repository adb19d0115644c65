"""Member pages of the portal core: the profile and its notification preferences."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from .forms import NotificationPreferencesForm, ProfileForm
from .languages import remember_language
from .membership.selectors import latest_request, may_post
from .notification_preferences import preferences_for, preferences_save
from .roles import Role, user_roles


@login_required
def profile(request):
    if request.method == "POST" and "watched_email" in request.POST:
        return _notification_preferences(request)
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        form.privacy_overrides_save(author=request.user)
        response = redirect("profile")
        if "preferred_language" in form.changed_data:
            # The new language applies at once, starting with the confirmation below.
            translation.activate(request.user.preferred_language)
            remember_language(response, request.user.preferred_language)
        messages.success(request, _("Your profile has been saved."))
        return response
    return _profile_page(request, form=form)


def _notification_preferences(request):
    preferences = preferences_for(request.user)
    notifications_form = NotificationPreferencesForm(request.POST, instance=preferences)
    if not notifications_form.is_valid():
        return _profile_page(request, notifications_form=notifications_form, status=400)
    preferences_save(member=request.user, **notifications_form.cleaned_data)
    messages.success(request, _("Your notification preferences have been saved."))
    return redirect("profile")


def _profile_page(request, *, form=None, notifications_form=None, status=200):
    roles = [role.label for role in Role if role.value in user_roles(request.user)]
    context = {
        "notifications_form": notifications_form or NotificationPreferencesForm(instance=preferences_for(request.user)),
        "form": form or ProfileForm(instance=request.user),
        "roles": roles,
        "membership_request": latest_request(request.user),
        "may_post": may_post(request.user),
    }
    return render(request, "portal/profile.html", context, status=status)
