"""Account events: a member who verifies an email address becomes a Reader; signing in restores their language;
the admin (and its workflow emails) speak the member's profile language."""

from allauth.account.signals import email_confirmed, user_logged_in

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import translation

from .languages import remember_language
from .roles import Role, grant_role


@receiver(email_confirmed, dispatch_uid="portal.reader_on_email_confirmed")
def make_verified_member_a_reader(request, email_address, **kwargs):
    grant_role(email_address.user, Role.READER)


@receiver(user_logged_in, dispatch_uid="portal.language_on_login")
def use_preferred_language_after_login(request, user, response=None, **kwargs):
    """The member's profile language wins over the browser's from now on (until they switch)."""
    language = user.preferred_language
    if not translation.check_for_language(language):
        return
    translation.activate(language)
    request.LANGUAGE_CODE = language
    if response is not None:
        remember_language(response, language)


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="portal.admin_language_follows_profile")
def admin_language_follows_profile(sender, instance, **kwargs):
    """Wagtail mails reviewers in their admin language, else in the *sender's*: keep it the member's own."""
    from wagtail.users.models import UserProfile

    update_fields = kwargs.get("update_fields")
    if update_fields is not None and "preferred_language" not in update_fields:
        return
    if instance.preferred_language:
        UserProfile.objects.update_or_create(
            user=instance, defaults={"preferred_language": instance.preferred_language}
        )
