"""Who may read an evidence item: public, signed-in verified members, or the members of one group.

The same rule feeds the pages, the file downloads, the evidence list and the search documents' visibility.
"""

from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import render

from portal.roles import member_groups

from .choices import Access


def is_verified_member(user) -> bool:
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    from allauth.account.models import EmailAddress

    cached = getattr(user, "_evidence_verified", None)
    if cached is None:
        cached = user.is_superuser or EmailAddress.objects.filter(user=user, verified=True).exists()
        user._evidence_verified = cached
    return cached


def readable_group_ids(user) -> set[int] | None:
    """The group ids whose items the user may read; None for a superuser (every group)."""
    if user is not None and user.is_authenticated and user.is_superuser:
        return None
    if not is_verified_member(user):
        return set()
    return set(member_groups(user))


def can_read(*, user, item) -> bool:
    if item.access == Access.PUBLIC:
        return True
    if not is_verified_member(user):
        return False
    if item.access == Access.MEMBERS:
        return True
    groups = readable_group_ids(user)
    return groups is None or item.access_group_id in groups


def waits_for_email_verification(*, user, item) -> bool:
    """True when the only thing between this signed-in reader and the item is their unverified email address."""
    if user is None or not user.is_authenticated or not user.is_active or is_verified_member(user):
        return False
    if item.access == Access.MEMBERS:
        return True
    return item.access == Access.GROUP and user.groups.filter(pk=item.access_group_id).exists()


def refuse(request, *, item):
    """Outsiders are sent to sign in; a member whose email is unverified is told to verify it (403); any other
    signed-in reader without access sees "not found", as if the item did not exist."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if waits_for_email_verification(user=request.user, item=item):
        return render(request, "evidence/verify_email.html", status=403)
    raise Http404


def sync_view_restriction(*, item) -> None:
    """After: Wagtail's view restriction matches the item's access, so every page listing (home page, menus,
    `.public()` querysets) leaves out what outsiders may not read. Called inside the publishing transaction."""
    from wagtail.models import PageViewRestriction

    restrictions = PageViewRestriction.objects.filter(page=item)
    if item.access == Access.PUBLIC:
        restrictions.delete()
        return
    kind = PageViewRestriction.LOGIN if item.access == Access.MEMBERS else PageViewRestriction.GROUPS
    restriction = restrictions.first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(page=item, restriction_type=kind)
    elif restriction.restriction_type != kind:
        restriction.restriction_type = kind
        restriction.save(update_fields=["restriction_type"])
    restrictions.exclude(pk=restriction.pk).delete()
    restriction.groups.set(
        [item.access_group_id] if kind == PageViewRestriction.GROUPS and item.access_group_id else []
    )
