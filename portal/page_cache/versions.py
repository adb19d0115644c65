"""Scope versions: a fresh random value per change, so invalidation is one write and cannot be lost.

A version is never incremented: `bump` writes a new random value. Two concurrent bumps cannot collapse into
one (as a lost `incr` on a file cache could), and a version evicted from the cache comes back as a new
random value, never as one an old entry was stored under.
"""

import logging
import secrets

from django.core.cache import caches
from django.db import transaction

PREFIX = "pc:v:"
logger = logging.getLogger(__name__)


def _cache():
    return caches["default"]


def _fresh() -> str:
    return secrets.token_hex(8)


def current(scopes: list[str]) -> dict[str, str]:
    """{scope: version} for every scope, creating the missing ones."""
    cache = _cache()
    keys = [PREFIX + scope for scope in scopes]
    found = cache.get_many(keys)
    for key in keys:
        if key not in found:
            value = _fresh()
            found[key] = value if cache.add(key, value, timeout=None) else (cache.get(key) or value)
    return {scope: found[PREFIX + scope] for scope in scopes}


def bump(*scopes: str, recompute=None) -> None:
    """Invalidates every page depending on these scopes: now, and again once the transaction commits.

    Now, so that this process (and a test inside a transaction) never sees the old page; after commit,
    because a request that read the first new version before the commit may have stored the old data.
    `recompute` adds scopes only visible after commit (e.g. the citations of a post being saved).
    """
    _write(scopes)
    transaction.on_commit(lambda: _write([*scopes, *(recompute() if recompute else [])]))


def _write(scopes) -> None:
    """A cache that is down loses nothing it could serve; its entries expire by TTL when it returns."""
    scopes = list(dict.fromkeys(scopes))
    if not scopes:
        return
    try:
        _cache().set_many({PREFIX + scope: _fresh() for scope in scopes}, timeout=None)
    except Exception:
        logger.error("page cache: could not bump %s; stale pages live until their TTL", scopes, exc_info=True)
