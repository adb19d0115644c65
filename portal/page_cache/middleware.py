"""Serves anonymous pages from the shared cache, stores them, and says how every response may be cached.

Placed after the session, CSRF, authentication and messages middleware: a hit skips URL routing, the view
and the database; the outer middleware still add their headers (CSP with the stored nonce, the CSRF cookie
for the token put in the page, Content-Language, compression).

Cache-Control, for a browser or a proxy:
- a cached page with a form: `private, max-age=N` (its CSRF token is made for this visitor) and an ETag tied
  to the visitor's CSRF secret, so a conditional GET answers 304 without rendering;
- a cached page without a token (printable frozen edition, search API): `public, max-age=N`, immutable for
  the frozen edition; ETag and Last-Modified;
- every response to a signed-in member: `private, no-store` (nothing personal on a shared computer's disk;
  their pages are rendered for them anyway, so revalidating would save nothing);
- other HTML: `private, no-cache`.
"""

import logging

from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date

from . import entries
from .policies import policy_for_view

HIT, STORED = "hit", "stored"
logger = logging.getLogger(__name__)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = entries.address(request)
        try:
            found = entries.lookup(address) if address else None
        except Exception:  # the cache is down: the portal renders every page, slower but up
            logger.warning("page cache: lookup failed, rendering", exc_info=True)
            found = None
        if found is not None and found.entry is not None:
            return self._serve(request, found.entry)
        request.page_cache_candidate = found is not None
        response = self.get_response(request)
        decision = getattr(request, "page_cache_decision", None)
        if found is not None and decision is not None:
            policy, scopes = decision
            if entries.may_store(request, response, policy):
                try:
                    entry = entries.store(request, response, policy=policy, scopes=scopes, found=found)
                except Exception:
                    logger.warning("page cache: store failed", exc_info=True)
                    entry = None
                if entry is not None:
                    _cache_headers(request, response, entry)
                    response["X-Page-Cache"] = STORED
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Views routed by name decide here; Wagtail pages decide in the `before_serve_page` hook."""
        match = request.resolver_match
        policy = policy_for_view(match.view_name) if match else None
        if policy is not None:
            request.page_cache_decision = (policy, policy.scopes(None, view_kwargs))

    @staticmethod
    def _serve(request, entry):
        if entry.nonce:
            request._csp_nonce = entry.nonce
            str(request.csp_nonce)  # evaluated: the CSP header carries the nonce the stored scripts use
        etag = entries.visitor_etag(request, entry)
        not_modified = None
        if not entry.has_token or request.META.get("CSRF_COOKIE"):
            not_modified = get_conditional_response(request, etag=etag)
        if not_modified is not None:
            response = not_modified
        else:
            body = entry.body
            if entry.has_token:
                body = body.replace(entries.TOKEN_PLACEHOLDER.encode(), get_token(request).encode())
            response = HttpResponse(body, content_type=entry.content_type)
        _cache_headers(request, response, entry)
        response["X-Page-Cache"] = HIT
        return response


def _cache_headers(request, response, entry) -> None:
    policy = entry.policy
    words = ["private" if entry.has_token else "public", f"max-age={policy.max_age}"]
    if policy.immutable:
        words.append("immutable")
    response["Cache-Control"] = ", ".join(words)
    response["ETag"] = entries.visitor_etag(request, entry)
    if not entry.has_token:
        response["Last-Modified"] = http_date(entry.stored_at)
    patch_vary_headers(response, ("Cookie",))


class PrivateByDefaultMiddleware:
    """Says how every other response may be cached; outside the locale, session and CSRF middleware, so their
    own redirects are covered too. A response that already says `private` or `no-store` is left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        cache_control = response.get("Cache-Control", "")
        if user is not None and user.is_authenticated:
            if "private" not in cache_control and "no-store" not in cache_control:
                response["Cache-Control"] = "private, no-store"
        elif not cache_control and response.get("Content-Type", "").startswith("text/html"):
            response["Cache-Control"] = "private, no-cache"
        return response
