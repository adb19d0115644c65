"""Thin views: a Reader asks to post; moderators and administrators review the pending requests."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..models import MembershipRequest
from .errors import MembershipRefused
from .forms import MembershipDecisionForm, MembershipRequestForm
from .selectors import is_membership_reviewer, latest_request, pending_requests, reviewable_domains
from .services import (
    check_can_request,
    membership_request_approve,
    membership_request_decline,
    membership_request_submit,
)

REQUESTS_PER_PAGE = 100
REFUSAL_STATUS = {"unverified": 403, "forbidden": 403, "already_member": 409, "pending": 409, "decided": 409}


@login_required
def request_to_post(request):
    try:
        check_can_request(member=request.user)
    except MembershipRefused as refusal:
        status = 200 if request.method == "GET" else REFUSAL_STATUS.get(refusal.code, 400)
        context = {"refusal": refusal, "latest": latest_request(request.user)}
        return render(request, "portal/membership/request.html", context, status=status)
    form = MembershipRequestForm(request.POST or None, member=request.user)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                data = {name: form.cleaned_data[name] for name in ("organisation", "role_title", "country", "reason")}
                submitted = membership_request_submit(member=request.user, **data)
            except MembershipRefused as refusal:
                form.add_error(refusal.field, refusal.message)
                status = REFUSAL_STATUS.get(refusal.code, 400)
            else:
                form.privacy_overrides_save(author=request.user)
                submitted.refresh_from_db()
                if submitted.status == "approved":
                    messages.success(request, _("Your organisation is trusted: you can post in the forum now."))
                    return redirect("forum:index")
                messages.success(request, _("Your request is sent. A moderator will answer by email."))
                return redirect("profile")
    context = {"form": form, "latest": latest_request(request.user)}
    return render(request, "portal/membership/request.html", context, status=status)


def _require_reviewer(request) -> None:
    if not is_membership_reviewer(request.user):
        raise PermissionDenied(_("Only moderators and administrators can review requests to post."))


@login_required
def review_queue(request):
    _require_reviewer(request)
    pending = list(pending_requests()[:REQUESTS_PER_PAGE])
    for item in pending:
        item.verified_domains = reviewable_domains(item)
    return render(request, "portal/membership/requests.html", {"pending": pending})


@login_required
@require_POST
def review_decide(request, pk: int):
    _require_reviewer(request)
    membership_request = get_object_or_404(MembershipRequest.objects.select_related("member"), pk=pk)
    form = MembershipDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose approve or decline."))
        return redirect("membership:requests")
    decide = {"approve": membership_request_approve, "decline": membership_request_decline}[form.cleaned_data["action"]]
    try:
        decide(reviewer=request.user, request=membership_request, reason=form.cleaned_data["reason"])
    except MembershipRefused as refusal:
        if refusal.field == "reason":
            messages.error(request, _("Say why you decline: the member reads your reason."))
        else:
            messages.error(request, refusal.message)
    else:
        messages.success(request, _("Done; the member is told by email and the decision is in the moderation log."))
    return redirect("membership:requests")
