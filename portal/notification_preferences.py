"""A member's notification preferences: reading them with defaults, saving them, and the daily email cap."""

from django.db import transaction
from django.utils import timezone

from .models import NotificationPreferences

MAX_DAILY_EMAIL_CAP = 200


def preferences_for(member) -> NotificationPreferences:
    """The member's saved preferences, or the defaults (unsaved) when they never changed them."""
    saved = NotificationPreferences.objects.filter(member=member).first()
    return saved or NotificationPreferences(member=member)


def preferences_save(*, member, watched_email: str, daily_email_cap: int) -> NotificationPreferences:
    """After: the member's preferences are these (a cap between 1 and MAX_DAILY_EMAIL_CAP)."""
    cap = max(1, min(MAX_DAILY_EMAIL_CAP, daily_email_cap))
    preferences, _created = NotificationPreferences.objects.update_or_create(
        member=member, defaults={"watched_email": watched_email, "daily_email_cap": cap}
    )
    return preferences


def email_allowance_take(*, member) -> bool:
    """Counts one email against today's cap; False (nothing counted) when the member already had their cap."""
    today = timezone.now().date()
    with transaction.atomic():
        preferences, _created = NotificationPreferences.objects.select_for_update().get_or_create(member=member)
        if preferences.emails_day != today:
            preferences.emails_day, preferences.emails_sent = today, 0
        if preferences.emails_sent >= preferences.daily_email_cap:
            return False
        preferences.emails_sent += 1
        preferences.save(update_fields=["emails_day", "emails_sent"])
    return True
