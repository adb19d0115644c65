"""Account events: a member who verifies an email address becomes a Reader; signing in restores their language;
the admin (and its workflow emails) speak the member's profile language; a change of a member's groups is seen
by the rest of the request."""

from allauth.account.signals import email_confirmed, user_logged_in

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils import translation

from .languages import remember_language
from .membership.services import membership_trust_verified_domain
from .roles import Role, grant_role


@receiver(email_confirmed, dispatch_uid="portal.reader_on_email_confirmed")
def make_verified_member_a_reader(request, email_address, **kwargs):
    """A verified member reads; one verified in a trusted organisation's domain also posts at once."""
    grant_role(email_address.user, Role.READER)
    membership_trust_verified_domain(member=email_address.user)


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


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="portal.member_groups_changed")
def member_groups_changed(sender, instance, action: str, **kwargs):
    """The groups remembered on a user object for the request (portal.roles.member_groups) are read again."""
    if action.startswith("post_"):
        instance.__dict__.pop("_member_groups", None)
        instance.__dict__.pop("_forum_group_ids", None)


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


def _permissions_changed(sender, action: str = "post_", **kwargs):
    """A group's or a member's permissions changed: cached permission sets are read again (portal.permission_cache)."""
    from .permission_cache import permissions_changed

    if action.startswith("post_"):
        permissions_changed()


def connect_permission_changes() -> None:
    from django.contrib.auth.models import Group, Permission

    m2m_changed.connect(_permissions_changed, sender=Group.permissions.through, dispatch_uid="portal.group_perms")
    m2m_changed.connect(
        _permissions_changed, sender=get_user_model().user_permissions.through, dispatch_uid="portal.user_perms"
    )
    for signal in (post_save, post_delete):
        signal.connect(_permissions_changed, sender=Permission, dispatch_uid=f"portal.permission_{signal is post_save}")
        signal.connect(_permissions_changed, sender=Group, dispatch_uid=f"portal.group_{signal is post_save}")
