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
    filters.extend(_published_range(gte=query.date_from, lte=query.date_to))
    filters.extend(_published_range(gt=query.published_after, lte=query.published_until))
    return filters


def _published_range(**bounds) -> list[dict]:
    given = {name: value.isoformat() for name, value in bounds.items() if value}
    return [{"range": {"published_at": given}}] if given else []
