"""The database engine's matching rows and facet counts, read in one statement over the match.

The matching records are a common table expression (evaluated once, full-text match included); the
statement returns their ranking columns, then per facet the number of translation groups per value
(GROUP BY), so no record's countries and topics are read or split in Python. Countries and topics are
stored "|a|b|" and split in SQL: JSON arrays on SQLite (JSON1 is built in), string_to_array on PostgreSQL.
"""

from collections import Counter

from django.db import connection
from django.db.models import CharField
from django.db.models.functions import Cast

FACET_COLUMNS = {"country": "countries", "topic": "topics", "type": "kind", "lang": "language"}
ROW_COLUMNS = ("id", "group_key", "language", "is_current", "published")  # what ranking reads
_LISTS = ("country", "topic")


def _values_of(column: str) -> str:
    """A FROM item splitting a "|a|b|" column into rows named `value`."""
    if connection.vendor == "postgresql":
        return f"unnest(string_to_array(trim(both '|' from {column}), '|')) AS value"
    escaped = f"replace(replace(trim({column}, '|'), '\\', '\\\\'), '\"', '\\\"')"
    return f"json_each('[\"' || replace({escaped}, '|', '\",\"') || '\"]')"


def rows_and_facet_counts(records) -> tuple[list[tuple], dict[str, Counter]]:
    """The ROW_COLUMNS of every record of `records` (a SearchRecord queryset), and per facet the number
    of translation groups among them per value."""
    # Dates as text: they sort the same, and converting thousands of them cost more than the search.
    records = records.annotate(published=Cast("published_at", output_field=CharField()))
    columns = [*ROW_COLUMNS, "countries", "topics", "kind"]
    sql, params = records.values_list(*columns).query.sql_with_params()
    padding = ", NULL" * (len(ROW_COLUMNS) - 2)
    selects = [f"SELECT 'row', NULL, {', '.join(ROW_COLUMNS)} FROM matched"]
    for name, column in FACET_COLUMNS.items():
        source = f"matched, {_values_of(column)} WHERE {column} <> '|'" if name in _LISTS else "matched"
        value = "value" if name in _LISTS else column
        # The value sits in the group_key column of the rows.
        selects.append(
            f"SELECT '{name}', COUNT(DISTINCT group_key), NULL, {value}{padding} FROM {source} GROUP BY {value}"
        )
    rows, counts = [], {name: Counter() for name in FACET_COLUMNS}
    with connection.cursor() as cursor:
        cursor.execute(f"WITH matched({', '.join(columns)}) AS ({sql}) " + " UNION ALL ".join(selects), params)
        for kind, count, *row in cursor.fetchall():
            if kind == "row":
                rows.append(tuple(row))
            elif row[1]:
                counts[kind][row[1]] = count
    return rows, counts
