"""Member pages of the portal core: the profile."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from .forms import ProfileForm
from .languages import remember_language
from .roles import Role, user_roles


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        response = redirect("profile")
        if "preferred_language" in form.changed_data:
            # The new language applies at once, starting with the confirmation below.
            translation.activate(request.user.preferred_language)
            remember_language(response, request.user.preferred_language)
        messages.success(request, _("Your profile has been saved."))
        return response
    roles = [role.label for role in Role if role.value in user_roles(request.user)]
    return render(request, "portal/profile.html", {"form": form, "roles": roles})
