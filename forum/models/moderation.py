"""Flags raised by members and the log of what moderators did, and why."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import FlagReason, FlagStatus, ModerationAction


class Flag(models.Model):
    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="flags")
    flagged_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    note = models.TextField(_("note for the moderators"), blank=True, max_length=1000)
    status = models.CharField(max_length=10, choices=FlagStatus.choices, default=FlagStatus.OPEN, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at"]
        constraints = [models.UniqueConstraint(fields=["post", "flagged_by"], name="forum_flag_once")]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} on post {self.post_id}"


class ModerationLogEntry(models.Model):
    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=20, choices=ModerationAction.choices)
    reason = models.TextField(_("reason"))
    topic = models.ForeignKey("forum.Topic", null=True, on_delete=models.SET_NULL, related_name="moderation_log")
    post = models.ForeignKey("forum.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = _("moderation log entries")

    def __str__(self) -> str:
        return f"{self.get_action_display()} by {self.moderator}"
