"""Nearest documents on the database engine: the visible, filtered records scored by NumPy."""

import numpy as np

from search.audience import Audience
from search.engines.database import _hit, _shown_first, matching_records
from search.models import SearchRecord
from search.query import SearchQuery
from search.results import SearchHit

from .exclusion import NOTHING, Exclusion
from .matrix import record_vectors


def database_nearest(
    query: SearchQuery,
    audience: Audience,
    vector: np.ndarray,
    *,
    size: int,
    min_similarity: float,
    exclude: Exclusion = NOTHING,
) -> list[SearchHit]:
    """Up to `size` results (translations grouped) whose vector is closest to `vector`, best first."""
    records = matching_records(query, audience).filter(vector_key__isnull=False)
    if exclude.source_key:
        source, key = exclude.source_key.split("|", 1)
        records = records.exclude(source=source, key=key)
    if exclude.groups:
        records = records.exclude(group_key__in=exclude.groups)
    rows = list(records.values_list("id", "group_key", "vector_key"))
    if not rows:
        return []
    scores = record_vectors.similarities(vector, [row[2] for row in rows])
    members: dict[str, list[int]] = {}
    for row_id, group_key, _key in rows:
        members.setdefault(group_key, []).append(row_id)
    chosen: list[str] = []
    for index in np.argsort(-scores, kind="stable"):
        if scores[index] < min_similarity or len(chosen) == size:
            break
        group_key = rows[index][1]
        if group_key not in chosen:
            chosen.append(group_key)
    by_id = SearchRecord.objects.in_bulk([row_id for group_key in chosen for row_id in members[group_key]])
    groups = [[by_id[row_id] for row_id in members[group_key] if row_id in by_id] for group_key in chosen]
    return [_hit(_shown_first(group, query), query, None) for group in groups if group]
