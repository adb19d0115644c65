"""The outbox: every change to indexed content leaves a row here, in the same transaction."""

from django.db import models


class IndexOutboxEntry(models.Model):
    source = models.CharField(max_length=80)
    key = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["next_attempt_at", "id"], name="search_outbox_due_idx")]

    def __str__(self) -> str:
        return f"{self.source}:{self.key}"
