"""Database-engine search benchmark (no Elasticsearch): rebuild into the records, then search end to end.

    PORTAL_VAR_DIR=/tmp/bench-db-var .venv/bin/python bench/database_search_bench.py --size 19600

SQLite under PORTAL_VAR_DIR unless DATABASE_URL names PostgreSQL. Uses the synthetic corpus of
bench/corpus.py (--size forum posts plus guideline sections and lessons: 19,600 gives 20,188
documents) and the corpus queries, plus a typo, a quoted phrase and a long multi-word query.
Goal (issue 12): search p95 <= 150 ms at 20k documents on SQLite.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
os.environ["ELASTICSEARCH_URL"] = ""

from bench.corpus import QUERIES, corpus  # noqa: E402
from bench.search_bench import BenchSource, line, timed  # noqa: E402

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
    arguments = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.http import QueryDict

    import search.sources
    from search.maintenance import index_rebuild
    from search.query import parse_search_request
    from search.service import knowledge_search

    settings.ELASTICSEARCH_URL = ""
    call_command("migrate", verbosity=0)
    documents = list(corpus(arguments.size))
    search.sources._sources = {BenchSource.name: BenchSource(documents)}
    started = time.perf_counter()
    report = index_rebuild()
    seconds = time.perf_counter() - started
    print(f"Corpus: {len(documents)} documents on {connection.vendor}; machine: {os.cpu_count()} cores")
    print(f"  rebuild into the records {report.documents / seconds:8.0f} docs/s ({seconds:.1f} s)")

    queries = [parse_search_request(QueryDict(f"q={q}"), reader_language="en") for q in [*QUERIES, *EXTRA_QUERIES]]
    totals = {query.text: knowledge_search(query=query, user=None).total for query in queries}  # warms caches
    times = []
    for _ in range(arguments.repeat):
        for query in queries:
            times += timed(lambda query=query: knowledge_search(query=query, user=None), 1)
    print("\nSearch (database engine, anonymous reader, facets, first page)")
    line("all queries", times)
    for query in queries:
        one = timed(lambda query=query: knowledge_search(query=query, user=None), 3)
        print(f"    {query.text[:40]:42} {min(one):7.1f} ms  {totals[query.text]:6} groups")


if __name__ == "__main__":
    main()
