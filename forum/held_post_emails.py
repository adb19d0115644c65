"""The email telling a held post's author what the moderator decided: published (with its link) or refused
(with the moderator's reason and the author's own text back, so nothing they wrote is lost).

It is about the member's own post, so it goes out whatever they chose for watched topics, in their language,
and counts against their daily email cap like every other portal email.
"""

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.emails import absolute_url, member_email, member_language
from portal.mail import member_mail, member_mail_queue
from portal.notification_preferences import email_allowance_take

from .choices import ModerationAction
from .models import HeldPost, ModerationLogEntry


def held_post_decision_queue(*, held: HeldPost) -> None:
    """Inside the review's transaction: the author's email is queued once it commits."""
    post = held.post
    transaction.on_commit(lambda: member_mail_queue(held_post_decision_email, user=post.author, held_id=held.pk))


@member_mail
def held_post_decision_email(*, user, held_id: int) -> EmailMultiAlternatives | None:
    held = (
        HeldPost.objects.select_related("post__topic")
        .filter(pk=held_id, post__author=user, reviewed_at__isnull=False)
        .first()
    )
    if held is None or not email_allowance_take(member=user):
        return None
    post, topic = held.post, held.post.topic
    refusal = None
    if not held.published:
        refusal = (
            ModerationLogEntry.objects.filter(post=post, action=ModerationAction.REFUSE_HELD)
            .order_by("-created_at", "-id")
            .first()
        )
    with translation.override(member_language(user)):
        if held.published:
            subject = _("Your post is published: %(title)s") % {"title": topic.title}
        else:
            subject = _("Your post was not published: %(title)s") % {"title": topic.title}
        post_url = absolute_url(post.get_absolute_url())
        forum_url = absolute_url(reverse("forum:index"))
    return member_email(
        user=user,
        subject=subject,
        template="forum/emails/held_post_decision",
        context={
            "post": post,
            "topic": topic,
            "published": held.published,
            "reason": refusal.reason if refusal else "",
            "post_url": post_url,
            "forum_url": forum_url,
        },
        unsubscribe_url=None,
    )
