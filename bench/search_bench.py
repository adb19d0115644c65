"""Search benchmark: rebuild vs raw _bulk, search end to end vs the raw request, facets, autocomplete,
and the semantic layer's costs (encoder load and memory, query encoding, cold encoding, hybrid search).

    PORTAL_VAR_DIR=/tmp/bench-var ELASTICSEARCH_URL=http://127.0.0.1:9200 \
        .venv/bin/python bench/search_bench.py --size 100000

Builds a synthetic corpus with the word statistics of real text (bench/corpus.py) directly as
KnowledgeDocuments (forum topics plus guideline sections and lessons, 12 countries, EN/FR/AR), registers it as the only knowledge source, and measures each pair
side by side in one run. Uses its own index prefix and deletes its indices at the end. Prints figures.
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

from bench.corpus import PREFIXES, QUERIES, corpus  # noqa: E402


class BenchSource:
    name = "bench.corpus"

    def __init__(self, documents):
        self.documents = {document.id: [document] for document in documents}

    def all_keys(self):
        return list(self.documents)

    def documents_for(self, keys):
        return {key: self.documents[key] for key in keys if key in self.documents}


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(function, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return times


def line(label, times):
    print(f"  {label:44} p50 {statistics.median(times):7.1f} ms   p95 {percentile(times, 0.95):7.1f} ms")


def resident_megabytes() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def semantic_costs(bodies, encode_texts, attach_vectors):
    """Encoder load time and memory, query-sized encoding, and the cold (first-time) encoding rate."""
    before, started = resident_megabytes(), time.perf_counter()
    encode_texts(["warm-up"])
    print("\nSemantic layer")
    print(
        f"  encoder load (once per process)               {time.perf_counter() - started:8.2f} s, "
        f"+{resident_megabytes() - before:.0f} MB resident"
    )
    questions = [f"{query} {number}" for number in range(5) for query in QUERIES]  # distinct: no cache
    line("query encoding (uncached)", timed(lambda: encode_texts([questions.pop()]), len(questions)))
    started = time.perf_counter()
    attach_vectors(bodies)
    seconds = time.perf_counter() - started
    print(f"  cold encoding (title + first passage)         {len(bodies) / seconds:8.0f} docs/s  ({seconds:.1f} s)")


def hybrid_costs(
    queries,
    client,
    alias,
    knowledge_search,
    search_request_body,
    knn_request_body,
    encode_query,
    uses_semantic,
    min_similarity,
    audience,
    repeat,
):
    """Hybrid search end to end against its identical raw requests (keyword + kNN), vectors precomputed."""
    vectors = {query.text: encode_query(query.text) for query in queries}

    from django.core.cache import cache

    from search.semantic.encoder import _query_vector, query_vector_key

    def service(query):
        _query_vector.cache_clear()  # every query encoded, as a reader's new query is
        cache.delete(query_vector_key(query.text))
        knowledge_search(query=query, user=None)

    def raw(query):
        client.search(index=alias, **search_request_body(query, audience))
        if uses_semantic(query):
            body = knn_request_body(
                query, audience, vectors[query.text], size=query.page_size, min_similarity=min_similarity
            )
            client.search(index=alias, **body)

    order = random.Random(11)
    times = {service: [], raw: []}
    for _ in range(repeat):
        for query in queries:
            for measured in order.sample(list(times), k=len(times)):
                times[measured] += timed(lambda query=query, measured=measured: measured(query), 1)
    print(f"\nHybrid search ({len(times[service])} requests each, the service encodes every query)")
    line("service end to end (keyword + kNN, fused)", times[service])
    line("identical raw requests (keyword, then kNN)", times[raw])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="forum-post-like documents (default 100000)")
    parser.add_argument("--repeat", type=int, default=10, help="passes over the query list")
    arguments = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.http import QueryDict

    import search.sources
    from search.audience import ANONYMOUS
    from search.client import bulk_write, get_client
    from search.documents import alias_name, index_body
    from search.engines.elasticsearch import elasticsearch_suggest_titles, search_request_body
    from search.glossary import synonym_rules
    from search.maintenance import index_rebuild
    from search.query import parse_search_request
    from search.semantic.elasticsearch_knn import knn_request_body
    from search.semantic.encoder import encode_query, encode_texts
    from search.semantic.hybrid import MIN_SIMILARITY, uses_semantic
    from search.semantic.vectors import attach_vectors
    from search.serialization import document_body
    from search.service import knowledge_search, knowledge_suggest

    if not settings.ELASTICSEARCH_URL:
        sys.exit("Set ELASTICSEARCH_URL (e.g. http://127.0.0.1:9200).")
    settings.SEARCH_INDEX_PREFIX = f"bench-{uuid.uuid4().hex[:6]}"
    settings.SEARCH_DATABASE_FALLBACK = False  # measure the index alone; the database mirror is a separate cost
    settings.ELASTICSEARCH_QUERY_TIMEOUT = settings.ELASTICSEARCH_INDEX_TIMEOUT = 60
    client = get_client()
    call_command("migrate", verbosity=0)

    documents = list(corpus(arguments.size))
    search.sources._sources = {BenchSource.name: BenchSource(documents)}
    print(
        f"Corpus: {len(documents)} documents ({arguments.size} forum posts + guideline sections + lessons), "
        f"12 countries, EN/FR/AR; machine: {os.cpu_count()} cores; Elasticsearch {client.info()['version']['number']}"
    )

    raw_index = f"{settings.SEARCH_INDEX_PREFIX}-raw"
    try:
        bodies = {d.id: document_body(source=BenchSource.name, key=d.id, document=d) for d in documents}
        if settings.SEARCH_SEMANTIC:
            semantic_costs(bodies, encode_texts, attach_vectors)  # the raw bodies then carry vectors too
        client.indices.create(index=raw_index, **index_body(rules=synonym_rules(), building=True))
        started = time.perf_counter()
        bulk_write(({"_index": raw_index, "_id": id_, "_source": body} for id_, body in bodies.items()))
        client.indices.refresh(index=raw_index)
        raw_seconds = time.perf_counter() - started
        client.indices.delete(index=raw_index)

        started = time.perf_counter()
        report = index_rebuild()
        rebuild_seconds = time.perf_counter() - started
        print("\nIndexing")
        print(
            f"  raw _bulk (prebuilt bodies)                   {len(bodies) / raw_seconds:8.0f} docs/s  ({raw_seconds:.1f} s)"
        )
        print(
            f"  search_index --rebuild (sources -> alias)     {report.documents / rebuild_seconds:8.0f} docs/s  "
            f"({rebuild_seconds:.1f} s) = {raw_seconds / rebuild_seconds:.2f}x raw"
        )

        semantic = settings.SEARCH_SEMANTIC
        settings.SEARCH_SEMANTIC = False  # keyword search against its raw request first; hybrid after
        queries = [parse_search_request(QueryDict(f"q={q}"), reader_language="en") for q in QUERIES]
        for query in queries:  # warm caches once
            knowledge_search(query=query, user=None)

        def service(query):
            knowledge_search(query=query, user=None)

        def raw(query):
            client.search(index=alias_name(), **search_request_body(query, ANONYMOUS))

        def raw_without_aggs(query):
            client.search(index=alias_name(), **search_request_body(query, ANONYMOUS, facets=False))

        # The order of the three requests is shuffled per query: whichever runs second finds warmer caches.
        order = random.Random(7)
        times = {service: [], raw: [], raw_without_aggs: []}
        for _ in range(arguments.repeat):
            for query in queries:
                for measured in order.sample(list(times), k=len(times)):
                    times[measured] += timed(lambda query=query, measured=measured: measured(query), 1)
        service_times, raw_times, plain_times = times[service], times[raw], times[raw_without_aggs]
        matched = [
            client.count(index=alias_name(), query=search_request_body(query, ANONYMOUS)["query"])["count"]
            for query in queries
        ]
        print(
            f"\nQueries match {min(matched)} to {max(matched)} documents (median {statistics.median(matched):.0f}, "
            f"{statistics.median(matched) / len(documents):.0%} of the corpus)"
        )
        print(f"\nSearch ({len(service_times)} requests each, anonymous reader, interleaved)")
        line("service end to end (knowledge_search)", service_times)
        line("identical raw Elasticsearch request", raw_times)
        line("same request without facet aggregations", plain_times)
        settings.SEARCH_SEMANTIC = semantic
        if semantic:
            hybrid_costs(
                queries,
                client,
                alias_name(),
                knowledge_search,
                search_request_body,
                knn_request_body,
                encode_query,
                uses_semantic,
                MIN_SIMILARITY,
                ANONYMOUS,
                arguments.repeat,
            )

        def suggest(prefix):
            knowledge_suggest(text=prefix, user=None, reader_language="en")

        def suggest_titles(prefix):
            elasticsearch_suggest_titles(prefix, ANONYMOUS, reader_language="en", size=5)

        def ping(prefix):
            client.count(index=alias_name())

        times = {suggest: [], suggest_titles: [], ping: []}
        for _ in range(arguments.repeat * 2):
            for prefix in PREFIXES:
                for measured in order.sample(list(times), k=len(times)):
                    times[measured] += timed(lambda prefix=prefix, measured=measured: measured(prefix), 1)
        suggest_times, raw_suggest_times, ping_times = times[suggest], times[suggest_titles], times[ping]
        print(f"\nAutocomplete ({len(suggest_times)} requests)")
        line("knowledge_suggest (titles + topics + countries)", suggest_times)
        line("its Elasticsearch title request alone", raw_suggest_times)
        line("baseline: _count round trip (machine load)", ping_times)
    finally:
        for name in client.indices.get(index=f"{settings.SEARCH_INDEX_PREFIX}-*", expand_wildcards="all"):
            client.indices.delete(index=name, ignore_unavailable=True)


if __name__ == "__main__":
    main()
