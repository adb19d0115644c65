"""Relevance benchmark: recall@10, MRR and nDCG@10 of keyword, keyword + glossary, semantic and hybrid search,
on Elasticsearch and on the database engine, in one run.

    PORTAL_VAR_DIR=/tmp/relevance-var ELASTICSEARCH_URL=http://127.0.0.1:9200 \
        .venv/bin/python bench/relevance.py [--noise 1000] [--by-kind] [--misses]

The judged set (bench/relevance_set.py) is 14 subjects written up as separate English, French and Arabic
posts and 44 queries; each query is relevant to its subject's three posts. Around them, `--noise`
generated posts with the word statistics of real text (bench/corpus.py) compete for every query. The
glossary-free run indexes with an empty glossary; the others with the shipped one. Uses its own index
prefix and deletes its indices at the end; the database engine is the one DATABASE_URL names (SQLite by default).
"""

import argparse
import math
import os
import sys
import uuid
from contextlib import contextmanager, nullcontext
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

from bench.relevance_set import POSTS, QUERIES  # noqa: E402

CUTOFF = 10


class RelevanceSource:
    name = "bench.relevance"

    def __init__(self, documents):
        self.documents = {document.id: [document] for document in documents}

    def all_keys(self):
        return list(self.documents)

    def documents_for(self, keys):
        return {key: self.documents[key] for key in keys if key in self.documents}


def judged_documents():
    from search.sources import KnowledgeDocument

    for subject, versions in POSTS.items():
        for language, (title, text) in versions.items():
            yield KnowledgeDocument(
                id=f"{subject}-{language}",
                kind="forum_topic",
                title=title,
                text=text,
                language=language,
                url=f"/{language}/forum/topics/{subject}/",
            )


def noise_documents(count: int):
    from dataclasses import replace

    from bench.corpus import corpus
    from search.sources import Visibility

    for document in corpus(count):
        if document.kind == "forum_topic":  # public, so every reader competes with them
            yield replace(document, visibility=Visibility.PUBLIC, groups=[])


def scores(ranked: list[str], relevant: set[str], language: str) -> dict:
    top = ranked[:CUTOFF]
    missed = sorted(relevant - set(top))
    same = {id_ for id_ in relevant if id_.endswith(f"-{language}")}
    first = next((rank for rank, id_ in enumerate(top, start=1) if id_ in relevant), None)
    gains = sum(1 / math.log2(rank + 1) for rank, id_ in enumerate(top, start=1) if id_ in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(relevant), CUTOFF) + 1))
    return {
        "same": len(same & set(top)),
        "same_expected": len(same),
        "cross": len((relevant - same) & set(top)),
        "cross_expected": len(relevant - same),
        "rr": 1 / first if first else 0.0,
        "ndcg": gains / ideal,
        "missed": missed,
    }


def summary(rows: list[dict]) -> str:
    same, same_expected = sum(row["same"] for row in rows), sum(row["same_expected"] for row in rows)
    cross, cross_expected = sum(row["cross"] for row in rows), sum(row["cross_expected"] for row in rows)
    recall = (same + cross) / (same_expected + cross_expected)
    mrr = sum(row["rr"] for row in rows) / len(rows)
    ndcg = sum(row["ndcg"] for row in rows) / len(rows)
    return (
        f"recall@10 {recall:5.2f}  same {same:2}/{same_expected} ({same / same_expected * 12:4.1f}/12)  "
        f"cross {cross:2}/{cross_expected} ({cross / cross_expected * 17:4.1f}/17)  MRR {mrr:4.2f}  nDCG@10 {ndcg:4.2f}"
    )


