from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class SavedSearch(models.Model):
    """A member's search, kept to run again and to email its new matches once a day."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    name = models.CharField(_("name"), max_length=120)
    query_string = models.CharField(max_length=1000, help_text="The canonical search parameters, without the page.")
    language = models.CharField(max_length=2, default="en", help_text="The reader language it was saved in.")
    email_enabled = models.BooleanField(_("daily email"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    notified_until = models.DateTimeField(
        default=timezone.now, help_text="Matches published up to this moment were already sent (or predate saving)."
    )
    last_emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["user", "query_string"], name="saved_search_once_per_member")]
        verbose_name = _("saved search")

    def __str__(self) -> str:
        return self.name
