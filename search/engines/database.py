"""Searching the database records (no Elasticsearch, or it is down): same filters, grouping and facet shape.

The query becomes concepts (a word, a quoted phrase, or a glossary phrase with its terms in every
language); a record matches when it holds any concept, and records are ranked by how many concepts
they hold (all first, then most), then current edition, then the database's full-text relevance, then
the reader's language. Matching is the database's own full-text search (search.engines.database_fulltext);
ranking, paging and facets are one SQL statement (search.engines.database_ranking).
"""

from collections import Counter

from django.db.models import Q
from django.utils.html import escape

from search.audience import Audience
from search.glossary import Concept, analysed_words, query_concepts
from search.models import SearchRecord
from search.query import SearchQuery
from search.results import FacetValue, SearchHit, SearchResults, Translation
from search.sources import Visibility

from .database_fulltext import FullTextMatch, full_text_match
from .database_ranking import ranked_page
from .database_snippets import highlighted_snippet

SNIPPET_LENGTH = 180
FACET_SIZE = 30
# Alone they would match nearly every record; kept inside phrases and when they are the whole query.
STOP_WORDS = frozenset(
    analysed_words(
        "a an and are as at by for from in is of on or the to with au aux d de des du en et l la le les ou par pour"
        " sur un une في من على الى عن او مع"
    )
)


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
    return records


def meaningful_concepts(text: str) -> list[Concept]:
    concepts = query_concepts(text)
    meaningful = [concept for concept in concepts if not set(concept.words) <= STOP_WORDS]
    return meaningful or concepts


def searched_parts(concepts: list[Concept]) -> list[set[str]]:
    """What the database looks for: each concept, and each word of a glossary phrase on its own too,
    so that "psychosocial reintegration" still finds a record saying only "psychosocial"."""
    parts = []
    for concept in concepts:
        for part in [set(concept.alternatives), *_words_alone(concept)]:
            if part not in parts:
                parts.append(part)
    return parts


def _words_alone(concept: Concept) -> list[set[str]]:
    if concept.quoted or len(concept.words) == 1:
        return []
    return [{word} for word in concept.words if word not in STOP_WORDS]


def covered_sql(concepts: list[Concept], parts: list[set[str]], match: FullTextMatch) -> str:
    """How many query words a record's matches cover (a glossary phrase in any language covers all), in SQL
    over the part_<n> tables of search.engines.database_ranking."""
    if len(parts) == 1:
        return "0"

    def holds(part: set[str]) -> str:
        number = parts.index(part)
        return f"filtered.id IN (SELECT id FROM part_{number})" if match.parts[number] else "1 = 0"

    terms = []
    for concept in concepts:
        whole = holds(set(concept.alternatives))
        alone = " + ".join(f"CASE WHEN {holds(part)} THEN 1 ELSE 0 END" for part in _words_alone(concept)) or "0"
        terms.append(f"CASE WHEN {whole} THEN {len(concept.words)} ELSE {alone} END")
    return " + ".join(terms)


def database_search(query: SearchQuery, audience: Audience, *, degraded: bool = False) -> SearchResults:
    records = matching_records(query, audience)
    match, covered = None, "0"
    if query.text:
        concepts = meaningful_concepts(query.text)
        parts = searched_parts(concepts)
        match = full_text_match(parts)
        covered = covered_sql(concepts, parts, match)
    page = ranked_page(
        records,
        match=match,
        covered=covered,
        by_date=query.sort == "date",
        reader_language=query.reader_language,
        offset=query.offset,
        size=query.page_size,
    )
    by_id = SearchRecord.objects.in_bulk([record_id for group in page.groups for record_id in group])
    # A record read above may have been removed since (the worker refreshes records while we read): skip it.
    found_groups = [[by_id[record_id] for record_id in group if record_id in by_id] for group in page.groups]
    return SearchResults(
        total=page.total,
        page=query.page,
        page_size=query.page_size,
        hits=[_hit(_shown_first(records, query), query, match) for records in found_groups if records],
        facets={name: _facet(counts, query, name) for name, counts in page.facet_counts.items()},
        backend="database",
        degraded=degraded,
        notices=list(query.notices),
    )


def _shown_first(group: list[SearchRecord], query: SearchQuery) -> list[SearchRecord]:
    """The group's best match first (a topic or one of its replies); a translated page in the reader's
    language when it has one, whichever translation matched best."""
    best = group[0]
    if not best.translation_key:
        return group
    return sorted(
        group,
        key=lambda record: (record.translation_key != best.translation_key, record.language != query.reader_language),
    )


def _facet(counts: Counter, query: SearchQuery, name: str) -> list[FacetValue]:
    selected = {"country": query.countries, "topic": query.topics, "type": query.kinds, "lang": query.languages}[name]
    return [
        FacetValue(value=value, count=count, selected=value in selected)
        for value, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
    ]


def _hit(group: list[SearchRecord], query: SearchQuery, match: FullTextMatch | None) -> SearchHit:
    record = group[0]
    snippet = escape(record.text[:SNIPPET_LENGTH])
    if match:
        snippet = highlighted_snippet(record.text, words=match.words, fuzzy=match.fuzzy, length=SNIPPET_LENGTH)
    return SearchHit(
        id=record.document_id,
        kind=record.kind,
        title=record.title,
        url=record.url,
        language=record.language,
        snippet=snippet,
        countries=[value for value in record.countries.split("|") if value],
        topics=[value for value in record.topics.split("|") if value],
        edition=record.edition,
        is_current=record.is_current,
        published_at=record.published_at,
        in_reader_language=record.language == query.reader_language,
        translations=_translations(record, group[1:]),
        group=record.group_key,
    )


def _translations(record: SearchRecord, others: list[SearchRecord]) -> list[Translation]:
    """The same page in the other languages (never a reply grouped under its topic)."""
    by_language = {}
    for other in others:
        if record.translation_key and other.translation_key == record.translation_key:
            by_language.setdefault(other.language, other)
    by_language.pop(record.language, None)
    return [Translation(language=other.language, url=other.url, title=other.title) for other in by_language.values()]
