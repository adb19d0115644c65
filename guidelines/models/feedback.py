"""'Was this helpful?': one vote per reader (account, else browser session) per edition."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class GuidelineFeedback(models.Model):
    edition = models.ForeignKey(
        "guidelines.GuidelineEdition", verbose_name=_("edition"), on_delete=models.CASCADE, related_name="feedback"
    )
    helpful = models.BooleanField(_("helpful"))
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    session_key = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("guideline feedback")
        verbose_name_plural = _("guideline feedback")
        constraints = [
            models.UniqueConstraint(
                fields=["edition", "user"], condition=Q(user__isnull=False), name="guideline_feedback_one_per_user"
            ),
            models.UniqueConstraint(
                fields=["edition", "session_key"],
                condition=Q(user__isnull=True) & ~Q(session_key=""),
                name="guideline_feedback_one_per_session",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.edition}: {'yes' if self.helpful else 'no'}"
