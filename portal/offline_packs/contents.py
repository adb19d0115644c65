"""What a country's field pack holds, as static files: public content only, read as an anonymous visitor.

Each file's bytes depend only on the content it shows (no build time, no absolute URL to this server), so an
unchanged item hashes the same in every build and a delta carries only what changed. The content apps give
their files through the `field_pack_files` extension (portal.extensions), with the helpers below.
"""

import re
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from wagtail.models import Site

from portal.extensions import app_hooks

STYLE_PATH = "style.css"
_ROOT_RELATIVE = re.compile(r'(href|src)="/(?!/)')


@dataclass(frozen=True)
class PackFile:
    path: str
    kind: str
    title: str
    version: str
    content: bytes


def _site_origin() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def online_links(html: str, *, origin: str) -> str:
    """Links to the portal (/en/guidelines/…, /documents/…) made absolute: in a pack they would point at the
    USB stick's root. The HTML was sanitized when saved; only the escaped origin is put in."""
    return mark_safe(_ROOT_RELATIVE.sub(lambda match: f'{match.group(1)}="{escape(origin)}/', str(html)))


def render_pack_page(template: str, context: dict, *, depth: int) -> bytes:
    """A page of the pack `depth` folders below its root, linking the pack's own style sheet."""
    root = "../" * depth
    return render_to_string(template, {**context, "root": root, "style": f"{root}{STYLE_PATH}"}).encode()


def pack_files(*, country, language: str) -> list[PackFile]:
    """Every file of the pack but its manifest: index, style, then each app's files (guidelines, courses, forum)."""
    with translation.override(language):
        origin = _site_origin()
        by_path = {
            item.path: item  # an image two apps show (a guideline's and a lesson's) is one file: its hash names it
            for app_files in app_hooks("field_pack_files")
            for item in app_files(country=country, language=language, origin=origin)
        }
        items = list(by_path.values())
        index = render_pack_page(
            "offline_packs/index.html",
            {"country": country, "items": [item for item in items if item.kind != "image"], "language": language},
            depth=0,
        )
    style = render_to_string("offline_packs/style.css").encode()
    return [
        PackFile("index.html", "index", country.name, "", index),
        PackFile(STYLE_PATH, "style", "", "", style),
        *items,
    ]
