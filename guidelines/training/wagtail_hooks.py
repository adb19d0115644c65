from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_report import CourseReportView
from .admin_views import can_review_lessons, lessons_needing_review


@hooks.register("register_admin_urls")
def register_training_admin_urls():
    return [
        path("training/needs-review/", lessons_needing_review, name="training_lessons_needing_review"),
        path("reports/courses/<int:course_id>/", CourseReportView.as_view(), name="training_course_report"),
        path(
            "reports/courses/<int:course_id>/results/",
            CourseReportView.as_view(results_only=True),
            name="training_course_report_results",
        ),
    ]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review_lessons(request.user)


@hooks.register("register_admin_menu_item")
def register_lessons_needing_review_menu_item():
    return ReviewMenuItem(
        _("Lessons needing review"), reverse("training_lessons_needing_review"), icon_name="warning", order=450
    )
