"""The trainer's course report in the admin: figures, per-country table, chart, and one row per enrolment.

A Wagtail ReportView, so its rows have the admin's listing and its CSV/XLSX export; cells that a spreadsheet
would run as formulas are guarded (portal.spreadsheets.guard_wagtail_exports for CSV, Wagtail for XLSX).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from .models import CoursePage
from .reports import ROW_COLUMNS, course_report, course_report_rows, is_course_report_reader


class CourseReportView(ReportView):
    page_title = _("Course report")
    header_icon = "doc-full"
    template_name = "training/admin/course_report.html"
    no_results_message = _("No one has enrolled in this course yet.")
    columns = [Column(key, label=label) for key, label in ROW_COLUMNS]
    list_export = [key for key, _label in ROW_COLUMNS]
    export_headings = dict(ROW_COLUMNS)

    def dispatch(self, request, *args, **kwargs):
        if not is_course_report_reader(request.user):
            raise PermissionDenied(_("Only trainers and administrators can read course reports."))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def course(self) -> CoursePage:
        return get_object_or_404(CoursePage, pk=self.kwargs["course_id"])

    def get_page_subtitle(self):
        return self.course.title

    def get_index_url(self):
        return reverse("training_course_report", args=[self.course.pk])

    def get_index_results_url(self):
        return reverse("training_course_report_results", args=[self.course.pk])

    def get_queryset(self):
        return course_report_rows(course=self.course)

    def get_filename(self):
        return f"course-{slugify(self.course.slug)}-report"

    def stream_csv(self, queryset):
        yield "\ufeff"  # lets spreadsheet programs read Arabic and French names correctly
        yield from super().stream_csv(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["course"] = self.course
        if not self.is_export:  # the figures are for the page; an export holds the rows only
            context["report"] = course_report(course=self.course)
        return context
