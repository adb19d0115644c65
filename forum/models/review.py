"""A new Practitioner's first posts, held until a moderator publishes them (saved, never lost)."""

from django.conf import settings
from django.db import models


class HeldPostQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(reviewed_at__isnull=True)


class HeldPost(models.Model):
    """The post stays hidden (and its topic, for an opening post) until `reviewed_at`."""

    post = models.OneToOneField("forum.Post", on_delete=models.CASCADE, related_name="held")
    held_at = models.DateTimeField(auto_now_add=True, db_index=True)
    reviewed_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    published = models.BooleanField(default=False)

    objects = HeldPostQuerySet.as_manager()

    class Meta:
        ordering = ["held_at", "id"]

    def __str__(self) -> str:
        return f"Held post {self.post_id}"
