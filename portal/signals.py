"""Account events: a member who verifies an email address becomes a Reader."""

from allauth.account.signals import email_confirmed

from django.dispatch import receiver

from .roles import Role, grant_role


@receiver(email_confirmed, dispatch_uid="portal.reader_on_email_confirmed")
def make_verified_member_a_reader(request, email_address, **kwargs):
    grant_role(email_address.user, Role.READER)
