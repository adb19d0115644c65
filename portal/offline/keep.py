"""What "keep for offline" downloads for a page (a guideline edition, a course): public pages only, as URL lists.

The content apps say what to keep through the `offline_keep_list` extension (portal.extensions)."""

import re
from dataclasses import dataclass, field
from html import unescape

from django.conf import settings
from django.templatetags.static import static

from wagtail.models import Page

from portal.extensions import app_hooks

SHELL_ASSETS = ("css/portal.css", "js/offline.js", "img/favicon.svg")
_IMAGE_SOURCE = re.compile(r'<img\b[^>]*\bsrc="([^"]+)"', re.IGNORECASE)


@dataclass
class KeepList:
    key: str  # names the device's cache: one per edition or course, so removing one leaves the others
    title: str
    urls: list[str]
    checks: dict[str, dict] = field(default_factory=dict)  # lesson id → questions (never which answer is right)


def public_page(page_id: int) -> Page | None:
    """A live page nobody needs to sign in for; private pages are never offered for a device to keep."""
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None or page.get_view_restrictions().exists():
        return None
    return page.specific


def keep_list(*, page: Page, edition_label: str = "") -> KeepList | None:
    """The URLs a reader needs to read `page` offline, or None if no app keeps such pages (`offline_keep_list`)."""
    for app_keep_list in app_hooks("offline_keep_list"):
        kept = app_keep_list(page, edition_label=edition_label)
        if kept is not None:
            return kept
    return None


def shell_assets() -> list[str]:
    """The style sheet, script and icon every kept page needs."""
    return [static(name) for name in SHELL_ASSETS]


def media_urls(html: str) -> list[str]:
    """The portal's own images in `html` (renditions under MEDIA_URL), once each, in reading order: a kept page
    shows its pictures offline. Images from elsewhere are not fetched for the reader."""
    sources = (unescape(source) for source in _IMAGE_SOURCE.findall(str(html)))
    return list(dict.fromkeys(source for source in sources if source.startswith(settings.MEDIA_URL)))
