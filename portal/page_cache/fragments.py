"""The header's parts (navigation, language switcher) cached per language and page, for every visitor.

They are the same for everyone (no user, no token: the switcher's CSRF token is rendered outside them) and
depend only on the page tree, so they live under the `site` version that publishing and moving bump.
"""

from django.core.cache import caches

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
