"""Related items for a page: the documents nearest to the page's own, across kinds and languages, within
what the reader may see.

The page's vector is the mean of its current documents' vectors (a guideline: all its current sections;
one section of it: that section's). The page's own documents and their translations are left out.
Answers are cached per page (or section), reader language and audience, under a generation that every
write to the index renews, so a changed, hidden or restricted document never lingers in a cached answer.
Elasticsearch shows a write about a second later (its refresh): an answer computed in the SETTLE_SECONDS
after a change is kept only until they are over.
"""

import hashlib
import logging
import time
import uuid

import numpy as np

from django.core.cache import cache

from search.audience import Audience, audience_for
from search.breaker import CircuitOpen, query_breaker
from search.client import SearchBackendError, elasticsearch_configured
from search.models import SearchRecord
from search.query import SearchQuery
from search.results import SearchHit
from search.serialization import source_key
from search.service import KIND_LABELS

from . import semantic_enabled
from .database_knn import database_nearest
from .elasticsearch_knn import elasticsearch_nearest
from .exclusion import Exclusion
from .vectors import cached_vectors

logger = logging.getLogger(__name__)

RELATED_SIZE = 5
SECTION_RELATED_SIZE = 3  # a line under each section, not a second table of contents
# Stricter than search: a related item must be about the same thing, not merely near a short query.
MIN_SIMILARITY = 0.35
CACHE_SECONDS = 15 * 60
SETTLE_SECONDS = 5  # several of Elasticsearch's 1 s refreshes, on a busy node
GENERATION_KEY = "search:related:generation"


def related_changed() -> None:
    """The index changed: every cached answer is out of date."""
    cache.set(GENERATION_KEY, f"{uuid.uuid4().hex}:{time.time()}", None)


def _generation() -> tuple[str, float]:
    """The current generation and how long answers computed now may be kept."""
    # An evicted generation gets a new value, which only makes the cached answers miss.
    generation = cache.get_or_set(GENERATION_KEY, f"{uuid.uuid4().hex}:0", None)
    token, _, changed_at = generation.partition(":")
    settling = float(changed_at or 0) + SETTLE_SECONDS - time.time()
    return token, CACHE_SECONDS if settling <= 0 else max(1.0, settling)


def _audience_key(audience: Audience) -> str:
    signature = f"{audience.everything}|{audience.member}|{'|'.join(audience.groups)}"
    return hashlib.sha1(signature.encode()).hexdigest()[:16]


def related_items(*, source: str, key: str, user, reader_language: str, size: int = RELATED_SIZE) -> list[SearchHit]:
    """Up to `size` items nearest to the page's documents that this user may see, best first."""
    return _cached_nearest(
        source=source, key=key, document_suffix="", user=user, reader_language=reader_language, size=size
    )


def section_related_items(
    *, source: str, key: str, anchor: str, user, reader_language: str, size: int = SECTION_RELATED_SIZE
) -> list[SearchHit]:
    """Up to `size` items nearest to one section of a page, outside that page (a guideline's current edition:
    its section documents' ids end with ":<anchor>")."""
    return _cached_nearest(
        source=source,
        key=key,
        document_suffix=f":{anchor}",
        user=user,
        reader_language=reader_language,
        size=size,
    )


def _cached_nearest(*, source: str, key: str, document_suffix: str, user, reader_language: str, size: int) -> list:
    if not semantic_enabled():
        return []
    audience = audience_for(user)
    generation, keep_seconds = _generation()
    cache_key = f"search:related:{generation}:{source}:{key}:{document_suffix}:{size}:{reader_language}:{_audience_key(audience)}"
    hits = cache.get(cache_key)
    if hits is None:
        hits = _nearest_to_page(
            source=source,
            key=key,
            document_suffix=document_suffix,
            audience=audience,
            reader_language=reader_language,
            size=size,
        )
        cache.set(cache_key, hits, keep_seconds)
    return hits


def _nearest_to_page(
    *, source: str, key: str, document_suffix: str, audience: Audience, reader_language: str, size: int
) -> list:
    """Nearest to the mean of the page's current documents (those whose id ends with `document_suffix`)."""
    own = SearchRecord.objects.filter(source=source, key=key, is_current=True, vector_key__isnull=False)
    if document_suffix:
        own = own.filter(document_id__endswith=document_suffix)
    own = list(own.values_list("vector_key", "group_key"))
    vectors = cached_vectors(sorted({vector_key for vector_key, _group in own}))
    if not vectors:
        return []
    mean = np.mean(np.vstack(list(vectors.values())), axis=0)
    mean /= np.linalg.norm(mean) or 1.0
    exclude = Exclusion(source_key=source_key(source, key), groups=tuple(sorted({group for _key, group in own})))
    query = SearchQuery(reader_language=reader_language)
    arguments = {"size": size, "min_similarity": MIN_SIMILARITY, "exclude": exclude}
    if elasticsearch_configured():
        try:
            return _labelled(query_breaker.call(elasticsearch_nearest, query, audience, mean, **arguments), query)
        except (*SearchBackendError, CircuitOpen):
            logger.warning("related items from the database records: Elasticsearch did not answer")

    return _labelled(database_nearest(query, audience, mean, **arguments), query)


def _labelled(hits: list[SearchHit], query: SearchQuery) -> list[SearchHit]:
    from django.utils import translation

    with translation.override(query.reader_language):
        for hit in hits:
            hit.kind_label = str(KIND_LABELS.get(hit.kind, hit.kind))
    return hits
