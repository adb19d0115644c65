from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflinePacksConfig(AppConfig):
    name = "offline_packs"
    verbose_name = _("Field packs")
