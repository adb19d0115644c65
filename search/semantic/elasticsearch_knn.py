"""Nearest documents on Elasticsearch: a kNN search on the `vector` field under the same filters."""

import numpy as np

from search.audience import Audience
from search.client import get_client
from search.documents import alias_name
from search.engines.elasticsearch import SOURCE_FIELDS, _attach_translations, _hit
from search.engines.filters import choice_filters, edition_filter, visibility_filter
from search.query import SearchQuery
from search.results import SearchHit

from .exclusion import NOTHING, Exclusion

MIN_CANDIDATES = 100


def knn_request_body(
    query: SearchQuery,
    audience: Audience,
    vector: np.ndarray,
    *,
    size: int,
    min_similarity: float,
    exclude: Exclusion = NOTHING,
) -> dict:
    """The kNN request (also what the benchmark sends raw). Translations share a group: ask for more than `size`."""
    filters = [*visibility_filter(audience), *edition_filter(query.edition), *choice_filters(query)]
    excluded = [{"terms": {"group_key": list(exclude.groups)}}] if exclude.groups else []
    if exclude.source_key:
        excluded.append({"term": {"source_key": exclude.source_key}})
    if excluded:
        filters.append({"bool": {"must_not": excluded}})
    k = size * 3
    return {
        "knn": {
            "field": "vector",
            "query_vector": vector.tolist(),
            "k": k,
            "num_candidates": min(max(MIN_CANDIDATES, k * 2), 10_000),
            "filter": filters,
            "similarity": min_similarity,
        },
        "size": k,
        "_source": [*SOURCE_FIELDS, "summary"],
    }


def elasticsearch_nearest(
    query: SearchQuery,
    audience: Audience,
    vector: np.ndarray,
    *,
    size: int,
    min_similarity: float,
    exclude: Exclusion = NOTHING,
) -> list[SearchHit]:
    """Up to `size` results (translations grouped) whose vector is closest to `vector`, best first."""
    body = knn_request_body(query, audience, vector, size=size, min_similarity=min_similarity, exclude=exclude)
    response = get_client().search(index=alias_name(), **body)
    seen, found = set(), []
    for hit in response["hits"]["hits"]:
        if hit["_source"]["group_key"] not in seen and len(found) < size:
            seen.add(hit["_source"]["group_key"])
            found.append(hit)
    hits = [_hit(hit, query) for hit in found]
    _attach_translations(hits, [hit["_source"] for hit in found], query, audience)
    return hits
