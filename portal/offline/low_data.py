"""Low-data mode: text only. Images become a link with their size, non-essential scripts are left out.

Applied to the finished HTML outside the page cache, so one stored page serves both modes; the ETag gets a
suffix in low-data mode so a browser never revalidates one mode's copy into the other.
"""

import os
import re

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils.html import escape
from django.utils.translation import gettext as _

COOKIE = "low_data"
ETAG_SUFFIX = "-low"
IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
SCRIPT = re.compile(r"<script\b(?![^>]*\bdata-essential\b)[^>]*\bsrc=\"([^\"]+)\"[^>]*>\s*</script>", re.IGNORECASE)
ATTRIBUTE = re.compile(r'\b(src|alt)="([^"]*)"')
MODE_FIELD = 'value="on" data-low-data-mode'
BUTTON = 'aria-pressed="false" data-low-data-button'
SAVED = "<span data-low-data-saved></span>"


def is_on(request) -> bool:
    return request.COOKIES.get(COOKIE) == "1"


def asset_size(url: str) -> int | None:
    """Bytes of a static or media file named by its URL; None when it is not ours or cannot be read."""
    path = url.split("?")[0]
    try:
        if path.startswith(settings.MEDIA_URL):
            return default_storage.size(path.removeprefix(settings.MEDIA_URL))
        if path.startswith(settings.STATIC_URL):
            name = path.removeprefix(settings.STATIC_URL)
            found = finders.find(name) if settings.STATIC_ROOT is None else None  # nothing collected: tests, dev
            return os.path.getsize(found) if found else staticfiles_storage.size(name)
    except (OSError, ValueError, NotImplementedError):
        return None
    return None


def text_only(html: str) -> tuple[str, int]:
    """The page without images (a link to each, with its size) and without non-essential scripts; bytes saved."""
    saved = 0

    def image_link(match) -> str:
        nonlocal saved
        attributes = dict(ATTRIBUTE.findall(match.group(0)))
        src = attributes.get("src", "")
        size = asset_size(src)
        saved += size or 0
        label = attributes.get("alt") or _("Image")
        show = _("Show image (%(size)s)") % {"size": filesizeformat(size)} if size else _("Show image")
        return f'<a class="low-data-image" href="{src}">{label} · {escape(show)}</a>'

    def script_removed(match) -> str:
        nonlocal saved
        saved += asset_size(match.group(1)) or 0
        return ""

    html = IMAGE.sub(image_link, html)
    html = SCRIPT.sub(script_removed, html)
    return html, saved


class LowDataMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        low = is_on(request)
        condition = request.META.pop("HTTP_IF_NONE_MATCH", "")
        if low == (ETAG_SUFFIX + '"' in condition) and condition:  # only a copy of this same mode may be reused
            request.META["HTTP_IF_NONE_MATCH"] = condition.replace(ETAG_SUFFIX + '"', '"')
        response = self.get_response(request)
        if not low:
            return response
        if response.has_header("ETag"):
            response["ETag"] = response["ETag"][:-1] + ETAG_SUFFIX + '"'
        if response.status_code != 200 or response.streaming or "text/html" not in response.get("Content-Type", ""):
            return response
        html, saved = text_only(response.content.decode(response.charset))
        html = html.replace(MODE_FIELD, 'value="off" data-low-data-mode').replace(
            BUTTON, 'aria-pressed="true" data-low-data-button'
        )
        note = _("Low-data mode is on: %(size)s not downloaded on this page.") % {"size": filesizeformat(saved)}
        html = html.replace(SAVED, f'<span class="low-data-saved" data-low-data-saved>{escape(note)}</span>')
        response.content = html.encode(response.charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
