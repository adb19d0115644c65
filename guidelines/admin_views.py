"""The editors' view of reader feedback: yes/no counts per edition and the latest comments.

A Wagtail ReportView, so it has the admin's listing and its CSV/XLSX export (cells that a spreadsheet
would run as formulas are guarded by portal.spreadsheets).
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from guidelines.models import GuidelineFeedback
from guidelines.selectors import feedback_counts

LATEST_COMMENTS = 50


class GuidelineFeedbackReport(ReportView):
    page_title = _("Guideline feedback")
    header_icon = "help"
    template_name = "guidelines/admin/feedback_report.html"
    index_url_name = "guidelines_feedback_report"
    index_results_url_name = "guidelines_feedback_report_results"
    permission_policy = ModelPermissionPolicy(GuidelineFeedback)
    permission_required = "view"
    no_results_message = _("No edition has been published yet.")
    columns = [
        Column("guideline__title", label=_("Guideline")),
        Column("guideline__locale__language_code", label=_("Language")),
        Column("label", label=_("Edition")),
        Column("yes", label=_("Yes")),
        Column("no", label=_("No")),
        Column("comments", label=_("Comments")),
    ]
    list_export = [column.accessor for column in columns]
    export_headings = {column.accessor: column.label for column in columns}

    def get_queryset(self):
        return feedback_counts()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["comments"] = GuidelineFeedback.objects.exclude(comment="").select_related("edition__guideline")[
            :LATEST_COMMENTS
        ]
        return context