@contextmanager
def without_glossary():
    with mock.patch("search.glossary.term_groups", return_value=[]):
        yield


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--noise", type=int, default=1000, help="generated posts around the judged ones")
    parser.add_argument("--weights", default="", help="also try these semantic weights in the fusion, e.g. 1.5,2")
    parser.add_argument("--by-kind", action="store_true", help="also print the hybrid figures per kind of query")
    parser.add_argument("--misses", action="store_true", help="also list the judged posts hybrid search left out")
    arguments = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    import search.sources
    from search.audience import ANONYMOUS
    from search.client import get_client
    from search.engines.database import database_search
    from search.engines.elasticsearch import elasticsearch_search
    from search.maintenance import index_rebuild
    from search.query import SearchQuery
    from search.semantic.database_knn import database_nearest
    from search.semantic.elasticsearch_knn import elasticsearch_nearest
    from search.semantic.hybrid import database_hybrid_search, elasticsearch_hybrid_search, semantic_hits

    if not settings.ELASTICSEARCH_URL:
        sys.exit("Set ELASTICSEARCH_URL (e.g. http://127.0.0.1:9200).")
    settings.SEARCH_INDEX_PREFIX = f"relevance-{uuid.uuid4().hex[:6]}"
    settings.ELASTICSEARCH_QUERY_TIMEOUT = settings.ELASTICSEARCH_INDEX_TIMEOUT = 60
    settings.SEARCH_DATABASE_FALLBACK = True  # one rebuild fills the index and the database records
    call_command("migrate", verbosity=0)
    documents = [*judged_documents(), *noise_documents(arguments.noise)]
    search.sources._sources = {RelevanceSource.name: RelevanceSource(documents)}
    client = get_client()
    print(
        f"Corpus: {len(POSTS) * 3} judged posts ({len(POSTS)} subjects x EN/FR/AR) + {len(documents) - len(POSTS) * 3} "
        f"generated posts; {len(QUERIES)} queries; database engine: {django.db.connection.vendor}"
    )

    def ranked(search_function, text, language):
        query = SearchQuery(text=text, reader_language=language, page_size=CUTOFF)
        found = search_function(query, ANONYMOUS)
        return [hit.id for hit in (found.hits if hasattr(found, "hits") else found)]

    def nearest_on(nearest):
        return lambda query, audience: semantic_hits(query, audience, nearest=nearest, size=query.page_size)

    modes = {
        "keyword only (no glossary)": {"elasticsearch": elasticsearch_search, "database": database_search},
        "keyword + glossary": {"elasticsearch": elasticsearch_search, "database": database_search},
        "semantic only": {"elasticsearch": nearest_on(elasticsearch_nearest), "database": nearest_on(database_nearest)},
        "hybrid (keyword + glossary + semantic)": {
            "elasticsearch": elasticsearch_hybrid_search,
            "database": database_hybrid_search,
        },
    }
    results: dict[tuple[str, str], list[dict]] = {}
    try:
        for mode, engines in modes.items():
            settings.SEARCH_SEMANTIC = mode != "keyword only (no glossary)"
            glossary_free = mode == "keyword only (no glossary)"
            with without_glossary() if glossary_free else nullcontext():
                if mode in ("keyword only (no glossary)", "keyword + glossary"):
                    index_rebuild()  # the glossary lives in the index's analysis settings
                for engine, function in engines.items():
                    rows = []
                    for text, language, _kind, subject in QUERIES:
                        relevant = {f"{subject}-{other}" for other in ("en", "fr", "ar")}
                        rows.append(scores(ranked(function, text, language), relevant, language))
                    results[(mode, engine)] = rows
        hybrid = modes["hybrid (keyword + glossary + semantic)"]
        for weight in [float(value) for value in arguments.weights.split(",") if value]:
            mode = f"hybrid, semantic weight {weight}"
            modes[mode] = hybrid
            with mock.patch("search.semantic.hybrid.SEMANTIC_WEIGHT", weight):
                for engine, function in hybrid.items():
                    results[(mode, engine)] = [
                        scores(
                            ranked(function, text, language), {f"{subject}-{o}" for o in ("en", "fr", "ar")}, language
                        )
                        for text, language, _kind, subject in QUERIES
                    ]
        for engine in ("elasticsearch", "database"):
            print(f"\n{engine}")
            for mode in modes:
                print(f"  {mode:40} {summary(results[(mode, engine)])}")
        if arguments.by_kind:
            kinds = sorted({kind for _text, _language, kind, _subject in QUERIES})
            for engine in ("elasticsearch", "database"):
                print(f"\n{engine}, hybrid, by kind of query")
                rows = results[("hybrid (keyword + glossary + semantic)", engine)]
                for kind in kinds:
                    chosen = [row for row, query in zip(rows, QUERIES, strict=True) if query[2] == kind]
                    print(f"  {kind:10} ({len(chosen):2} queries) {summary(chosen)}")
        if arguments.misses:
            for engine in ("elasticsearch", "database"):
                print(f"\n{engine}, hybrid, judged posts not in the top {CUTOFF}")
                rows = results[("hybrid (keyword + glossary + semantic)", engine)]
                for row, (text, language, kind, _subject) in zip(rows, QUERIES, strict=True):
                    if row["missed"]:
                        print(f"  [{language} {kind:8}] {text[:60]:60} missed {', '.join(row['missed'])}")
    finally:
        for name in client.indices.get(index=f"{settings.SEARCH_INDEX_PREFIX}-*", expand_wildcards="all"):
            client.indices.delete(index=name, ignore_unavailable=True)


if __name__ == "__main__":
    main()
