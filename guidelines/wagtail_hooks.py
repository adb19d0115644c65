"""Admin: the 'Was this helpful?' report for editors, under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from guidelines.admin_views import feedback_report


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
