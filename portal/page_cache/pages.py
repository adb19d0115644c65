"""Wagtail pages decide their cache policy once routed: which page, which of its routes."""

from wagtail import hooks

from .policies import policy_for_page


@hooks.register("before_serve_page")
def decide_page_cache(page, request, serve_args, serve_kwargs):
    """Runs only for a request the page cache may answer.

    A restricted page never reaches its content here for such a request: Wagtail's own
    `check_view_restrictions` hook answers an anonymous visitor with a login redirect (status 302, never
    stored) or the password form (no content); passing a password needs a session, which is never cached.
    """
    if not getattr(request, "page_cache_candidate", False):
        return
    route = serve_args[0].__name__ if serve_args else None
    policy = policy_for_page(page, route)
    if policy is None:
        return
    route_kwargs = serve_args[2] if len(serve_args) > 2 else {}
    request.page_cache_decision = (policy, policy.scopes(page, route_kwargs))
