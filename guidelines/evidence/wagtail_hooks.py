from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import can_edit_evidence, files_needing_ocr


@hooks.register("register_admin_urls")
def register_evidence_admin_urls():
    return [path("evidence/needs-ocr/", files_needing_ocr, name="evidence_files_needing_ocr")]


class NeedsOcrMenuItem(MenuItem):
    def is_shown(self, request):
        return can_edit_evidence(request.user)


@hooks.register("register_admin_menu_item")
def register_files_needing_ocr_menu_item():
    return NeedsOcrMenuItem(
        _("PDFs needing OCR"), reverse("evidence_files_needing_ocr"), icon_name="doc-full", order=460
    )
