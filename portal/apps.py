from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"
    demo_content = "portal.demo.load_demo_content"
    taxonomy_names = "portal.selectors.taxonomy_names"

    def ready(self):
        from . import checks, signals  # noqa: F401
        from .admin_names import admin_names_install, admin_names_register
        from .page_cache import invalidation, pages  # noqa: F401  (pages registers its Wagtail hook)
        from .roles import Role, sync_role_permissions
        from .search_source import connect as connect_search_source
        from .spreadsheets import guard_wagtail_exports

        guard_wagtail_exports()
        admin_names_install()
        admin_names_register(*(role.value for role in Role))  # the role groups, named by their msgids

        post_migrate.connect(sync_role_permissions, dispatch_uid="portal.sync_role_permissions")
        invalidation.connect()
        connect_search_source()
        signals.connect_permission_changes()
        _connect_country_directory()


def _connect_country_directory() -> None:
    """The country names that label search results are cached: a change to a country forgets them."""
    from django.db.models.signals import post_delete, post_save

    from .countries.selectors import forget_directory
    from .models import Country

    post_save.connect(forget_directory, sender=Country, dispatch_uid="portal.countries.directory.saved")
    post_delete.connect(forget_directory, sender=Country, dispatch_uid="portal.countries.directory.deleted")
