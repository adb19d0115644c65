"""Reciprocal-rank fusion of keyword and semantic results, in Python (Elasticsearch's RRF needs a paid licence).

Each list adds 1 / (RANK_CONSTANT + rank) to a result; ranks, not scores, so BM25 and cosine scales never
have to agree. Results are matched by the group the engines collapse on. A result in both lists keeps the keyword list's version (its snippet is highlighted).
"""

from search.results import SearchHit

RANK_CONSTANT = 60


def reciprocal_rank_fusion(rankings: list[list[SearchHit]], *, weights: list[float] | None = None) -> list[SearchHit]:
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    first: dict[str, SearchHit] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, hit in enumerate(ranking, start=1):
            key = hit.group or hit.id  # a topic found by keywords through one reply, by meaning through another
            first.setdefault(key, hit)
            scores[key] = scores.get(key, 0.0) + weight / (RANK_CONSTANT + rank)
    order = {id_: position for position, id_ in enumerate(first)}  # ties: keyword order first
    return [first[id_] for id_ in sorted(first, key=lambda id_: (-scores[id_], order[id_]))]
