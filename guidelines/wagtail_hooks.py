"""Admin: the 'Was this helpful?' report for editors, under Reports."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from guidelines.admin_views import feedback_report
from guidelines.forms import review_may_be_skipped
from guidelines.models import GuidelinePage


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("guidelines.view_guidelinefeedback")


@hooks.register("register_admin_urls")
def register_feedback_report_url():
    return [path("reports/guideline-feedback/", feedback_report, name="guidelines_feedback_report")]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackReportMenuItem(
        _("Guideline feedback"), reverse("guidelines_feedback_report"), icon_name="help", order=700
    )


@hooks.register("construct_page_action_menu")
def hide_direct_publish_of_guidelines(menu_items, request, context):
    """Editors see 'Submit to Guideline review', not 'Publish', on a guideline."""
    page = context.get("page")
    if isinstance(page, GuidelinePage) and not review_may_be_skipped(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_guidelines(request, action_type, objects, action_class_instance):
    publishing = action_type == "publish" and not review_may_be_skipped(request.user)
    if publishing and any(isinstance(getattr(obj, "specific", obj), GuidelinePage) for obj in objects):
        raise PermissionDenied
