"""Database-engine search benchmark (no Elasticsearch): rebuild into the records, then search end to end.

    PORTAL_VAR_DIR=/tmp/bench-db-var .venv/bin/python bench/database_search_bench.py --size 19600

SQLite under PORTAL_VAR_DIR unless DATABASE_URL names PostgreSQL. Uses the synthetic corpus of
bench/corpus.py (--size forum posts plus guideline sections and lessons: 19,600 gives 20,188
documents) and the corpus queries, plus a typo, a quoted phrase and a long multi-word query.
Goal (issue 12): search p95 <= 150 ms at 20k documents on SQLite.

Side by side, interleaved: the service end to end (hybrid: keyword + vectors, fused), the keyword engine
alone, and the floor: the database's bare full-text statement for the same analysed words, best 10 by
its own relevance (no filters, grouping, facets or snippets), which no engine over it can beat.
`--skip-rebuild` searches the records a previous run left (same PORTAL_VAR_DIR and --size).
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ["ELASTICSEARCH_URL"] = ""

from bench.corpus import QUERIES, corpus  # noqa: E402
from bench.search_bench import BenchSource, line, percentile, timed  # noqa: E402

GOAL_P95_MS = 150

EXTRA_QUERIES = [
    "reintegraton",
    '"psychosocial support"',
    "trafficking survivors shelter family tracing case plan",
    "psychosocial reintegration",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=19_600, help="forum-post-like documents (default 19600)")
    parser.add_argument("--repeat", type=int, default=10, help="passes over the query list")
    parser.add_argument("--skip-rebuild", action="store_true", help="search the records of a previous run")
    arguments = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict

    import search.sources
    from search.audience import ANONYMOUS
    from search.engines.database import database_search
    from search.maintenance import index_rebuild
    from search.query import parse_search_request
    from search.service import knowledge_search

    settings.ELASTICSEARCH_URL = ""
    call_command("migrate", verbosity=0)
    documents = list(corpus(arguments.size))
    search.sources._sources = {BenchSource.name: BenchSource(documents)}
    print(
        f"Corpus: {len(documents)} documents on {connection.vendor}; machine: {os.cpu_count()} cores, "
        f"load {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    if not arguments.skip_rebuild:
        started = time.perf_counter()
        report = index_rebuild()
        seconds = time.perf_counter() - started
        print(f"  rebuild into the records {report.documents / seconds:8.0f} docs/s ({seconds:.1f} s)", flush=True)

    queries = [parse_search_request(QueryDict(f"q={q}"), reader_language="en") for q in [*QUERIES, *EXTRA_QUERIES]]
    totals = {query.text: knowledge_search(query=query, user=None).total for query in queries}  # warms caches

    def service(query):
        knowledge_search(query=query, user=None)

    def keyword(query):
        database_search(query, ANONYMOUS)

    def floor(query):
        with connection.cursor() as cursor:
            cursor.execute(*bare_full_text(connection.vendor, query.text))
            cursor.fetchall()

    order = random.Random(5)
    times = {service: [], keyword: [], floor: []}
    per_query = {query.text: {measured: [] for measured in times} for query in queries}
    for _ in range(arguments.repeat):
        for query in queries:
            for measured in order.sample(list(times), k=len(times)):
                spent = timed(lambda query=query, measured=measured: measured(query), 1)
                times[measured] += spent
                per_query[query.text][measured] += spent
    print(f"\nSearch ({len(times[service])} requests each, anonymous reader, facets, first page, interleaved)")
    line("service end to end (keyword + vectors, fused)", times[service])
    line("keyword engine alone (database_search)", times[keyword])
    line("floor: bare full-text statement, best 10", times[floor])
    p95 = percentile(times[service], 0.95)
    print(f"  goal: service p95 <= {GOAL_P95_MS} ms: {'met' if p95 <= GOAL_P95_MS else 'NOT met'} ({p95:.1f} ms)")
    print(f"\n    {'query (fastest of the runs)':42} {'service':>9} {'keyword':>9} {'floor':>9}  groups")
    for query in queries:
        spent = per_query[query.text]
        print(
            f"    {query.text[:40]:42} {min(spent[service]):6.1f} ms {min(spent[keyword]):6.1f} ms "
            f"{min(spent[floor]):6.1f} ms  {totals[query.text]:6}"
        )


def bare_full_text(vendor: str, text: str) -> tuple[str, list]:
    """The database's own ranked match of any of the query's analysed words, first 10 ids."""
    from search.glossary import analysed_words

    words = sorted(set(analysed_words(text))) or ["nothing"]
    if vendor == "postgresql":
        vector = "to_tsvector('simple'::regconfig, search_text)"
        query = "to_tsquery('simple', %s)"
        return (
            f"SELECT id FROM search_searchrecord WHERE {vector} @@ {query} "
            f"ORDER BY ts_rank_cd({vector}, {query}) DESC LIMIT 10",
            [" | ".join(words)] * 2,
        )
    expression = " OR ".join(f'"{word}"' for word in words)
    return "SELECT rowid FROM search_record_fts WHERE search_record_fts MATCH %s ORDER BY rank LIMIT 10", [expression]


if __name__ == "__main__":
    main()
