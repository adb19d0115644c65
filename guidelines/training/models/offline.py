"""Knowledge-check attempts a learner made on a device while offline, uploaded later: one row per attempt, forever."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OfflineAttempt(models.Model):
    """Append-only: written once when the upload arrives, never updated; the device's UUID makes a re-upload a no-op."""

    class Outcome(models.TextChoices):
        PASSED = "passed", _("passed")
        NOT_PASSED = "not_passed", _("not passed")
        REFUSED = "refused", _("refused")

    attempt_id = models.UUIDField(_("attempt id (from the device)"), unique=True)
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="offline_attempts")
    lesson = models.ForeignKey("training.LessonPage", null=True, on_delete=models.SET_NULL, related_name="+")
    course = models.ForeignKey("training.CoursePage", null=True, on_delete=models.SET_NULL, related_name="+")
    answers = models.JSONField(default=dict)  # {question_id: [answer_id, ...]} exactly as the device sent them
    taken_at = models.DateTimeField(_("taken at (device clock)"))
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices)
    score = models.PositiveSmallIntegerField(_("score (%)"), null=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)

    class Meta:
        ordering = ["received_at"]
        verbose_name = _("offline knowledge-check attempt")

    def __str__(self) -> str:
        return f"{self.attempt_id}: {self.outcome}"
