"""What the mail task remembers so that a reclaimed task never hands the same email to the mail server twice."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MailDelivery(models.Model):
    """One email the mail server accepted (kept a week, see task_queue).

    Its key is what the email is about for a member email (writer, member and ids: a fan-out run again queues
    the same keys), else the id of the task that carried the rendered message.
    """

    key = models.CharField(_("key"), max_length=80, primary_key=True)
    delivered_at = models.DateTimeField(_("delivered at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("email delivery")
        verbose_name_plural = _("email deliveries")

    def __str__(self) -> str:
        return self.key
