"""A Reader asks to post; a moderator approves or declines; the member is told in their own language."""

import pytest
from allauth.account.models import EmailAddress

from django.core import mail
from django.test import TestCase

from forum.models import ModerationLogEntry
from portal.membership.errors import MembershipRefused
from portal.membership.services import (
    membership_request_approve,
    membership_request_decline,
    membership_request_submit,
)
from portal.models import MembershipRequest, MembershipStatus, TrustedDomain
from portal.roles import Role, user_roles
from tests.portal.factories import CountryFactory, UserFactory

from .factories import TrustedDomainFactory


def _as_next_request(user):
    """The member as their next request loads them: roles are read once per request and kept on the object."""
    return type(user).objects.get(pk=user.pk)


def roles_next_request(user) -> set[str]:
    return user_roles(_as_next_request(user))


pytestmark = pytest.mark.django_db


def _submit(member, country, **overrides):
    data = {
        "organisation": "IOM Guinea",
        "role_title": "Caseworker",
        "country": country,
        "reason": "I follow up returnees in Kankan.",
    }
    data.update(overrides)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return membership_request_submit(member=member, **data)


def _decide(decide, **kwargs):
    with TestCase.captureOnCommitCallbacks(execute=True):
        return decide(**kwargs)


def test_a_reader_request_waits_for_a_moderator(reader, guinea):
    request = _submit(reader, guinea)
    assert request.status == MembershipStatus.PENDING
    assert Role.PRACTITIONER.value not in roles_next_request(reader)
    assert mail.outbox == []


def test_a_request_fills_the_blank_profile_fields_and_keeps_written_ones(reader, guinea):
    reader.organisation = "Caritas"
    reader.save()
    _submit(reader, guinea, organisation="IOM Guinea", role_title="Caseworker")
    reader.refresh_from_db()
    assert (reader.organisation, reader.role_title, reader.country) == ("Caritas", "Caseworker", guinea)


def test_a_second_request_while_one_is_pending_is_refused(reader, guinea):
    _submit(reader, guinea)
    with pytest.raises(MembershipRefused) as refused:
        _submit(reader, guinea)
    assert refused.value.code == "pending"
    assert MembershipRequest.objects.count() == 1


def test_an_unverified_member_cannot_ask(guinea):
    member = UserFactory(verified=False)
    with pytest.raises(MembershipRefused) as refused:
        _submit(member, guinea)
    assert refused.value.code == "unverified"


@pytest.mark.parametrize("role", [Role.PRACTITIONER, Role.MODERATOR, Role.EDITOR, Role.TRAINER])
def test_a_member_who_already_posts_is_told_so(guinea, role):
    with pytest.raises(MembershipRefused) as refused:
        _submit(UserFactory(roles=[role]), guinea)
    assert refused.value.code == "already_member"


def test_a_country_outside_the_programme_is_refused(reader):
    elsewhere = CountryFactory(code="FR", name_en="France", is_programme_country=False)
    with pytest.raises(MembershipRefused) as refused:
        _submit(reader, elsewhere)
    assert refused.value.field == "country"


@pytest.mark.parametrize("field", ["organisation", "role_title", "reason"])
def test_every_field_is_required(reader, guinea, field):
    with pytest.raises(MembershipRefused) as refused:
        _submit(reader, guinea, **{field: "   "})
    assert refused.value.field == field


def test_approval_makes_a_practitioner_logs_and_emails_in_french(reader, moderator, guinea):
    reader.preferred_language = "fr"
    reader.save()
    request = _submit(reader, guinea)
    _decide(membership_request_approve, reviewer=moderator, request=request, reason="Known partner")
    assert Role.PRACTITIONER.value in roles_next_request(reader)
    assert _as_next_request(reader).has_perm("forum.add_topic")
    entry = ModerationLogEntry.objects.get()
    assert (entry.moderator, entry.action, entry.details["member"]) == (moderator, "approve_member", "Aminata")
    [message] = mail.outbox
    assert message.to == [reader.email]
    assert "Pays: Guinée" in message.body
    assert 'lang="fr"' in message.alternatives[0][0]
    assert "List-Unsubscribe" not in message.extra_headers


