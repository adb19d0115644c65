"""Fragments of pages from the shared cache.

- `cached_fragment`: the header's parts (navigation, language switcher) per language and page, for every
  visitor. They are the same for everyone (no user, no token: the switcher's CSRF token is rendered outside
  them) and depend only on the page tree, so they live under the `site` version that publishing and moving bump.
- `audience_fragment`: the member-independent part of a signed-in page (a guideline's text with the forum
  topics citing it, a forum list), shared by the members of one audience (same groups, same permissions)
  under the scopes the anonymous page depends on: the changes that invalidate the page invalidate it.
"""

import hashlib

from django.core.cache import caches
from django.utils.translation import get_language

from ..roles import member_groups
from . import versions

FRAGMENT_TTL = 86400


def cached_fragment(name: str, *parts, compute):
    """`compute()` once per site version and parts; picklable values only."""
    cache = caches["default"]
    try:
        site = versions.current(["site"])["site"]
        key = "pc:fragment:" + ":".join(str(part) for part in (name, site, *parts))
        value = cache.get(key)
    except Exception:  # the cache is down: compute, as without a cache
        return compute()
    if value is None:
        value = compute()
        cache.set(key, value, timeout=FRAGMENT_TTL)
    return value


def audience(user) -> str:
    """Who may share a fragment: visitors with the same groups and the same permission set see the same.

    The permission set comes from the shared cache (portal.permission_cache) and changes with the
    `permissions` version; a member's own permissions are part of it, so such a member shares with no one
    who lacks them. Anything about one member (name, email, watches, reactions, tokens) stays outside.
    """
    if not user.is_authenticated:
        return "anonymous"
    groups = ",".join(str(group_id) for group_id in sorted(member_groups(user)))
    permissions = hashlib.sha256(",".join(sorted(user.get_all_permissions())).encode()).hexdigest()[:16]
    return f"member:{int(user.is_superuser)}{int(user.is_staff)}:{groups}:{permissions}"


def audience_fragment(request, name: str, scopes: list[str], parts: list, render) -> str:
    """`render()` once per audience, language, parts and scope versions; its HTML for everyone in that audience.

    HTML holding a CSRF token or this response's CSP nonce is rendered but never stored.
    """
    cache = caches["default"]
    try:
        scope_versions = versions.current(sorted({"site", *scopes}))
        signature = "|".join(
            [name, get_language() or "", audience(request.user), *map(str, parts)]
            + [f"{scope}={version}" for scope, version in sorted(scope_versions.items())]
        )
        key = "pc:audience:" + hashlib.sha256(signature.encode()).hexdigest()[:32]
        html = cache.get(key)
    except Exception:  # the cache is down: render, as without a cache
        return render()
    if html is None:
        html = render()
        nonce = getattr(request, "_csp_nonce", None)
        if "csrfmiddlewaretoken" not in html and not (nonce and nonce in html):
            cache.set(key, html, timeout=FRAGMENT_TTL)
    return html
