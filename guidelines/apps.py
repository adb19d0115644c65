from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidelinesConfig(AppConfig):
    """Versioned case-management guidelines: pages, immutable editions, comparison, citations."""

    name = "guidelines"
    verbose_name = _("Guidelines")
    default_auto_field = "django.db.models.BigAutoField"

    role_permissions = {
        "Editor": ["guidelines.view_guidelinefeedback", "guidelines.view_guidelineedition"],
    }
    section_entry_points = "guidelines.sections.entry_points"
    demo_content = "guidelines.demo.load_demo_content"
    section_citation = "guidelines.selectors.section_citation"
    offline_keep_list = "guidelines.offline.keep_list"
    field_pack_files = "guidelines.offline.field_pack_files"
    country_page_sections = "guidelines.country_page.country_page_section"

    def ready(self):
        from django.db.models.signals import post_save, pre_delete

        from wagtail.signals import page_published, page_unpublished

        from portal.admin_names import admin_names_register
        from search.sources import register_source

        from . import receivers
        from .models import GuidelineIndexPage, GuidelinePage
        from .search_source import GuidelineSource
        from .services import REVIEW_TASK_NAME, REVIEW_WORKFLOW_NAME

        page_published.connect(receivers.on_page_published, sender=GuidelinePage, dispatch_uid="guidelines_edition")
        page_unpublished.connect(receivers.on_page_gone, sender=GuidelinePage, dispatch_uid="guidelines_unpublished")
        pre_delete.connect(receivers.on_page_gone, sender=GuidelinePage, dispatch_uid="guidelines_deleted")
        post_save.connect(receivers.on_index_page_saved, sender=GuidelineIndexPage, dispatch_uid="guidelines_index")
        register_source(GuidelineSource())
        admin_names_register(REVIEW_WORKFLOW_NAME, REVIEW_TASK_NAME)
