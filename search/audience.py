"""Who is searching, reduced to what they may see: the filter both engines put in every query."""

from dataclasses import dataclass

from portal.roles import member_groups

from .sources import Visibility


@dataclass(frozen=True)
class Audience:
    member: bool = False  # a signed-in member with a verified email
    groups: tuple[str, ...] = ()
    everything: bool = False  # superusers see every document

    @property
    def visibilities(self) -> tuple[str, ...]:
        return (Visibility.PUBLIC, Visibility.MEMBERS) if self.member else (Visibility.PUBLIC,)


ANONYMOUS = Audience()


def audience_for(user) -> Audience:
    """Anonymous: public only; verified member: + members; + documents shared with one of their groups."""
    if user is None or not user.is_authenticated or not user.is_active:
        return ANONYMOUS
    if user.is_superuser:
        return Audience(member=True, groups=(), everything=True)
    from allauth.account.models import EmailAddress

    verified = EmailAddress.objects.filter(user=user, verified=True).exists()
    if not verified:
        return ANONYMOUS
    return Audience(member=True, groups=tuple(sorted(member_groups(user).values())))
