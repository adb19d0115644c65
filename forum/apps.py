from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

_POSTING = ["forum.add_topic", "forum.add_post"]
_STAFF_POSTING = [*_POSTING, "forum.post_without_review"]


class ForumConfig(AppConfig):
    name = "forum"
    verbose_name = _("Forum")
    default_auto_field = "django.db.models.BigAutoField"

    # Readers read, react and flag (being signed in is enough); posting roles start topics and reply.
    role_permissions = {
        "Practitioner": _POSTING,
        "Trainer": _STAFF_POSTING,
        "Editor": _STAFF_POSTING,
        "Moderator": [*_STAFF_POSTING, "forum.moderate_forum", "forum.add_category", "forum.change_category"],
    }
    section_entry_points = "forum.sections.entry_points"
    demo_content = "forum.demo.load_demo_content"
    section_discussions = "forum.selectors.discussions_about_section"
    section_discussions_by_anchor = "forum.selectors.discussions_by_section"
    evidence_discussions = "forum.selectors.discussions_citing_evidence"
    field_pack_files = "forum.field_pack.field_pack_files"
    country_page_sections = "forum.country_page.country_page_section"

    def ready(self):
        from search.sources import register_source

        from . import signals  # noqa: F401
        from .search_source import ForumTopicSource

        register_source(ForumTopicSource())
