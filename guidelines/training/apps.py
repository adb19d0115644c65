from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    """Training courses, modules and lessons, and learners' progress; lives beside the guidelines it teaches."""

    name = "guidelines.training"
    label = "training"
    verbose_name = _("Training")
    default_auto_field = "django.db.models.BigAutoField"
    role_permissions = {
        "Trainer": [
            "training.view_lessonreviewflag",
            "training.change_lessonreviewflag",
            "training.view_course_report",
        ],
    }
    section_entry_points = "guidelines.training.sections.entry_points"
    demo_content = "guidelines.training.demo.load_demo_content"
    offline_keep_list = "guidelines.training.offline.keep_list"
    field_pack_files = "guidelines.training.offline.field_pack_files"
    country_page_sections = "guidelines.training.country_page.country_page_section"

    def ready(self):
        from portal.admin_names import admin_names_register
        from search.sources import register_source

        from . import signals  # noqa: F401
        from .guideline_links import connect_edition_hook
        from .search_source import TrainingPageSource
        from .section import TASK_NAME, WORKFLOW_NAME

        register_source(TrainingPageSource())
        admin_names_register(WORKFLOW_NAME, TASK_NAME)
        connect_edition_hook()
