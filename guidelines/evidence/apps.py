from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvidenceConfig(AppConfig):
    """The evidence library: information notes, reports, assessments and datasets, searched to the PDF page."""

    name = "guidelines.evidence"
    label = "evidence"
    verbose_name = _("Evidence")
    default_auto_field = "django.db.models.BigAutoField"
    demo_content = "guidelines.evidence.demo.loader.load_demo_content"
    evidence_citation = "guidelines.evidence.selectors.evidence_citation"
    evidence_reader_citation = "guidelines.evidence.citations.evidence_citation_for_reader"
    country_page_sections = "guidelines.evidence.country_page.country_page_section"

    def ready(self):
        from portal.admin_names import admin_names_register
        from search.sources import register_source

        from . import signals
        from .search_source import EvidenceSource
        from .section import TASK_NAME, WORKFLOW_NAME

        admin_names_register(WORKFLOW_NAME, TASK_NAME)
        signals.connect()
        register_source(EvidenceSource())
