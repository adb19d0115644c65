"""Every email the portal sends leaves through a background task: a failing mail server never fails anyone's action.

Two ways in, both retried with backoff (portal.task_queue) when the mail server fails:
- `member_mail_queue(writer, user=..., **ids)` for the portal's own emails to members: the task carries ids
  only and calls `writer(user=..., **ids)` at sending time, so a member who lost access meanwhile gets nothing.
  The writer renders with `portal.emails.member_email` (the member's language) and returns None to send nothing.
- `TaskEmailBackend`, the EMAIL_BACKEND, for everything sent with Django's mail API (allauth's verification
  and password-reset mails, Wagtail's review notifications, the scheduled digests): the message travels
  rendered, since one-time links cannot be rebuilt from ids, and EMAIL_DELIVERY_BACKEND delivers it.

With the database task backend a task row is written in the caller's transaction: queued when it commits,
gone if it rolls back.

A task whose worker was killed is run again (portal.task_queue.reclaim_abandoned_tasks). So that the mail
server never gets the same email twice, the task records a MailDelivery as soon as the server accepts the
message, before closing the connection, and a task that finds its record sends nothing. The record's key is
what a member email is about (writer, member, ids), so a fan-out task run again queues nothing new either;
a rendered message's key is its task id. What is left is the instant between the server's acceptance and the
record: a kill exactly then sends the email again, with the same Message-ID (derived from the key), which
mail clients use to show it once. We chose that
over the opposite risk, an email never sent at all.
"""

import hashlib
import json
import logging
import smtplib
from collections.abc import Callable

from django_tasks import task
from django_tasks.utils import get_module_path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.utils import DNS_NAME
from django.utils.module_loading import import_string

from .models import MailDelivery
from .task_queue import retry_later

logger = logging.getLogger(__name__)

# What a mail server that is down, slow or refusing looks like (ConnectionRefusedError and TimeoutError are OSErrors).
MAIL_SERVER_ERRORS = (smtplib.SMTPException, OSError)

MemberMailWriter = Callable[..., EmailMessage | None]
_WRITERS: dict[str, MemberMailWriter] = {}


def member_mail(writer: MemberMailWriter) -> MemberMailWriter:
    """Registers `writer(*, user, **ids) -> EmailMessage | None` as an email the mail task may write by name."""
    _WRITERS[get_module_path(writer)] = writer
    return writer


def member_mail_queue(writer: MemberMailWriter, *, user, **ids) -> None:
    """Queues the email `writer` will write for this member from `ids` (JSON values: ids, labels, timestamps)."""
    path = get_module_path(writer)
    if _WRITERS.get(path) is not writer:
        raise ValueError(f"{path} is not registered with @member_mail")
    send_member_mail.enqueue(writer=path, user_id=user.pk, ids=ids)


def _delivery_connection():
    backend = settings.EMAIL_DELIVERY_BACKEND
    if import_string(backend) is TaskEmailBackend:
        raise ImproperlyConfigured("EMAIL_DELIVERY_BACKEND must deliver mail, not queue it again.")
    return get_connection(backend)


def _deliver_once(message: EmailMessage, *, key: str) -> bool:
    """Hands `message` to the mail server unless the email with this key was delivered; False when it was."""
    if MailDelivery.objects.filter(key=key).exists():
        logger.warning("email %s (%r) was already delivered; not sent again", key, message.subject)
        return False
    if not any(name.lower() == "message-id" for name in message.extra_headers):
        message.extra_headers["Message-ID"] = f"<{key}@{DNS_NAME}>"
    connection = _delivery_connection()
    connection.open()  # an open connection is not closed by send_messages: the record goes in before QUIT
    try:
        connection.send_messages([message])
        MailDelivery.objects.create(key=key)
    finally:
        connection.close()
    return True


def _member_mail_key(*, writer: str, user_id: int, ids: dict) -> str:
    about = json.dumps([writer, user_id, ids], sort_keys=True, default=str)
    return hashlib.sha256(about.encode()).hexdigest()


@task()
def send_member_mail(*, writer: str, user_id: int, ids: dict, attempt: int = 1) -> bool:
    """Writes the email now (access, language and content as they are now) and delivers it; False if none is due."""
    import_string(writer)  # importing the writer's module registers it
    write = _WRITERS[writer]
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    message = write(user=user, **ids) if user else None
    if message is None:
        return False
    try:
        return _deliver_once(message, key=_member_mail_key(writer=writer, user_id=user_id, ids=ids))
    except MAIL_SERVER_ERRORS as error:
        retry_later(send_member_mail, attempt=attempt, error=error, writer=writer, user_id=user_id, ids=ids)
        return False


def _message_data(message: EmailMessage) -> dict:
    if message.attachments:
        raise ValueError("Queued emails carry no attachments: link to the file instead.")
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "content_subtype": message.content_subtype,
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
    }


def _message_from(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    return message


@task(takes_context=True)
def deliver_email(context, *, message: dict, attempt: int = 1) -> None:
    """Hands one queued message to the mail server; a mail-server error queues the next attempt."""
    try:
        _deliver_once(_message_from(message), key=str(context.task_result.id))
    except MAIL_SERVER_ERRORS as error:
        retry_later(deliver_email, attempt=attempt, error=error, message=message)


class TaskEmailBackend(BaseEmailBackend):
    """Queues each message for `deliver_email` instead of talking to a mail server while someone waits."""

    def send_messages(self, email_messages) -> int:
        queued = 0
        for message in email_messages:
            try:
                deliver_email.enqueue(message=_message_data(message))
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("email %r could not be queued", message.subject)
                continue
            queued += 1
        return queued
