"""Searching the database records (no Elasticsearch, or it is down): same filters, grouping and facet shape.

Matching is accent-folded substring search with the glossary expansion (every query word or glossary
phrase must match one of its alternatives); there is no stemming, fuzziness or highlighting.
"""

from collections import Counter, defaultdict

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils.html import escape

from search.audience import Audience
from search.glossary import expand_query
from search.models import SearchRecord
from search.query import SearchQuery
from search.results import FacetValue, SearchHit, SearchResults, Translation
from search.sources import Visibility

SNIPPET_LENGTH = 180
FACET_SIZE = 30
FACET_COLUMNS = {"country": "countries", "topic": "topics", "type": "kind", "lang": "language"}


def visible_records(audience: Audience):
    records = SearchRecord.objects.all()
    if audience.everything:
        return records
    allowed = Q(visibility__in=audience.visibilities)
    for group in audience.groups:
        allowed |= Q(visibility=Visibility.GROUPS, groups__contains=f"|{group}|")
    return records.filter(allowed)


def _any_of(column: str, values, *, piped: bool) -> Q:
    condition = Q(pk__in=[])
    for value in values:
        condition |= Q(**{f"{column}__contains": f"|{value}|"}) if piped else Q(**{column: value})
    return condition


def matching_records(query: SearchQuery, audience: Audience):
    records = visible_records(audience)
    if query.edition == "":
        records = records.filter(is_current=True)
    elif query.edition != "all":
        records = records.filter(edition=query.edition)
    if query.countries:
        records = records.filter(_any_of("countries", query.countries, piped=True))
    if query.topics:
        records = records.filter(_any_of("topics", query.topics, piped=True))
    if query.kinds:
        records = records.filter(kind__in=query.kinds)
    if query.languages:
        records = records.filter(language__in=query.languages)
    if query.date_from:
        records = records.filter(published_at__date__gte=query.date_from)
    if query.date_to:
        records = records.filter(published_at__date__lte=query.date_to)
    if query.published_after:
        records = records.filter(published_at__gt=query.published_after)
    if query.published_until:
        records = records.filter(published_at__lte=query.published_until)
    for alternatives in expand_query(query.text) if query.text else []:
        records = records.filter(_contains_any(alternatives))
    return records


def _contains_any(alternatives: set[str]) -> Q:
    condition = Q(pk__in=[])
    for alternative in alternatives:
        condition |= Q(search_text__contains=alternative)
    return condition


def database_search(query: SearchQuery, audience: Audience, *, degraded: bool = False) -> SearchResults:
    records = matching_records(query, audience).annotate(
        in_reader_language=Case(When(language=query.reader_language, then=Value(1)), default=Value(0)),
        current=Case(When(is_current=True, then=Value(1)), default=Value(0), output_field=IntegerField()),
    )
    if query.sort == "date" or not query.text:
        records = records.order_by("-published_at", "-in_reader_language", "id")
    else:
        records = records.order_by("-current", "-in_reader_language", "-published_at", "id")
    rows = list(records.values_list("id", "group_key", "countries", "topics", "kind", "language"))
    groups: dict[str, list[int]] = defaultdict(list)
    facet_groups: dict[str, dict[str, set[str]]] = {name: defaultdict(set) for name in FACET_COLUMNS}
    for record_id, group_key, countries, topics, kind, language in rows:
        groups[group_key].append(record_id)
        for value in countries.strip("|").split("|"):
            if value:
                facet_groups["country"][value].add(group_key)
        for value in topics.strip("|").split("|"):
            if value:
                facet_groups["topic"][value].add(group_key)
        facet_groups["type"][kind].add(group_key)
        facet_groups["lang"][language].add(group_key)
    page_groups = list(groups.values())[query.offset : query.offset + query.page_size]
    by_id = SearchRecord.objects.in_bulk([record_id for group in page_groups for record_id in group])
    # A record read above may have been removed since (the worker refreshes records while we read): skip it.
    found_groups = [[by_id[record_id] for record_id in group if record_id in by_id] for group in page_groups]
    return SearchResults(
        total=len(groups),
        page=query.page,
        page_size=query.page_size,
        hits=[_hit(records, query) for records in found_groups if records],
        facets={name: _facet(values, query, name) for name, values in facet_groups.items()},
        backend="database",
        degraded=degraded,
        notices=list(query.notices),
    )


def _facet(values: dict[str, set[str]], query: SearchQuery, name: str) -> list[FacetValue]:
    selected = {"country": query.countries, "topic": query.topics, "type": query.kinds, "lang": query.languages}[name]
    counts = Counter({value: len(group_keys) for value, group_keys in values.items()})
    return [
        FacetValue(value=value, count=count, selected=value in selected)
        for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
    ]


def _hit(group: list[SearchRecord], query: SearchQuery) -> SearchHit:
    record = group[0]
    return SearchHit(
        id=record.document_id,
        kind=record.kind,
        title=record.title,
        url=record.url,
        language=record.language,
        snippet=escape(record.text[:SNIPPET_LENGTH]),
        countries=[value for value in record.countries.split("|") if value],
        topics=[value for value in record.topics.split("|") if value],
        edition=record.edition,
        is_current=record.is_current,
        published_at=record.published_at,
        in_reader_language=record.language == query.reader_language,
        translations=[
            Translation(language=other.language, url=other.url, title=other.title)
            for other in group[1:]
            if other.language != record.language
        ][:3],
    )


def database_suggest_titles(text: str, audience: Audience, *, reader_language: str, size: int) -> list[dict]:
    records = visible_records(audience).filter(is_current=True, title__icontains=text)
    records = records.annotate(
        in_reader_language=Case(When(language=reader_language, then=Value(1)), default=Value(0))
    ).order_by("-in_reader_language", "title")
    seen, suggestions = set(), []
    for title, url, group_key in records.values_list("title", "url", "group_key")[: size * 3]:
        if group_key not in seen:
            seen.add(group_key)
            suggestions.append({"title": title, "url": url})
    return suggestions[:size]
