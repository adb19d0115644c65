"""Searching the knowledge index: one request with the text query, filters, grouping, highlights and facets."""

from datetime import datetime

from django.utils.html import escape

from search.audience import Audience
from search.client import get_client
from search.completion import audience_contexts
from search.documents import alias_name
from search.query import SearchQuery, quoted_phrases
from search.results import FacetValue, SearchHit, SearchResults, Translation

from .filters import choice_filters, edition_filter, visibility_filter

LANGUAGE_FIELDS = ["title^3", "title.en^3", "title.fr^3", "title.ar^3", "text", "text.en", "text.fr", "text.ar"]
FACET_FIELDS = {"country": "countries", "topic": "topics", "type": "kind", "lang": "language"}
FACET_SIZE = 30
SNIPPET_LENGTH = 180
# One edit from the fourth letter typed, two from the sixth; the first two letters are taken as typed.
SUGGEST_FUZZINESS = {"fuzziness": "AUTO:4,6", "prefix_length": 2}
# One highlighted field fed by the matches of every language subfield (unified highlighter's matched_fields):
# a stemmed English or French match, or an Arabic word found through its article-less form, is marked too,
# for the cost of one field (highlighting each subfield on its own cost 4x).
HIGHLIGHT_FIELDS = {"text": {"matched_fields": ["text", "text.en", "text.fr", "text.ar"]}}
# The reader's language and the current edition multiply the score a little: they break near-ties, never
# bury an exact match in another language under a partial one in the reader's.
READER_LANGUAGE_TIE_BREAK = 1.15
CURRENT_EDITION_TIE_BREAK = 1.1
# Exact up to 3,000 results per bucket, within a few percent above; higher thresholds cost memory per bucket.
GROUP_COUNT = {"cardinality": {"field": "group_key", "precision_threshold": 3000}}
SOURCE_FIELDS = [
    "kind",
    "title",
    "url",
    "language",
    "countries",
    "topics",
    "edition",
    "is_current",
    "published_at",
    "group_key",
    "translation_key",
]


def language_query(text: str) -> dict:
    return {"multi_match": {"query": text, "type": "best_fields", "fields": LANGUAGE_FIELDS, "tie_breaker": 0.3}}


def phrase_query(phrase: str) -> dict:
    return {"multi_match": {"query": phrase, "type": "phrase", "fields": LANGUAGE_FIELDS}}


def matched_text_query(text: str) -> dict:
    """What the words and quoted phrases match, without typo tolerance (also what highlighting marks)."""
    phrases, words = quoted_phrases(text)
    should = [phrase_query(phrase) for phrase in phrases]
    if words:
        should.append(language_query(words))
    return {"bool": {"should": should, "minimum_should_match": 1}}


def text_query(text: str) -> dict:
    """Quoted text as phrases; other words in every language field through the glossary, plus a typo-tolerant
    match on the plain fields. A document matching any of them is found (like the database engine)."""
    phrases, words = quoted_phrases(text)
    should = [phrase_query(phrase) for phrase in phrases]
    if words:
        should.extend(
            [
                language_query(words),
                {
                    "multi_match": {
                        "query": words,
                        "type": "best_fields",
                        "fields": ["title^2", "text"],
                        "analyzer": "knowledge_folded",
                        "fuzziness": "AUTO",
                        "prefix_length": 2,
                        "max_expansions": 10,
                        "boost": 0.3,
                    }
                },
            ]
        )
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _tie_breaks(query: SearchQuery) -> list[dict]:
    return [
        {"filter": {"term": {"language": query.reader_language}}, "weight": READER_LANGUAGE_TIE_BREAK},
        {"filter": {"term": {"is_current": True}}, "weight": CURRENT_EDITION_TIE_BREAK},
    ]


def search_request_body(query: SearchQuery, audience: Audience, *, facets: bool = True) -> dict:
    """The complete request (also what the benchmark sends raw, to measure our overhead)."""
    body: dict = {
        "query": {
            "function_score": {
                "query": {
                    "bool": {
                        "must": [text_query(query.text) if query.text else {"match_all": {}}],
                        "filter": [
                            *visibility_filter(audience),
                            *edition_filter(query.edition),
                            *choice_filters(query),
                        ],
                    }
                },
                "functions": _tie_breaks(query),
                "score_mode": "multiply",
                "boost_mode": "multiply",
            }
        },
        "collapse": {"field": "group_key"},
        "from": query.offset,
        "size": query.page_size,
        "_source": SOURCE_FIELDS,
        "track_total_hits": False,
        "aggs": {"groups": GROUP_COUNT},
    }
    if query.sort == "date" or not query.text:
        body["sort"] = [{"published_at": {"order": "desc", "missing": "_last"}}, "_score"]
    if query.text:
        # Highlight the glossary match only: fuzzy automata per hit and field cost seconds.
        body["highlight"] = {
            "highlight_query": matched_text_query(query.text),
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            "fragment_size": SNIPPET_LENGTH,
            "number_of_fragments": 1,
            "no_match_size": SNIPPET_LENGTH,
            "fields": HIGHLIGHT_FIELDS,
        }
    else:
        body["_source"] = [*SOURCE_FIELDS, "summary"]
    if facets:
        for name, field in FACET_FIELDS.items():
            body["aggs"][name] = {"terms": {"field": field, "size": FACET_SIZE}, "aggs": {"groups": GROUP_COUNT}}
    return body


