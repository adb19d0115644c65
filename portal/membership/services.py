"""Writes: a member asks to post; a reviewer approves or declines; a trusted domain approves at once.

Each decision sends the member an email in their language after commit, and the `membership_decided`
signal lets the forum write it into the moderation log.
"""

from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Country, MembershipRequest, MembershipStatus
from ..roles import Role, grant_role
from ..text_limits import too_long_message
from .emails import decision_email_queue
from .errors import MembershipRefused
from .selectors import is_membership_reviewer, may_post, trusted_domain_for, verified_domains

MAX_REASON_LENGTH = 1000
# Sent after a decision with `request` (a MembershipRequest); `reviewer` is None for a trusted domain.
membership_decided = Signal()


def check_can_request(*, member) -> None:
    if not member.is_authenticated:
        raise MembershipRefused(_("Sign in to ask to post."), code="login")
    if not verified_domains(member):
        raise MembershipRefused(_("Verify your email address first: see the link we sent you."), code="unverified")
    if may_post(member):
        raise MembershipRefused(_("You can already post in the forum."), code="already_member")
    if MembershipRequest.objects.pending().filter(member=member).exists():
        raise MembershipRefused(
            _("Your request is waiting for a moderator; you will get an email with the answer."), code="pending"
        )


def _check_text(value: str, *, field: str, max_length: int) -> None:
    if not value.strip():
        raise MembershipRefused(_("This field is required."), code="empty", field=field)
    if len(value) > max_length:
        raise MembershipRefused(
            too_long_message(length=len(value), max_length=max_length), code="too_long", field=field
        )


def membership_request_submit(
    *, member, organisation: str, role_title: str, country: Country, reason: str
) -> MembershipRequest:
    """After: the member has one pending request, or an approved one when their verified domain is trusted; their
    profile's blank organisation, role title and country read as in the request."""
    check_can_request(member=member)
    _check_text(organisation, field="organisation", max_length=120)
    _check_text(role_title, field="role_title", max_length=120)
    _check_text(reason, field="reason", max_length=MAX_REASON_LENGTH)
    if not country.is_programme_country:
        raise MembershipRefused(_("Choose one of the programme's countries."), code="invalid", field="country")
    try:
        with transaction.atomic():
            request = MembershipRequest.objects.create(
                member=member,
                organisation=organisation.strip(),
                role_title=role_title.strip(),
                country=country,
                reason=reason.strip(),
            )
    except IntegrityError:
        # A double submit: the first one made the pending request.
        return MembershipRequest.objects.pending().get(member=member)
    _profile_fill_blanks(member=member, request=request)
    trusted = trusted_domain_for(member)
    if trusted is not None:
        _decide(request=request, reviewer=None, status=MembershipStatus.APPROVED, reason=f"trusted domain {trusted}")
    return request


def _profile_fill_blanks(*, member, request: MembershipRequest) -> None:
    """What the member told the moderators also fills their profile where it was empty (never over what they wrote)."""
    blanks = {
        "organisation": request.organisation,
        "role_title": request.role_title,
        "country": request.country,
    }
    changed = [field for field, value in blanks.items() if not getattr(member, field)]
    for field in changed:
        setattr(member, field, blanks[field])
    if changed:
        member.save(update_fields=changed)


def membership_trust_verified_domain(*, member) -> bool:
    """After: a member with a verified address in a trusted domain is a Practitioner; True if that made them one."""
    if may_post(member) or trusted_domain_for(member) is None:
        return False
    grant_role(member, Role.PRACTITIONER)
    return True


def check_can_review(*, reviewer, request: MembershipRequest) -> None:
    if not is_membership_reviewer(reviewer):
        raise MembershipRefused(_("Only moderators and administrators can review requests to post."), code="forbidden")
    if request.status != MembershipStatus.PENDING:
        raise MembershipRefused(_("This request was already answered."), code="decided")


def membership_request_approve(*, reviewer, request: MembershipRequest, reason: str = "") -> MembershipRequest:
    """After: the member is a Practitioner, the request approved and logged, the member emailed."""
    check_can_review(reviewer=reviewer, request=request)
    return _decide(request=request, reviewer=reviewer, status=MembershipStatus.APPROVED, reason=reason)


def membership_request_decline(*, reviewer, request: MembershipRequest, reason: str) -> MembershipRequest:
    """After: the request is declined with the reason the member reads, logged, the member emailed."""
    check_can_review(reviewer=reviewer, request=request)
    _check_text(reason, field="reason", max_length=MAX_REASON_LENGTH)
    return _decide(request=request, reviewer=reviewer, status=MembershipStatus.DECLINED, reason=reason)


def _decide(*, request: MembershipRequest, reviewer, status: str, reason: str) -> MembershipRequest:
    with transaction.atomic():
        # Two reviewers at once: the second finds the request answered.
        updated = MembershipRequest.objects.filter(pk=request.pk, status=MembershipStatus.PENDING).update(
            status=status, decided_by=reviewer, decided_at=timezone.now(), decision_reason=reason.strip()
        )
        if not updated:
            raise MembershipRefused(_("This request was already answered."), code="decided")
        request.refresh_from_db()
        if status == MembershipStatus.APPROVED:
            grant_role(request.member, Role.PRACTITIONER)
        membership_decided.send(sender=MembershipRequest, request=request, reviewer=reviewer)
        transaction.on_commit(lambda: decision_email_queue(request=request))
    return request
