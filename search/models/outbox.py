"""The outbox: every change to indexed content leaves a row here, in the same transaction."""

from django.db import models


class IndexOutboxQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(processed_at__isnull=True)

    def due(self, *, now):
        return self.pending().filter(models.Q(next_attempt_at__isnull=True) | models.Q(next_attempt_at__lte=now))


class IndexOutboxEntry(models.Model):
    source = models.CharField(max_length=80)
    key = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    # Processed rows stay a while (the worker prunes them) so a rebuild can replay every
    # change made while it ran, even those the worker already applied to the old index.
    processed_at = models.DateTimeField(null=True, blank=True)

    objects = IndexOutboxQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["next_attempt_at", "id"], name="search_outbox_due_idx"),
            models.Index(fields=["processed_at", "id"], name="search_outbox_processed_idx"),
            models.Index(fields=["created_at"], name="search_outbox_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.source}:{self.key}"
