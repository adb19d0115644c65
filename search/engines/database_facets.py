"""Facet counts of the database engine, counted by the database: translation groups per value, in one
statement over the matching records (a GROUP BY per facet on one common table expression).

Counting in Python meant reading and splitting the countries and topics of every matching record; at
20k documents that was most of a broad query's time. Countries and topics are stored "|a|b|" and split
in SQL: JSON arrays on SQLite (its JSON1 functions are built in), string_to_array on PostgreSQL.
"""

from collections import Counter

from django.db import connection

FACET_COLUMNS = {"country": "countries", "topic": "topics", "type": "kind", "lang": "language"}
_LISTS = ("country", "topic")


def _values_of(column: str) -> str:
    """A FROM item splitting a "|a|b|" column into rows named `value`."""
    if connection.vendor == "postgresql":
        return f"unnest(string_to_array(trim(both '|' from {column}), '|')) AS value"
    escaped = f"replace(replace(trim({column}, '|'), '\\', '\\\\'), '\"', '\\\"')"
    return f"json_each('[\"' || replace({escaped}, '|', '\",\"') || '\"]')"


def facet_counts(records) -> dict[str, Counter]:
    """Per facet, the number of translation groups among `records` (a SearchRecord queryset) per value."""
    sql, params = records.values_list("group_key", *FACET_COLUMNS.values()).query.sql_with_params()
    columns = ", ".join(["group_key", *FACET_COLUMNS.values()])
    selects = []
    for name, column in FACET_COLUMNS.items():
        if name in _LISTS:
            selects.append(
                f"SELECT '{name}', value, COUNT(DISTINCT group_key) FROM matched, {_values_of(column)}"
                f" WHERE {column} <> '|' GROUP BY value"
            )
        else:
            selects.append(f"SELECT '{name}', {column}, COUNT(DISTINCT group_key) FROM matched GROUP BY {column}")
    counts: dict[str, Counter] = {name: Counter() for name in FACET_COLUMNS}
    with connection.cursor() as cursor:
        cursor.execute(f"WITH matched({columns}) AS ({sql}) " + " UNION ALL ".join(selects), params)
        for name, value, count in cursor.fetchall():
            if value:
                counts[name][value] = count
    return counts
