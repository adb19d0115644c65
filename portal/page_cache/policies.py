"""Which anonymous pages come from the shared cache, for how long, and which scopes each one depends on.

A view not named here is never stored. `ttl` bounds an entry's life in the server cache (versions
invalidate it sooner on any change); `max_age` is what a browser may reuse without asking again.
Search has no scope but `site`: its results follow the index, which lags the database anyway, so a
short TTL is its only invalidation.
"""

from collections.abc import Callable
from dataclasses import dataclass

MINUTE, HOUR, DAY = 60, 3600, 86400

FORUM_LIST_QUERY = frozenset({"kind", "country", "topic", "population", "solved", "after"})
SEARCH_QUERY = frozenset({"q", "country", "topic", "type", "lang", "from", "to", "edition", "sort", "page", "ui"})


@dataclass(frozen=True)
class CachePolicy:
    name: str
    scopes: Callable[..., list[str]]
    ttl: int = 10 * MINUTE
    max_age: int = MINUTE
    query: frozenset[str] = frozenset()
    immutable: bool = False


def _page_scopes(page, kwargs) -> list[str]:
    return ["site", f"page:{page.pk}"]


def _guideline_scopes(page, kwargs) -> list[str]:
    """The page, and the forum topics citing its sections (visible ones only: restrictions live in `forum`)."""
    return ["site", f"page:{page.pk}", "forum", f"citations:{page.slug}"]


def _home_scopes(page, kwargs) -> list[str]:
    """The home page lists the newest pages (ancestors are bumped on publish) and the newest topics."""
    return ["site", f"page:{page.pk}", "forum", "forum-index"]


def _forum_index_scopes(page, kwargs) -> list[str]:
    return ["site", "forum", "forum-index"]


def _category_scopes(page, kwargs) -> list[str]:
    return ["site", "forum", f"category:{kwargs['slug']}"]


def _topic_scopes(page, kwargs) -> list[str]:
    return ["site", "forum", f"topic:{kwargs['pk']}"]


def _country_list_scopes(page, kwargs) -> list[str]:
    """The programme countries: saving or deleting a country bumps `site`."""
    return ["site"]


def _country_scopes(page, kwargs) -> list[str]:
    """A country page lists pages of any app (`pages`: every publication) and forum topics (`forum-index`)."""
    return ["site", "pages", "forum", "forum-index"]


def _search_scopes(page, kwargs) -> list[str]:
    return ["site"]


POLICIES: dict[str, CachePolicy] = {
    policy.name: policy
    for policy in [
        CachePolicy("home", _home_scopes),
        CachePolicy("guidelines", _page_scopes),
        CachePolicy("guideline", _guideline_scopes, query=frozenset({"country"})),
        CachePolicy("editions", _page_scopes),
        # The edition text never changes, but its page gains a "superseded" banner when a newer edition is
        # published: the server keeps it long (the version bump replaces it), a browser for an hour at most.
        CachePolicy("frozen-edition", _guideline_scopes, ttl=DAY, max_age=HOUR, query=frozenset({"country"})),
        CachePolicy("guideline-print", _page_scopes),
        # The printable edition has no banner, header or form: it is the frozen text, immutable at its URL.
        CachePolicy("frozen-edition-print", _page_scopes, ttl=7 * DAY, max_age=365 * DAY, immutable=True),
        CachePolicy("compare", _page_scopes, query=frozenset({"from", "to"})),
        CachePolicy("courses", _page_scopes),
        CachePolicy("course", _page_scopes),
        CachePolicy("forum-index", _forum_index_scopes, query=FORUM_LIST_QUERY),
        CachePolicy("forum-category", _category_scopes, query=FORUM_LIST_QUERY),
        CachePolicy("forum-topic", _topic_scopes, query=frozenset({"after", "before"})),
        CachePolicy("countries", _country_list_scopes),
        CachePolicy("country", _country_scopes),
        CachePolicy("search", _search_scopes, ttl=60, max_age=30, query=SEARCH_QUERY),
        CachePolicy("search-api", _search_scopes, ttl=60, max_age=30, query=SEARCH_QUERY),
    ]
}

# Views routed by Django's URL resolver, by URL name.
URL_NAME_POLICIES = {
    "forum:index": "forum-index",
    "forum:category": "forum-category",
    "forum:topic": "forum-topic",
    "countries:list": "countries",
    "countries:detail": "country",
    "search:search": "search",
    "search_api:search": "search-api",
}

# Wagtail pages, by model label and the routable page's route method (None: a page without routes).
PAGE_POLICIES = {
    ("portal.homepage", None): "home",
    ("guidelines.guidelineindexpage", None): "guidelines",
    ("guidelines.guidelinepage", "current_edition"): "guideline",
    ("guidelines.guidelinepage", "edition_list"): "editions",
    ("guidelines.guidelinepage", "edition_detail"): "frozen-edition",
    ("guidelines.guidelinepage", "current_print"): "guideline-print",
    ("guidelines.guidelinepage", "edition_print"): "frozen-edition-print",
    ("guidelines.guidelinepage", "compare"): "compare",
    ("training.trainingindexpage", "index_route"): "courses",
    ("training.coursepage", "index_route"): "course",
}


def policy_for_view(url_name: str) -> CachePolicy | None:
    name = URL_NAME_POLICIES.get(url_name)
    return POLICIES[name] if name else None


def policy_for_page(page, route: str | None) -> CachePolicy | None:
    name = PAGE_POLICIES.get((page._meta.label_lower, route))
    return POLICIES[name] if name else None
