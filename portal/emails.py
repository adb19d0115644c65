"""Emails to members: absolute links, the member's language, text and HTML, one-click unsubscribe headers."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from .branding import email_subject


def absolute_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def member_language(user) -> str:
    return user.preferred_language or settings.LANGUAGE_CODE


def member_email(
    *, user, subject: str, template: str, context: dict, unsubscribe_url: str | None
) -> EmailMultiAlternatives:
    """`template`.txt and `template`.html rendered in the member's language; the subject is given translated.

    `unsubscribe_url` None: a one-off email about the member's own account (no list to leave)."""
    with translation.override(member_language(user)):
        context = {**context, "user": user, "unsubscribe_url": unsubscribe_url}
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
        subject = email_subject(str(subject))
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[user.email],
        headers={"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
        if unsubscribe_url
        else {},
    )
    message.attach_alternative(html, "text/html")
    return message
