"""Reads about membership: who already posts, a member's verified email domains, the review queue."""

from allauth.account.models import EmailAddress

from django.db.models import Prefetch, QuerySet

from ..models import MembershipRequest, TrustedDomain
from ..roles import Role, user_roles

REVIEW_PERMISSION = "portal.review_membership"
# Every role but Reader may post in the forum (its AppConfig grants them forum.add_topic).
POSTING_ROLES = frozenset(role.value for role in Role) - {Role.READER.value}


def may_post(user) -> bool:
    return user.is_authenticated and (user.is_superuser or bool(user_roles(user) & POSTING_ROLES))


def is_membership_reviewer(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(REVIEW_PERMISSION))


def verified_domains(user) -> list[str]:
    """The domains of the member's verified email addresses, lower case, primary first."""
    return _domains(EmailAddress.objects.filter(user=user, verified=True).order_by("-primary", "id"))


def _domains(addresses) -> list[str]:
    return list(dict.fromkeys(address.email.rsplit("@", 1)[-1].lower() for address in addresses))


def trusted_domain_for(user) -> TrustedDomain | None:
    """The trusted domain one of the member's verified addresses is in (subdomains included), if any."""
    domains = verified_domains(user)
    if not domains:
        return None
    candidates = {domain.split(".", i)[-1] for domain in domains for i in range(domain.count("."))} | set(domains)
    return TrustedDomain.objects.filter(domain__in=candidates).order_by("domain").first()


def latest_request(user) -> MembershipRequest | None:
    if not user.is_authenticated:
        return None
    return (
        MembershipRequest.objects.filter(member=user).select_related("country").order_by("-created_at", "-id").first()
    )


def pending_requests() -> QuerySet[MembershipRequest]:
    """Oldest first, each member's verified addresses fetched with them (`reviewable_domains`)."""
    verified = EmailAddress.objects.filter(verified=True).order_by("-primary", "id")
    return (
        MembershipRequest.objects.pending()
        .select_related("member__country", "country")
        .prefetch_related(Prefetch("member__emailaddress_set", queryset=verified, to_attr="verified_addresses"))
        .order_by("created_at", "id")
    )


def reviewable_domains(request: MembershipRequest) -> list[str]:
    """The verified domains of a request from `pending_requests` (no query)."""
    return _domains(request.member.verified_addresses)
