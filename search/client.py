"""The Elasticsearch clients of the process, built from settings: short timeouts for queries, longer for indexing.

Besides search/documents.py (the mapping), this is the only module that imports the elasticsearch
package: the rest of the search app uses these helpers and catches `SearchBackendError`.
"""

from collections.abc import Iterable, Iterator
from functools import cache
from typing import Literal

from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.helpers import BulkIndexError, scan, streaming_bulk

from django.conf import settings

# Anything the cluster or the network can throw at us: callers degrade, retry or report.
SearchBackendError = (ApiError, TransportError, BulkIndexError)


def elasticsearch_configured() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def get_client(*, use: Literal["query", "index"] = "query") -> Elasticsearch:
    """A shared client per use: readers' queries wait briefly so a slow cluster never holds a page hostage;
    indexing and operator commands (worker, rebuild, check) wait longer, since nobody is waiting on a page."""
    timeout = settings.ELASTICSEARCH_INDEX_TIMEOUT if use == "index" else settings.ELASTICSEARCH_QUERY_TIMEOUT
    return _client_for(cluster_nodes(settings.ELASTICSEARCH_URL), float(timeout))


def cluster_nodes(url: str) -> tuple[str, ...]:
    """The node URLs of ELASTICSEARCH_URL: one URL, or a comma-separated list of a cluster's nodes."""
    return tuple(node.strip() for node in url.split(",") if node.strip())


@cache
def _client_for(nodes: tuple[str, ...], timeout: float) -> Elasticsearch:
    # A request that cannot reach a node is retried on the others, each tried at most once.
    retries = max(1, len(nodes) - 1)
    return Elasticsearch(list(nodes), request_timeout=timeout, retry_on_timeout=False, max_retries=retries)


def bulk_write(actions: Iterable[dict], *, chunk_size: int = 500, ignore_status: tuple = ()) -> int:
    """Sends bulk actions; raises BulkIndexError listing the items the cluster refused. Returns the count."""
    client = get_client(use="index")
    done = 0
    for ok, _item in streaming_bulk(
        client,
        actions,
        chunk_size=chunk_size,
        max_chunk_bytes=20 * 1024 * 1024,
        raise_on_error=True,
        ignore_status=ignore_status,
    ):
        done += ok
    return done


def scan_hits(*, index: str, query: dict, source: list[str] | bool) -> Iterator[dict]:
    """Every hit of a query, paged with a scroll (for drift checks and large replacements)."""
    yield from scan(
        get_client(use="index"), index=index, query={"query": query, "_source": source}, size=2000, scroll="2m"
    )
