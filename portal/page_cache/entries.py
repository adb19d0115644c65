"""Stored pages: the address a request is cached under, what may be stored, and the per-visitor parts.

An entry holds the body with every CSRF token replaced by a placeholder (each visitor gets a token made
from their own CSRF cookie when it is served) and the CSP nonce its scripts carry (reused in the header,
so the body and the policy always agree, including after a 304).
"""

import hashlib
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.middleware.csrf import CSRF_SECRET_LENGTH, CSRF_TOKEN_LENGTH, _unmask_cipher_token

from . import versions
from .policies import POLICIES, CachePolicy

INDEX_PREFIX = "pc:index:"
PAGE_PREFIX = "pc:page:"
INDEX_TTL = 7 * 86400
TOKEN_PLACEHOLDER = "__page_cache_csrf_token__"
STORED_TYPES = ("text/html", "application/json")
CACHED_PREFIXES = (*(f"/{code}/" for code, _name in settings.LANGUAGES), "/api/search/")
_TOKEN_INPUT = re.compile(r'(<input type="hidden" name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+(">)')
_TOKEN_LIKE = re.compile(
    rf"(?<![A-Za-z0-9])([A-Za-z0-9]{{{CSRF_SECRET_LENGTH}}}|[A-Za-z0-9]{{{CSRF_TOKEN_LENGTH}}})(?![A-Za-z0-9])"
)


@dataclass(frozen=True)
class Entry:
    body: bytes
    content_type: str
    policy_name: str
    etag: str
    stored_at: float
    nonce: str | None
    has_token: bool

    @property
    def policy(self) -> CachePolicy:
        return POLICIES[self.policy_name]


@dataclass
class Lookup:
    """What the middleware learnt before the view ran: the versions are read before any data is."""

    address: str
    scopes: list[str] | None = None
    versions: dict[str, str] | None = None
    entry: Entry | None = None


def _cache():
    return caches["default"]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def address(request) -> str | None:
    """Where an anonymous GET/HEAD is cached; None for a request that may carry anything personal."""
    if request.method not in {"GET", "HEAD"} or "HTTP_AUTHORIZATION" in request.META:
        return None
    if not request.path.startswith(CACHED_PREFIXES):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return None
    query = "&".join(f"{name}={value}" for name, value in sorted(request.GET.lists()))
    language = getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)
    return _digest(f"{request.get_host()}|{request.path}|{language}|{query}")


def lookup(address: str) -> Lookup:
    found = Lookup(address=address)
    index = _cache().get(INDEX_PREFIX + address)
    if index is None:
        return found
    found.scopes = index
    found.versions = versions.current(index)
    found.entry = _cache().get(_page_key(address, found.versions))
    return found


def _page_key(address: str, scope_versions: dict[str, str]) -> str:
    signature = ",".join(f"{scope}={scope_versions[scope]}" for scope in sorted(scope_versions))
    return PAGE_PREFIX + _digest(f"{address}|{signature}")


def query_allowed(request, policy: CachePolicy) -> bool:
    return set(request.GET) <= policy.query


def may_store(request, response, policy: CachePolicy) -> bool:
    """Only what any anonymous visitor would get: no cookie set, no session change, no queued message."""
    if response.status_code != 200 or getattr(response, "streaming", False) or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith(STORED_TYPES):
        return False
    cache_control = response.get("Cache-Control", "")
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    if set(_vary(response)) - {"accept-language", "accept-encoding", "cookie"}:
        return False
    if request.user.is_authenticated or request.session.modified:
        return False
    messages = getattr(request, "_messages", None)
    return not getattr(messages, "_queued_messages", None) and query_allowed(request, policy)


def _vary(response) -> list[str]:
    return [value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()]


def store(request, response, *, policy: CachePolicy, scopes: list[str], found: Lookup) -> Entry | None:
    """Stores the page when the versions read before the view still describe it; else only its scopes."""
    cache = _cache()
    if found.scopes != scopes:
        cache.set(INDEX_PREFIX + found.address, scopes, timeout=INDEX_TTL)
        return None  # the next request reads these scopes' versions before the view, then stores the page
    body = _without_tokens(request, response.content)
    if body is None:
        return None
    entry = Entry(
        body=body,
        content_type=response["Content-Type"],
        policy_name=policy.name,
        etag=hashlib.sha256(body).hexdigest()[:24],
        stored_at=time.time(),
        nonce=request._csp_nonce if getattr(request, "csp_nonce", None) else None,
        has_token=TOKEN_PLACEHOLDER.encode() in body,
    )
    cache.set(_page_key(found.address, found.versions), entry, timeout=policy.ttl)
    return entry


def _without_tokens(request, content: bytes) -> bytes | None:
    """The body with CSRF tokens as placeholders; None when a token (or the secret) shows anywhere else."""
    if not request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return content
    text = _TOKEN_INPUT.sub(rf"\g<1>{TOKEN_PLACEHOLDER}\g<2>", content.decode())
    secret = request.META.get("CSRF_COOKIE", "")
    for candidate in _TOKEN_LIKE.findall(text):
        if candidate == secret or (len(candidate) == CSRF_TOKEN_LENGTH and _unmask_cipher_token(candidate) == secret):
            return None
    return text.encode()


def visitor_etag(request, entry: Entry) -> str:
    """The entry's ETag, tied to the visitor's CSRF secret when the page holds a token made from it."""
    if not entry.has_token:
        return f'"{entry.etag}"'
    secret = request.META.get("CSRF_COOKIE", "")
    return f'"{entry.etag}-{hashlib.sha256(secret.encode()).hexdigest()[:12]}"'
