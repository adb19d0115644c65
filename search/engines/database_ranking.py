"""The database engine's ranking, page, total and facet counts: one SQL statement over the match.

The matching records are a common table expression (evaluated once, full-text match included). The
database ranks them, keeps each translation group's best record (a window function) and returns only the
page's groups with their records, the number of groups and, per facet, the groups per value (GROUP BY):
no row beyond the page, no score and no matching id reaches Python. Countries and topics are stored
"|a|b|" and split in SQL: JSON arrays on SQLite (JSON1 is built in), string_to_array on PostgreSQL.
"""

from collections import Counter
from dataclasses import dataclass

from django.db import connection
from django.db.models import CharField
from django.db.models.functions import Cast

from .database_fulltext import FullTextMatch

FACET_COLUMNS = {"country": "countries", "topic": "topics", "type": "kind", "lang": "language"}
_LISTS = ("country", "topic")
_COLUMNS = ("id", "group_key", "language", "is_current", "published", "countries", "topics", "kind")
# Best first. By relevance: the query words covered, the current edition, the database's full-text
# relevance, the reader's language, newest. By date (or browsing): newest, the reader's language.
RELEVANCE_ORDER = "covered DESC, is_current DESC, relevance DESC, other_language, published IS NULL, published DESC, id"
DATE_ORDER = "published IS NULL, published DESC, other_language, id"


@dataclass
class RankedPage:
    groups: list[list[int]]  # the page's translation groups, best first, as record ids (best record first)
    total: int  # translation groups matching
    facet_counts: dict[str, Counter]  # per facet, translation groups per value


def ranked_page(
    records,
    *,
    match: FullTextMatch | None,
    covered: str,
    by_date: bool,
    reader_language: str,
    offset: int,
    size: int,
) -> RankedPage:
    """The page of `records` (a SearchRecord queryset), narrowed to `match` when there is one.

    `covered` is an SQL expression of the query words a record covers, over `filtered.id` and the
    `part_<n>` tables (the records holding match.parts[n]); "0" when the query is one part.
    """
    # Dates as text: they sort the same, and converting thousands of them cost more than the search.
    records = records.annotate(published=Cast("published_at", output_field=CharField()))
    sql, params = records.values_list(*_COLUMNS).query.sql_with_params()
    # The visible records stay a view the planner joins by primary key; the matches are computed once. Left to
    # SQLite, both were materialized and joined row by row without an index: 10-17 s at 20k records.
    tables, parameters = [f"filtered({', '.join(_COLUMNS)}) AS NOT MATERIALIZED ({sql})"], list(params)
    if match:
        tables.append(f"scores(id, relevance) AS MATERIALIZED ({match.scores[0]})")
        parameters += match.scores[1]
        for number, part in enumerate(match.parts):
            if part and covered != "0":
                tables.append(f"part_{number}(id) AS MATERIALIZED ({part[0]})")
                parameters += part[1]
        source = "scores JOIN filtered ON filtered.id = scores.id"
        relevance = "scores.relevance"
    else:
        source, relevance, covered = "filtered", "0", "0"
    tables.append(
        f"matched AS (SELECT filtered.*, {relevance} AS relevance, {covered} AS covered, "
        f"CASE WHEN language = %s THEN 0 ELSE 1 END AS other_language FROM {source})"
    )
    parameters.append(reader_language)
    order = DATE_ORDER if by_date or not match else RELEVANCE_ORDER
    tables.append(
        f"ranked AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY group_key ORDER BY {order}) AS place FROM matched)"
    )
    tables.append(
        f"page AS (SELECT group_key, ROW_NUMBER() OVER (ORDER BY {order}) AS position FROM ranked WHERE place = 1 "
        f"ORDER BY {order} LIMIT {int(size)} OFFSET {int(offset)})"
    )
    # Columns: what the row is, a number (page position or count), place in its group, record id, facet value.
    selects = [
        "SELECT 'row', page.position, ranked.place, ranked.id, NULL FROM page JOIN ranked ON ranked.group_key = page.group_key",
        "SELECT 'total', COUNT(DISTINCT group_key), NULL, NULL, NULL FROM matched",
    ]
    for name, column in FACET_COLUMNS.items():
        if name in _LISTS:
            selects.append(
                f"SELECT '{name}', COUNT(DISTINCT group_key), NULL, NULL, value "
                f"FROM matched, {_values_of(column)} WHERE {column} <> '|' GROUP BY value"
            )
        else:
            selects.append(
                f"SELECT '{name}', COUNT(DISTINCT group_key), NULL, NULL, {column} FROM matched GROUP BY {column}"
            )
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {', '.join(tables)} " + " UNION ALL ".join(selects), parameters)
        rows = cursor.fetchall()
    members: dict[int, list[tuple[int, int]]] = {}
    total, counts = 0, {name: Counter() for name in FACET_COLUMNS}
    for kind, number, place, record_id, value in rows:
        if kind == "row":
            members.setdefault(number, []).append((place, record_id))
        elif kind == "total":
            total = number
        elif value:
            counts[kind][value] = number
    groups = [[record_id for _place, record_id in sorted(members[position])] for position in sorted(members)]
    return RankedPage(groups=groups, total=total, facet_counts=counts)


def _values_of(column: str) -> str:
    """A FROM item splitting a "|a|b|" column into rows named `value`."""
    if connection.vendor == "postgresql":
        return f"unnest(string_to_array(trim(both '|' from {column}), '|')) AS value"
    escaped = f"replace(replace(trim({column}, '|'), '\\', '\\\\'), '\"', '\\\"')"
    return f"json_each('[\"' || replace({escaped}, '|', '\",\"') || '\"]')"
