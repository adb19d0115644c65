"""Searching the knowledge index: one request with the text query, filters, grouping, highlights and facets."""

from datetime import datetime

from django.utils.html import escape

from search.audience import Audience
from search.client import get_client
from search.documents import alias_name
from search.query import SearchQuery
from search.results import FacetValue, SearchHit, SearchResults, Translation

from .filters import choice_filters, edition_filter, visibility_filter

LANGUAGE_FIELDS = ["title^3", "title.en^3", "title.fr^3", "title.ar^3", "text", "text.en", "text.fr", "text.ar"]
FACET_FIELDS = {"country": "countries", "topic": "topics", "type": "kind", "lang": "language"}
FACET_SIZE = 30
SNIPPET_LENGTH = 180
HIGHLIGHT_FIELDS = ["text.en", "text.fr", "text.ar", "text"]
GROUP_COUNT = {"cardinality": {"field": "group_key", "precision_threshold": 40000}}
SOURCE_FIELDS = ["kind", "title", "url", "language", "countries", "topics", "edition", "is_current", "published_at"]


def text_query(text: str) -> dict:
    """Every language field through the glossary, plus a typo-tolerant match on the plain fields."""
    return {
        "bool": {
            "should": [
                {"multi_match": {"query": text, "type": "best_fields", "fields": LANGUAGE_FIELDS, "tie_breaker": 0.3}},
                {
                    "multi_match": {
                        "query": text,
                        "type": "best_fields",
                        "fields": ["title^2", "text"],
                        "analyzer": "knowledge_folded",
                        "fuzziness": "AUTO",
                        "prefix_length": 1,
                        "max_expansions": 20,
                        "boost": 0.3,
                    }
                },
            ],
            "minimum_should_match": 1,
        }
    }


def search_request_body(query: SearchQuery, audience: Audience, *, facets: bool = True) -> dict:
    """The complete request (also what the benchmark sends raw, to measure our overhead)."""
    boosts = [
        {"term": {"language": {"value": query.reader_language, "boost": 3}}},
        {"term": {"is_current": {"value": True, "boost": 2}}},
    ]
    body: dict = {
        "query": {
            "bool": {
                "must": [text_query(query.text) if query.text else {"match_all": {}}],
                "filter": [*visibility_filter(audience), *edition_filter(query.edition), *choice_filters(query)],
                "should": boosts,
            }
        },
        "collapse": {
            "field": "group_key",
            "inner_hits": {"name": "translations", "size": 3, "_source": ["language", "url", "title"]},
        },
        "from": query.offset,
        "size": query.page_size,
        "_source": SOURCE_FIELDS,
        "track_total_hits": False,
        "aggs": {"groups": GROUP_COUNT},
    }
    if query.sort == "date" or not query.text:
        body["sort"] = [{"published_at": {"order": "desc", "missing": "_last"}}, "_score"]
    if query.text:
        body["highlight"] = {
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fragment_size": SNIPPET_LENGTH,
            "number_of_fragments": 1,
            "no_match_size": SNIPPET_LENGTH,
            "fields": {field: {} for field in HIGHLIGHT_FIELDS},
        }
    else:
        body["_source"] = [*SOURCE_FIELDS, "text"]
    if facets:
        for name, field in FACET_FIELDS.items():
            body["aggs"][name] = {"terms": {"field": field, "size": FACET_SIZE}, "aggs": {"groups": GROUP_COUNT}}
    return body


def elasticsearch_search(query: SearchQuery, audience: Audience) -> SearchResults:
    response = get_client().search(index=alias_name(), **search_request_body(query, audience))
    aggregations = response.get("aggregations", {})
    return SearchResults(
        total=int(aggregations.get("groups", {}).get("value", 0)),
        page=query.page,
        page_size=query.page_size,
        hits=[_hit(hit, query) for hit in response["hits"]["hits"]],
        facets={name: _facet(aggregations.get(name, {}), query, name) for name in FACET_FIELDS},
        backend="elasticsearch",
        notices=list(query.notices),
    )


def _selected(query: SearchQuery, facet: str) -> tuple[str, ...]:
    return {"country": query.countries, "topic": query.topics, "type": query.kinds, "lang": query.languages}[facet]


def _facet(aggregation: dict, query: SearchQuery, name: str) -> list[FacetValue]:
    selected = _selected(query, name)
    return [
        FacetValue(value=bucket["key"], count=int(bucket["groups"]["value"]), selected=bucket["key"] in selected)
        for bucket in aggregation.get("buckets", [])
    ]


def _snippet(hit: dict, reader_language: str) -> str:
    highlights = hit.get("highlight", {})
    for field in (f"text.{reader_language}", *HIGHLIGHT_FIELDS):
        fragments = highlights.get(field)
        if fragments and "<mark>" in fragments[0]:
            return fragments[0]
    for field in HIGHLIGHT_FIELDS:
        if highlights.get(field):
            return highlights[field][0]
    return escape(hit["_source"].get("text", "")[:SNIPPET_LENGTH])


def _hit(hit: dict, query: SearchQuery) -> SearchHit:
    source = hit["_source"]
    translations = [
        Translation(language=inner["_source"]["language"], url=inner["_source"]["url"], title=inner["_source"]["title"])
        for inner in hit.get("inner_hits", {}).get("translations", {}).get("hits", {}).get("hits", [])
        if inner["_id"] != hit["_id"] and inner["_source"]["language"] != source["language"]
    ]
    published = source.get("published_at")
    return SearchHit(
        id=hit["_id"],
        kind=source["kind"],
        title=source["title"],
        url=source["url"],
        language=source["language"],
        snippet=_snippet(hit, query.reader_language),
        countries=source.get("countries", []),
        topics=source.get("topics", []),
        edition=source.get("edition", ""),
        is_current=source.get("is_current", True),
        published_at=datetime.fromisoformat(published) if published else None,
        in_reader_language=source["language"] == query.reader_language,
        translations=translations,
    )


def elasticsearch_suggest_titles(text: str, audience: Audience, *, reader_language: str, size: int) -> list[dict]:
    """Titles starting with the typed words (edge n-grams), visible to the audience, one per translation group."""
    body = {
        "query": {
            "bool": {
                "must": [{"match": {"autocomplete": {"query": text, "operator": "and"}}}],
                "filter": [*visibility_filter(audience), {"term": {"is_current": True}}],
                "should": [{"term": {"language": {"value": reader_language, "boost": 3}}}],
            }
        },
        "collapse": {"field": "group_key"},
        "_source": ["title", "url"],
        "size": size,
        "track_total_hits": False,
    }
    response = get_client().search(index=alias_name(), **body)
    return [hit["_source"] for hit in response["hits"]["hits"]]
