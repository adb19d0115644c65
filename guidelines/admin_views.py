"""The editors' view of reader feedback: yes/no counts per edition and the latest comments."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse

from guidelines.models import GuidelineFeedback
from guidelines.selectors import feedback_counts


def feedback_report(request):
    if not request.user.has_perm("guidelines.view_guidelinefeedback"):
        raise PermissionDenied

    comments = GuidelineFeedback.objects.exclude(comment="").select_related("edition__guideline")[:50]
    return TemplateResponse(
        request, "guidelines/admin/feedback_report.html", {"rows": feedback_counts(), "comments": comments}
    )
