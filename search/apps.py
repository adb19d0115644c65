from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    default_auto_field = "django.db.models.BigAutoField"
    role_permissions = {
        "Editor": ["search.add_glossaryconcept", "search.change_glossaryconcept", "search.delete_glossaryconcept"],
    }
    readiness_checks = "search.health.readiness_checks"

    def ready(self):
        from . import page_changes

        page_changes.connect()
