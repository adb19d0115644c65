from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflinePacksConfig(AppConfig):
    name = "portal.offline_packs"
    label = "offline_packs"  # the label it had as a top-level app: URL namespace and templates stay
    verbose_name = _("Field packs")
