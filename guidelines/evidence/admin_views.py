"""The admin's "PDFs needing OCR" list: evidence files whose text could not be read, so they cannot be searched."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .choices import TextStatus
from .models import EvidenceFile, EvidenceIndexPage


def can_edit_evidence(user) -> bool:
    if not user.is_authenticated:
        return False
    return any(index.permissions_for_user(user).can_add_subpage() for index in EvidenceIndexPage.objects.all())


def files_needing_ocr(request):
    if not can_edit_evidence(request.user):
        raise PermissionDenied
    files = (
        EvidenceFile.objects.filter(text_status__in=[TextStatus.NEEDS_OCR, TextStatus.FAILED])
        .select_related("page__locale")
        .order_by("-pk")
    )
    return TemplateResponse(
        request, "evidence/admin/files_needing_ocr.html", {"files": files, "page_title": _("PDFs needing OCR")}
    )
