"""Joining the conversation: a Reader asks to post, a moderator decides; trusted domains and held first posts."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


class MembershipStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a moderator")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class MembershipRequestQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=MembershipStatus.PENDING)


class MembershipRequest(models.Model):
    """A Reader's request to become a Practitioner; at most one pending per member."""

    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership_requests")
    organisation = models.CharField(_("organisation"), max_length=120)
    role_title = models.CharField(_("role title"), max_length=120)
    country = models.ForeignKey("portal.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(_("why you want to post"), max_length=1000)
    status = models.CharField(max_length=10, choices=MembershipStatus.choices, default=MembershipStatus.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    # None with a decision means the trusted-domain rule approved it.
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_reason = models.TextField(_("reason"), blank=True)

    objects = MembershipRequestQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["member"], condition=Q(status="pending"), name="portal_membership_one_pending"
            )
        ]
        permissions = [("review_membership", "Can approve or decline requests to post")]

    def __str__(self) -> str:
        return f"{self.member} ({self.get_status_display()})"


_DOMAIN = RegexValidator(
    r"^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$",
    _("Enter a domain such as iom.int, in lower case, without @ or https://."),
)


class TrustedDomain(models.Model):
    """An organisation's email domain whose verified members may post at once."""

    domain = models.CharField(_("email domain"), max_length=253, unique=True, validators=[_DOMAIN])
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [FieldPanel("domain"), FieldPanel("organisation")]

    class Meta:
        ordering = ["domain"]
        verbose_name = _("trusted email domain")
        verbose_name_plural = _("trusted email domains")

    def __str__(self) -> str:
        return self.domain

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower()
        super().save(*args, **kwargs)


@register_setting(icon="group")
class MembershipSettings(BaseGenericSetting):
    held_posts = models.PositiveSmallIntegerField(
        _("posts held for review"),
        default=0,
        help_text=_(
            "How many of a new Practitioner's first posts a moderator approves before others see them (0: none)."
        ),
    )

    panels = [FieldPanel("held_posts")]

    class Meta:
        verbose_name = _("membership")


class PrivacyOverride(models.Model):
    """An author published text the privacy guard warned about: moderators see where and what kind."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    field = models.CharField(max_length=80)
    kinds = models.JSONField(default=list)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.author} overrode a warning in {self.field}"

    @property
    def field_label(self) -> str:
        from ..privacy import FIELD_LABELS

        return str(FIELD_LABELS.get(self.field, self.field))

    @property
    def kind_labels(self) -> list[str]:
        from ..privacy import LABELS

        return [str(LABELS.get(kind, kind)) for kind in self.kinds]


class WatchedEmail(models.TextChoices):
    AS_WATCHED = "", _("As chosen on each topic or category")
    INSTANT = "instant", _("An email for every new reply")
    DAILY = "daily", _("A daily digest")
    WEEKLY = "weekly", _("A weekly digest")
    NONE = "none", _("No emails")


class NotificationPreferences(models.Model):
    """How a member hears about what they watch, and how many such emails a day they accept at most."""

    member = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    watched_email = models.CharField(
        _("emails about watched topics"), max_length=10, choices=WatchedEmail.choices, blank=True, default=""
    )
    daily_email_cap = models.PositiveSmallIntegerField(
        _("at most this many emails a day"),
        default=20,
        validators=[MinValueValidator(1), MaxValueValidator(200)],
        help_text=_("Between 1 and 200."),
    )
    # The day's count, restarted on a new day (UTC): enough to enforce the cap without a table of sends.
    emails_day = models.DateField(null=True, blank=True)
    emails_sent = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("notification preferences")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return f"Notification preferences of {self.member}"
