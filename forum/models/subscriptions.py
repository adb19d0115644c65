"""Watching a topic or a category: instant reply emails or a daily/weekly digest."""

from django.conf import settings
from django.db import models
from django.db.models import Q

from ..choices import WatchEmail


class Watch(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_watches")
    topic = models.ForeignKey("forum.Topic", null=True, blank=True, on_delete=models.CASCADE, related_name="watches")
    category = models.ForeignKey(
        "forum.Category", null=True, blank=True, on_delete=models.CASCADE, related_name="watches"
    )
    email = models.CharField(max_length=10, choices=WatchEmail.choices, default=WatchEmail.INSTANT)
    last_digest_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "topic"], condition=Q(topic__isnull=False), name="forum_watch_topic"
            ),
            models.UniqueConstraint(
                fields=["user", "category"], condition=Q(category__isnull=False), name="forum_watch_category"
            ),
            models.CheckConstraint(
                condition=Q(topic__isnull=False, category__isnull=True) | Q(topic__isnull=True, category__isnull=False),
                name="forum_watch_one_target",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} watches {self.topic or self.category}"
