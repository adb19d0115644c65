"""The Elasticsearch filters shared by searching and suggesting: visibility first, then the reader's choices."""

from search.audience import Audience
from search.query import SearchQuery
from search.sources import Visibility


def visibility_filter(audience: Audience) -> list[dict]:
    if audience.everything:
        return []
    allowed: list[dict] = [{"terms": {"visibility": list(audience.visibilities)}}]
    if audience.groups:
        allowed.append(
            {
                "bool": {
                    "filter": [
                        {"term": {"visibility": Visibility.GROUPS}},
                        {"terms": {"groups": list(audience.groups)}},
                    ]
                }
            }
        )
    return [{"bool": {"should": allowed, "minimum_should_match": 1}}]


def edition_filter(edition: str) -> list[dict]:
    if edition == "all":
        return []
    if edition:
        return [{"term": {"edition": edition}}]
    return [{"term": {"is_current": True}}]


def choice_filters(query: SearchQuery) -> list[dict]:
    filters = []
    for field, values in (
        ("countries", query.countries),
        ("topics", query.topics),
        ("kind", query.kinds),
        ("language", query.languages),
    ):
        if values:
            filters.append({"terms": {field: list(values)}})
    if query.date_from or query.date_to:
        bounds = {}
        if query.date_from:
            bounds["gte"] = query.date_from.isoformat()
        if query.date_to:
            bounds["lte"] = query.date_to.isoformat()
        filters.append({"range": {"published_at": bounds}})
    if query.published_after or query.published_until:
        bounds = {}
        if query.published_after:
            bounds["gt"] = query.published_after.isoformat()
        if query.published_until:
            bounds["lte"] = query.published_until.isoformat()
        filters.append({"range": {"published_at": bounds}})
    return filters
