"""The email telling a member the answer to their request to post, written in their language when sent."""

from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ..emails import absolute_url, member_email, member_language
from ..mail import member_mail, member_mail_queue
from ..models import MembershipRequest, MembershipStatus


def decision_email_queue(*, request: MembershipRequest) -> None:
    member_mail_queue(decision_email, user=request.member, request_id=request.pk)


@member_mail
def decision_email(*, user, request_id: int) -> EmailMultiAlternatives | None:
    request = MembershipRequest.objects.filter(pk=request_id, member=user).exclude(status="pending").first()
    if request is None:
        return None
    approved = request.status == MembershipStatus.APPROVED
    with translation.override(member_language(user)):
        subject = _("You can now post in the forum") if approved else _("Your request to post was declined")
        forum_url = absolute_url(reverse("forum:index"))
        profile_url = absolute_url(reverse("profile"))
    return member_email(
        user=user,
        subject=subject,
        template="portal/membership/emails/decision",
        context={"request": request, "approved": approved, "forum_url": forum_url, "profile_url": profile_url},
        unsubscribe_url=None,
    )