def test_decline_needs_a_reason_the_member_reads_in_arabic(reader, moderator, guinea):
    reader.preferred_language = "ar"
    reader.save()
    request = _submit(reader, guinea)
    with pytest.raises(MembershipRefused):
        _decide(membership_request_decline, reviewer=moderator, request=request, reason=" ")
    _decide(membership_request_decline, reviewer=moderator, request=request, reason="نحتاج إلى اسم منظمتك")
    assert Role.PRACTITIONER.value not in roles_next_request(reader)
    [message] = mail.outbox
    assert "نحتاج إلى اسم منظمتك" in message.body
    assert "غينيا" in message.body
    assert 'dir="rtl"' in message.alternatives[0][0]
    assert ModerationLogEntry.objects.get().action == "decline_member"


def test_a_request_is_answered_once(reader, moderator, guinea):
    request = _submit(reader, guinea)
    _decide(membership_request_decline, reviewer=moderator, request=request, reason="Not a caseworker")
    with pytest.raises(MembershipRefused) as refused:
        membership_request_approve(reviewer=moderator, request=MembershipRequest.objects.get(), reason="")
    assert refused.value.code == "decided"
    assert Role.PRACTITIONER.value not in roles_next_request(reader)


def test_a_declined_member_may_ask_again(reader, moderator, guinea):
    _decide(membership_request_decline, reviewer=moderator, request=_submit(reader, guinea), reason="Say more")
    assert _submit(reader, guinea, reason="I am a caseworker at IOM Guinea.").status == MembershipStatus.PENDING


@pytest.mark.parametrize("role", [Role.READER, Role.PRACTITIONER, Role.EDITOR, Role.TRAINER])
def test_only_moderators_and_administrators_decide(reader, guinea, role):
    request = _submit(reader, guinea)
    with pytest.raises(MembershipRefused) as refused:
        membership_request_approve(reviewer=UserFactory(roles=[role]), request=request)
    assert refused.value.code == "forbidden"


def test_an_administrator_decides_too(reader, guinea):
    administrator = UserFactory(roles=[Role.ADMINISTRATOR])
    _decide(membership_request_approve, reviewer=administrator, request=_submit(reader, guinea))
    assert Role.PRACTITIONER.value in roles_next_request(reader)


def test_a_verified_address_in_a_trusted_domain_is_approved_at_once(guinea):
    TrustedDomainFactory(domain="iom.int")
    member = UserFactory(email="fatou@guinea.iom.int", roles=[Role.READER])
    request = _submit(member, guinea)
    request.refresh_from_db()
    assert request.status == MembershipStatus.APPROVED
    assert request.decided_by is None
    assert Role.PRACTITIONER.value in roles_next_request(member)
    assert len(mail.outbox) == 1
    assert ModerationLogEntry.objects.count() == 0


def test_an_unverified_address_in_a_trusted_domain_is_not_trusted(reader, guinea):
    TrustedDomainFactory(domain="iom.int")
    EmailAddress.objects.create(user=reader, email="aminata@iom.int", verified=False, primary=False)
    assert _submit(reader, guinea).status == MembershipStatus.PENDING


def test_a_lookalike_domain_is_not_trusted(guinea):
    TrustedDomainFactory(domain="iom.int")
    member = UserFactory(email="someone@fakeiom.int", roles=[Role.READER])
    assert _submit(member, guinea).status == MembershipStatus.PENDING


def test_demo_has_a_pending_request_and_a_trusted_domain():
    from portal.demo import load_accounts, load_countries, load_membership

    load_countries()
    load_accounts()
    load_membership()
    load_membership()
    [pending] = MembershipRequest.objects.pending()
    assert pending.member.email == "karim.haddad@example.org"
    assert TrustedDomain.objects.filter(domain="iom.int").exists()


def test_confirming_an_address_in_a_trusted_domain_makes_a_practitioner_at_once(rf):
    from allauth.account.signals import email_confirmed

    TrustedDomainFactory(domain="iom.int")
    member = UserFactory(email="awa@iom.int", verified=False)
    address = EmailAddress.objects.get(user=member)
    address.verified = True
    address.save()
    email_confirmed.send(sender=EmailAddress, request=rf.get("/"), email_address=address)
    assert {Role.READER.value, Role.PRACTITIONER.value} <= roles_next_request(member)


def test_confirming_an_address_elsewhere_makes_a_reader_only(rf):
    from allauth.account.signals import email_confirmed

    TrustedDomainFactory(domain="iom.int")
    member = UserFactory(email="awa@example.org", verified=False)
    address = EmailAddress.objects.get(user=member)
    address.verified = True
    address.save()
    email_confirmed.send(sender=EmailAddress, request=rf.get("/"), email_address=address)
    assert roles_next_request(member) == {Role.READER.value}
