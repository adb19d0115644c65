from django.apps import AppConfig


class TrainingConfig(AppConfig):
    """Training courses, modules and lessons, and learners' progress; lives beside the guidelines it teaches."""

    name = "guidelines.training"
    label = "training"
    verbose_name = "Training"
    default_auto_field = "django.db.models.BigAutoField"
    role_permissions = {
        "Trainer": ["training.view_lessonreviewflag", "training.change_lessonreviewflag"],
    }
    section_entry_points = "guidelines.training.sections.entry_points"
    demo_content = "guidelines.training.demo.load_demo_content"
    country_page_sections = "guidelines.training.country_page.country_page_section"

    def ready(self):
        from search.sources import register_source

        from . import signals  # noqa: F401
        from .guideline_links import connect_edition_hook
        from .search_source import TrainingPageSource

        register_source(TrainingPageSource())
        connect_edition_hook()
