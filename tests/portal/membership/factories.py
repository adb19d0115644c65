"""Factories for membership: requests to post and trusted domains."""

import factory

from portal.models import MembershipRequest, TrustedDomain
from portal.roles import Role
from tests.portal.factories import CountryFactory, UserFactory


class MembershipRequestFactory(factory.django.DjangoModelFactory):
    """A pending request from a verified Reader (made directly, no rules applied)."""

    class Meta:
        model = MembershipRequest

    member = factory.SubFactory(UserFactory, roles=[Role.READER])
    organisation = "IOM Guinea"
    role_title = "Reintegration assistant"
    country = factory.SubFactory(CountryFactory, code="GN", name_en="Guinea", name_fr="Guinée", name_ar="غينيا")
    reason = "I follow up returnees in Conakry and want to share what works."


class TrustedDomainFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrustedDomain
        django_get_or_create = ("domain",)

    domain = "iom.int"
    organisation = "IOM"
