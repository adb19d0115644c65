"""Moves and privacy changes reach the index for a page and its whole subtree, whichever app owns the pages.

A page moved elsewhere changes the URL of every page below it; a view restriction added, changed or
removed changes who may see the page and everything below it. Sources built on Wagtail pages answer
`keys_for_pages(page_ids)` (see search.sources), and the affected keys get outbox rows in the same
transaction as the move or the privacy change.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import post_page_move

from .outbox import record_changes
from .sources import registered_sources


def record_subtree_change(page: Page) -> None:
    page_ids = list(Page.objects.descendant_of(page, inclusive=True).values_list("id", flat=True))
    for name, source in registered_sources().items():
        keys_for_pages = getattr(source, "keys_for_pages", None)
        if keys_for_pages is None:
            continue
        record_changes(source=name, keys=keys_for_pages(page_ids))


def _on_move(sender, instance, **kwargs):
    record_subtree_change(instance)


def _on_restriction_change(sender, instance, **kwargs):
    try:
        restricted = instance.page
    except Page.DoesNotExist:  # the page itself is being deleted; its own delete signal records it
        return
    record_subtree_change(restricted)


def _on_restriction_groups_change(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        _on_restriction_change(sender, instance)


def connect() -> None:
    post_page_move.connect(_on_move, dispatch_uid="search-page-moved")
    post_save.connect(_on_restriction_change, sender=PageViewRestriction, dispatch_uid="search-restriction-saved")
    post_delete.connect(_on_restriction_change, sender=PageViewRestriction, dispatch_uid="search-restriction-deleted")
    m2m_changed.connect(
        _on_restriction_groups_change,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="search-restriction-groups",
    )
