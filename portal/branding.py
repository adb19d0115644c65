"""The portal's name as readers see it: in their language, never the host name a request happened to use."""

from django.conf import settings
from django.utils.translation import gettext


def portal_name() -> str:
    """The name in the active language (the same words as the header and the page titles)."""
    return gettext("Case management community of practice")


def email_subject(subject: str) -> str:
    """`subject` prefixed with the portal's name in the active language: "[Communauté de pratique…] …"."""
    return f"[{portal_name()}] {subject}"


class PortalSite:
    """Stands in for django.contrib.sites' Site in allauth's emails ("Hello from {{ site_name }}!")."""

    @property
    def name(self) -> str:
        return portal_name()

    @property
    def domain(self) -> str:
        return settings.WAGTAILADMIN_BASE_URL.split("://", 1)[-1].rstrip("/")
