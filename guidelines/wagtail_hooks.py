"""Admin: the 'Was this helpful?' report for editors, under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from guidelines.admin_views import GuidelineFeedbackReport


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("guidelines.view_guidelinefeedback")


@hooks.register("register_admin_urls")
def register_feedback_report_url():
    return [
        path("reports/guideline-feedback/", GuidelineFeedbackReport.as_view(), name="guidelines_feedback_report"),
        path(
            "reports/guideline-feedback/results/",
            GuidelineFeedbackReport.as_view(results_only=True),
            name="guidelines_feedback_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackReportMenuItem(
        _("Guideline feedback"), reverse("guidelines_feedback_report"), icon_name="help", order=700
    )
