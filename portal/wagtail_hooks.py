"""Registers the portal's taxonomy in the Wagtail admin, and keeps reviewed pages from being published directly."""

from django.core.exceptions import PermissionDenied

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .viewsets import TaxonomyViewSetGroup, TrustedDomainViewSet
from .workflows import reviewed_form_class

register_snippet(TaxonomyViewSetGroup)
register_snippet(TrustedDomainViewSet)


def _page_classes(context) -> list[type]:
    """The page being edited, or the page types the parent accepts when one is being created."""
    page = context.get("page")
    if page is not None:
        return [page.specific_class]
    parent = context.get("parent_page")
    return parent.specific_class.allowed_subpage_models() if parent is not None else []


@hooks.register("construct_page_action_menu")
def reviewed_pages_offer_submit_not_publish(menu_items, request, context):
    """Where a page goes live through review, its editor offers 'Submit to …', not 'Publish'."""
    forms = [reviewed_form_class(page_class) for page_class in _page_classes(context)]
    if forms and all(form and not form.review_may_be_skipped(request.user) for form in forms):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_reviewed_pages(request, action_type, objects, action_class_instance):
    if action_type != "publish":
        return
    for page in objects:
        form = reviewed_form_class(getattr(page, "specific_class", type(page)))
        if form and not form.review_may_be_skipped(request.user):
            raise PermissionDenied
