"""The search service: one call for the page and the API, choosing the engine and degrading gracefully.

Sources of other apps plug in through search.sources; nothing here knows their models.
"""

import logging

from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .audience import audience_for
from .breaker import CircuitOpen, query_breaker
from .client import SearchBackendError, elasticsearch_configured
from .engines.database_completion import database_suggest_titles
from .engines.elasticsearch import elasticsearch_suggest_titles
from .query import SearchQuery, clean_text
from .results import SearchResults, Suggestion
from .semantic.hybrid import database_hybrid_search, elasticsearch_hybrid_search
from .taxonomy import KINDS, matching_terms, taxonomy_labels

logger = logging.getLogger(__name__)

KIND_LABELS = {
    "guideline_section": gettext_lazy("Guideline section"),
    "course": gettext_lazy("Course"),
    "module": gettext_lazy("Module"),
    "lesson": gettext_lazy("Lesson"),
    "forum_topic": gettext_lazy("Discussion"),
    "forum_post": gettext_lazy("Reply"),
    "page": gettext_lazy("Page"),
    "evidence": gettext_lazy("Evidence"),
}
LANGUAGE_LABELS = {"en": "English", "fr": "Français", "ar": "العربية"}
MIN_SUGGEST_LENGTH = 2
SUGGESTIONS_PER_KIND = 5


def knowledge_search(*, query: SearchQuery, user) -> SearchResults:
    """Results the user may see; Elasticsearch when configured, the database records when not, when it fails,
    or while the circuit breaker keeps it out after repeated failures."""
    audience = audience_for(user)
    results = None
    if elasticsearch_configured():
        try:
            results = query_breaker.call(elasticsearch_hybrid_search, query, audience)
        except (*SearchBackendError, CircuitOpen) as error:
            # The database records are the fallback (kept as a mirror unless SEARCH_DATABASE_FALLBACK is off).
            if not isinstance(error, CircuitOpen):  # the breaker logs once when it opens
                logger.warning("search degraded to the database engine: %s", error.__class__.__name__)
            results = database_hybrid_search(query, audience, degraded=True)
            results.notices.insert(0, _("Search is running in a reduced mode right now: results may be less complete."))
    if results is None:
        results = database_hybrid_search(query, audience)
    _label_results(results, language=query.reader_language)
    return results


def _label_results(results: SearchResults, *, language: str) -> None:
    """Kinds, countries and topics named in the reader's language (the API's `ui` may differ from the page's),
    each facet's values sorted by count."""
    labels = {**taxonomy_labels(language), "type": KIND_LABELS, "lang": LANGUAGE_LABELS}
    with translation.override(language):
        for hit in results.hits:
            hit.kind_label = str(KIND_LABELS.get(hit.kind, hit.kind))
        for name, values in results.facets.items():
            for value in values:
                value.label = str(labels[name].get(value.value, value.value))
            values.sort(key=lambda value: (-value.count, value.label.casefold()))  # the biggest first, as readers scan


def knowledge_suggest(*, text: str, user, reader_language: str) -> list[Suggestion]:
    """Titles, topics and countries for what has been typed so far; titles only from visible documents."""
    text, _notices = clean_text(text[:100])
    if len(text) < MIN_SUGGEST_LENGTH:
        return []
    audience = audience_for(user)
    titles = None
    if elasticsearch_configured():
        try:
            titles = query_breaker.call(
                elasticsearch_suggest_titles,
                text,
                audience,
                reader_language=reader_language,
                size=SUGGESTIONS_PER_KIND,
            )
        except (*SearchBackendError, CircuitOpen):
            titles = None
    if titles is None:
        titles = database_suggest_titles(text, audience, reader_language=reader_language, size=SUGGESTIONS_PER_KIND)
    suggestions = [Suggestion(kind="title", label=title["title"], url=title["url"]) for title in titles]
    suggestions.extend(_taxonomy_suggestions(text, reader_language))
    return suggestions


def _taxonomy_suggestions(text: str, reader_language: str) -> list[Suggestion]:
    with translation.override(reader_language):
        search_url = reverse("search:search")
    return [
        Suggestion(kind=kind, label=term.name(reader_language), url=f"{search_url}?{urlencode({kind: term.value})}")
        for kind in KINDS
        for term in matching_terms(text, kind, limit=SUGGESTIONS_PER_KIND)
    ]