def elasticsearch_search(query: SearchQuery, audience: Audience) -> SearchResults:
    response = get_client().search(index=alias_name(), **search_request_body(query, audience))
    aggregations = response.get("aggregations", {})
    hits = [_hit(hit, query) for hit in response["hits"]["hits"]]
    _attach_translations(hits, [hit["_source"] for hit in response["hits"]["hits"]], query, audience)
    return SearchResults(
        total=int(aggregations.get("groups", {}).get("value", 0)),
        page=query.page,
        page_size=query.page_size,
        hits=hits,
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


def _snippet(hit: dict) -> str:
    highlights = hit.get("highlight", {})
    for field in HIGHLIGHT_FIELDS:
        fragments = highlights.get(field)
        if fragments and "<mark>" in fragments[0]:
            return fragments[0]
    for field in HIGHLIGHT_FIELDS:
        if highlights.get(field):
            return highlights[field][0]
    return escape(hit["_source"].get("summary", "")[:SNIPPET_LENGTH])


def _attach_translations(hits: list[SearchHit], sources: list[dict], query: SearchQuery, audience: Audience) -> None:
    """The other languages of the page's results, in one filter-only request (cheaper than inner hits)."""
    group_keys = [source["group_key"] for source in sources if source.get("translation_key")]
    if not group_keys:
        return
    filters = [*visibility_filter(audience), *edition_filter(query.edition), {"terms": {"group_key": group_keys}}]
    response = get_client().search(
        index=alias_name(),
        query={"bool": {"filter": filters}},
        source=["group_key", "language", "url", "title", "summary"],
        size=len(group_keys) * 3,
        track_total_hits=False,
    )
    by_group: dict[str, list[dict]] = {}
    for found in response["hits"]["hits"]:
        by_group.setdefault(found["_source"]["group_key"], []).append({**found["_source"], "id": found["_id"]})
    for hit, source in zip(hits, sources, strict=True):
        siblings = sorted(by_group.get(source["group_key"], []), key=lambda item: item["language"])
        readers = [sibling for sibling in siblings if sibling["language"] == query.reader_language]
        if readers and not hit.in_reader_language:
            _show_in_reader_language(hit, readers[0])
        seen = {hit.language}
        for sibling in siblings:
            if sibling["language"] not in seen:
                seen.add(sibling["language"])
                hit.translations.append(
                    Translation(language=sibling["language"], url=sibling["url"], title=sibling["title"])
                )


def _show_in_reader_language(hit: SearchHit, translation: dict) -> None:
    """The group matched through another language; the reader gets their own language's version."""
    hit.id, hit.title, hit.url = translation["id"], translation["title"], translation["url"]
    hit.language = translation["language"]
    hit.snippet = escape(translation.get("summary", "")[:SNIPPET_LENGTH])
    hit.in_reader_language = True


def _hit(hit: dict, query: SearchQuery) -> SearchHit:
    source = hit["_source"]
    translations: list[Translation] = []
    published = source.get("published_at")
    return SearchHit(
        id=hit["_id"],
        kind=source["kind"],
        title=source["title"],
        url=source["url"],
        language=source["language"],
        snippet=_snippet(hit),
        countries=source.get("countries", []),
        topics=source.get("topics", []),
        edition=source.get("edition", ""),
        is_current=source.get("is_current", True),
        published_at=datetime.fromisoformat(published) if published else None,
        in_reader_language=source["language"] == query.reader_language,
        translations=translations,
        group=source.get("group_key", ""),
    )


def suggest_request_body(text: str, audience: Audience, *, reader_language: str, size: int) -> dict:
    """Titles with a word starting as typed (the suggester), then, in the same request, titles holding every
    typed word in any order (the last as typed so far), then the suggester's typo-tolerant entries."""
    contexts = {"audience": audience_contexts(audience, reader_language=reader_language)}
    completion = {"field": "suggest", "size": size * 3, "contexts": contexts}
    body: dict = {
        "suggest": {
            "titles": {"prefix": text, "completion": completion},
            "close_titles": {"prefix": text, "completion": {**completion, "fuzzy": SUGGEST_FUZZINESS}},
        },
        "_source": ["title", "url", "group_key"],
        "size": 0,
        "track_total_hits": False,
    }
    if len(text.split()) > 1:
        body["size"] = size * 3
        body["query"] = {
            "bool": {
                "must": [
                    {
                        "multi_match": {
                            "query": text,
                            "type": "bool_prefix",
                            "fields": ["title", "title.ar"],
                            "operator": "and",
                            "fuzziness": "AUTO",
                            "prefix_length": 2,
                        }
                    }
                ],
                "filter": [*visibility_filter(audience), {"term": {"is_current": True}}],
                "should": [{"term": {"language": {"value": reader_language, "boost": 0.5}}}],
            }
        }
    return body


def elasticsearch_suggest_titles(text: str, audience: Audience, *, reader_language: str, size: int) -> list[dict]:
    """Titles matching what has been typed, visible to the audience, one per translation group and title.

    Duplicates are dropped here rather than with the suggester's skip_duplicates, which costs more at 100k entries.
    """
    body = suggest_request_body(text, audience, reader_language=reader_language, size=size)
    response = get_client().search(index=alias_name(), **body)
    found = [
        *(option["_source"] for option in response["suggest"]["titles"][0]["options"]),
        *(hit["_source"] for hit in response["hits"]["hits"]),
        *(option["_source"] for option in response["suggest"]["close_titles"][0]["options"]),
    ]
    seen_groups, seen_titles, titles = set(), set(), []
    for source in found:
        if source["group_key"] in seen_groups or source["title"] in seen_titles:
            continue
        seen_groups.add(source["group_key"])
        seen_titles.add(source["title"])
        titles.append({"title": source["title"], "url": source["url"]})
    return titles[:size]
