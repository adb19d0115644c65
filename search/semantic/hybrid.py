"""Hybrid search: the engine's keyword results fused with its nearest documents, under the same filters.

Fusion covers the first SEMANTIC_WINDOW results (five pages); later pages are the keyword ranking,
where a reader who pages that far is scanning rather than asking. Facets stay the keyword engine's.
"""

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import partial

from search.audience import Audience
from search.client import SearchBackendError
from search.engines.database import database_search
from search.engines.elasticsearch import elasticsearch_search
from search.query import SearchQuery
from search.results import SearchHit, SearchResults

from . import semantic_enabled
from .database_knn import database_nearest
from .elasticsearch_knn import elasticsearch_nearest
from .encoder import encode_query
from .fusion import reciprocal_rank_fusion

logger = logging.getLogger(__name__)

SEMANTIC_WINDOW = 100
# Cosine similarity under which a document is not "about" the query. Measured with bench/relevance.py:
# a query and a relevant post in another language score 0.19-0.31 (10th-50th percentile), unrelated
# posts at most 0.28, nonsense about 0.
MIN_SIMILARITY = 0.2
# The semantic list's weight in the fusion, against 1 for the keyword list: 1.5 ranked relevant posts
# higher than 1.0 (nDCG@10 0.88 against 0.82, same recall) in bench/relevance.py --weights.
SEMANTIC_WEIGHT = 1.5

# Elasticsearch's keyword request waits on the network while this thread encodes the query and asks for
# its nearest documents; the database engine's search stays on the request's thread (its connection).
_keyword_requests = ThreadPoolExecutor(max_workers=4, thread_name_prefix="keyword-search")

KeywordSearch = Callable[[SearchQuery, Audience], SearchResults]
Nearest = Callable[..., list[SearchHit]]


def uses_semantic(query: SearchQuery) -> bool:
    return (
        semantic_enabled()
        and bool(query.text)
        and query.sort == "relevance"
        and query.offset + query.page_size <= SEMANTIC_WINDOW
    )


def semantic_hits(query: SearchQuery, audience: Audience, *, nearest: Nearest, size: int) -> list[SearchHit]:
    return nearest(query, audience, encode_query(query.text), size=size, min_similarity=MIN_SIMILARITY)


def hybrid_search(
    query: SearchQuery, audience: Audience, *, keyword_search: KeywordSearch, nearest: Nearest, overlap=False
) -> SearchResults:
    if not uses_semantic(query):
        return keyword_search(query, audience)
    window = replace(query, page=1, page_size=query.offset + query.page_size)
    pending = _keyword_requests.submit(keyword_search, window, audience) if overlap else None
    try:
        semantic = semantic_hits(window, audience, nearest=nearest, size=window.page_size)
    except SearchBackendError as error:  # e.g. an index built before vectors existed: keywords still answer
        logger.warning("semantic search failed, keyword results only: %s", error.__class__.__name__)
        semantic = []
    results = pending.result() if pending else keyword_search(window, audience)
    keyword_groups = {hit.group or hit.id for hit in results.hits}
    fused = reciprocal_rank_fusion([results.hits, semantic], weights=[1.0, SEMANTIC_WEIGHT])
    results.total += sum(1 for hit in semantic if (hit.group or hit.id) not in keyword_groups)
    results.hits = fused[query.offset : query.offset + query.page_size]
    results.page, results.page_size = query.page, query.page_size
    return results


def elasticsearch_hybrid_search(query: SearchQuery, audience: Audience) -> SearchResults:
    return hybrid_search(
        query, audience, keyword_search=elasticsearch_search, nearest=elasticsearch_nearest, overlap=True
    )


def database_hybrid_search(query: SearchQuery, audience: Audience, *, degraded: bool = False) -> SearchResults:
    return hybrid_search(
        query, audience, keyword_search=partial(database_search, degraded=degraded), nearest=database_nearest
    )
