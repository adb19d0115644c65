"""Factories for the portal core: members (verified, with roles), countries and topics."""

import time

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value

from portal.models import Country, Topic, User
from portal.roles import Role, grant_role

DEFAULT_PASSWORD = "correct-horse-battery-staple"
# The authenticator-app secret of members made with `totp=True`.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def current_totp_code(secret: str = TOTP_SECRET) -> str:
    """The code an authenticator app with `secret` shows right now."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


class CountryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"{chr(ord('A') + n // 26 % 26)}{chr(ord('A') + n % 26)}")
    name_en = factory.Sequence(lambda n: f"Country {n}")
    name_fr = factory.LazyAttribute(lambda country: f"Pays {country.name_en}")
    name_ar = factory.LazyAttribute(lambda country: f"بلد {country.name_en}")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")
    name_fr = factory.LazyAttribute(lambda topic: f"Thème {topic.name_en}")
    name_ar = factory.LazyAttribute(lambda topic: f"موضوع {topic.name_en}")


class UserFactory(factory.django.DjangoModelFactory):
    """A member who can sign in: password DEFAULT_PASSWORD, primary email verified, Reader plus `roles`.

    `UserFactory(roles=[Role.EDITOR])` for an editor; `UserFactory(verified=False)` for an account
    still waiting for its verification link; `totp=True` sets up the second factor (TOTP_SECRET) that
    staff roles need before any page their role opens.
    """

    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Member {n}")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def verified(user, create, extracted, **kwargs):
        """The primary EmailAddress allauth checks at login; verified unless `verified=False`."""
        if not create:
            return
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"primary": True, "verified": extracted is not False}
        )

    @factory.post_generation
    def roles(user, create, extracted, **kwargs):
        """Every verified member is a Reader; `roles=[Role.EDITOR, ...]` adds more."""
        if not create:
            return
        if extracted:
            for role in extracted:
                grant_role(user, Role(role))
        elif EmailAddress.objects.filter(user=user, verified=True).exists():
            grant_role(user, Role.READER)

    @factory.post_generation
    def totp(user, create, extracted, **kwargs):
        """`totp=True`: an authenticator app is set up with TOTP_SECRET."""
        if create and extracted:
            TOTP.activate(user, TOTP_SECRET)
