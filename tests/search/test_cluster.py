"""A 3-node Elasticsearch cluster: the portal reaches every node, and losing one node loses nothing.

The cluster tests need a cluster started by `SEARCH_NODE_COUNT=3 make elasticsearch` (see .ci/run):
ELASTICSEARCH_CLUSTER_URL lists its nodes, ELASTICSEARCH_CLUSTER_HOME is its SEARCH_NODE_HOME.
"""

import os
import signal
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
from elasticsearch import Elasticsearch

from search.audience import ANONYMOUS
from search.client import cluster_nodes, get_client
from search.documents import alias_name, index_body
from search.engines.elasticsearch import elasticsearch_search
from search.query import SearchQuery
from search.serialization import document_body
from search.stores.elasticsearch import ElasticsearchStore
from tests.conftest import require_service

from .factories import knowledge_document

NODE_SCRIPT = Path(__file__).resolve().parents[2] / "search" / "engine" / "node"
PRELOADED = 40
# One killed node would fail the others' checks of a whole cluster: one test on the cluster at a time, whichever
# worker runs it.
pytestmark = pytest.mark.exclusive("elasticsearch-cluster")


def test_comma_separated_url_gives_the_client_every_node(settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9210, http://127.0.0.1:9211,,http://127.0.0.1:9212 "

    hosts = sorted(f"{node.host}:{node.port}" for node in get_client().transport.node_pool.all())

    assert cluster_nodes(settings.ELASTICSEARCH_URL) == tuple(f"http://{host}" for host in hosts)
    assert hosts == ["127.0.0.1:9210", "127.0.0.1:9211", "127.0.0.1:9212"]


@pytest.mark.parametrize("replicas", [0, 1, 2])
def test_new_index_has_the_configured_replicas_once_built(settings, replicas):
    settings.SEARCH_INDEX_REPLICAS = replicas

    serving, building = index_body(rules=[]), index_body(rules=[], building=True)

    assert serving["settings"]["number_of_replicas"] == replicas
    assert building["settings"]["number_of_replicas"] == 0  # a bulk load is copied once, when it is finished


@pytest.fixture
def cluster() -> dict:
    """The cluster's URL and the environment that started it (its SEARCH_NODE_HOME/cluster.env); checked by each
    test inside its `exclusive` lock."""
    url = os.environ.get("ELASTICSEARCH_CLUSTER_URL", "")
    home = os.environ.get("ELASTICSEARCH_CLUSTER_HOME", "")
    if not url or not home:
        require_service("Elasticsearch cluster", "set ELASTICSEARCH_CLUSTER_URL and ELASTICSEARCH_CLUSTER_HOME")
    environment_file = Path(home) / "cluster.env"
    if not environment_file.is_file():
        require_service("Elasticsearch cluster", f"no {environment_file}: start it with SEARCH_NODE_COUNT=3")
    client = Elasticsearch(list(cluster_nodes(url)), request_timeout=10)
    try:
        client.cluster.health(wait_for_status="yellow", wait_for_nodes="3", timeout="10s")
    except Exception as error:
        require_service("Elasticsearch cluster", f"{url} is not a healthy 3-node cluster ({error.__class__.__name__})")
    finally:
        client.close()
    environment = dict(line.split("=", 1) for line in environment_file.read_text().splitlines() if "=" in line)
    return {"url": url, "home": Path(home), "environment": environment}


@pytest.fixture
def cluster_index(cluster, settings):
    """The portal pointed at every node of the cluster, with one replica, behind an alias of its own."""
    settings.ELASTICSEARCH_URL = cluster["url"]
    settings.ELASTICSEARCH_QUERY_TIMEOUT = 10  # the shared 2-core machine is slow while a node starts
    settings.SEARCH_INDEX_REPLICAS = 1
    settings.SEARCH_INDEX_PREFIX = f"test-cluster-{uuid.uuid4().hex[:8]}"
    store = ElasticsearchStore.for_alias()
    yield store
    client = get_client()
    names = list(client.indices.get(index=f"{settings.SEARCH_INDEX_PREFIX}-knowledge*", expand_wildcards="all"))
    client.indices.delete(index=",".join(names), ignore_unavailable=True)


def start_missing_nodes(cluster) -> None:
    """What an operator does: the same `make elasticsearch` environment starts the nodes that are down."""
    environment = {**os.environ, **cluster["environment"]}
    subprocess.run([str(NODE_SCRIPT), "start"], env=environment, check=True, timeout=170, capture_output=True)


def node_pid(cluster, node_name: str) -> int:
    number = node_name.rsplit("-", 1)[1]
    return int((cluster["home"] / f"node-{number}" / "node.pid").read_text())


def body(number: int) -> dict:
    document = knowledge_document(id=f"cluster:{number}", title=f"Reintegration lesson {number}")
    return document_body(source="test.cluster", key=str(number), document=document)


class Workload:
    """Writes one document at a time and searches without pause, remembering what was acknowledged."""

    def __init__(self, store: ElasticsearchStore):
        self.store = store
        self.stopping = threading.Event()
        self.acknowledged: list[str] = []
        self.refused_writes = 0
        self.searches = 0
        self.failed_searches: list[str] = []

    def write(self) -> None:
        number = PRELOADED
        while not self.stopping.is_set():
            number += 1
            try:
                self.store.write({f"cluster:{number}": body(number)})
            except Exception:
                self.refused_writes += 1  # not acknowledged: the author would get it back, so nothing is lost
                continue
            self.acknowledged.append(f"cluster:{number}")

    def search(self) -> None:
        while not self.stopping.is_set():
            try:
                results = elasticsearch_search(SearchQuery(text="reintegration"), ANONYMOUS)
            except Exception as error:
                self.failed_searches.append(repr(error))
                continue
            self.searches += 1
            if results.total < PRELOADED:
                self.failed_searches.append(f"{results.total} results, fewer than the {PRELOADED} preloaded")

    def __enter__(self):
        self.threads = [threading.Thread(target=self.write), threading.Thread(target=self.search)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()
        for thread in self.threads:
            thread.join(timeout=60)


@pytest.mark.elasticsearch_cluster
@pytest.mark.slow
@pytest.mark.django_db
def test_killed_node_loses_nothing_and_cluster_heals_when_it_returns(cluster, cluster_index, settings):
    client = get_client()
    index = next(iter(client.indices.get_alias(name=alias_name())))
    assert client.indices.get_settings(index=index)[index]["settings"]["index"]["number_of_replicas"] == "1"
    cluster_index.write({f"cluster:{number}": body(number) for number in range(1, PRELOADED + 1)})
    client.cluster.health(index=index, wait_for_status="green", timeout="30s")
    cluster_index.refresh()
    shards = client.cat.shards(index=index, format="json")
    primary_node = next(shard["node"] for shard in shards if shard["prirep"] == "p")
    # The node about to be killed comes first in the portal's list: requests must find the others by themselves.
    nodes = client.nodes.info(metric="http")["nodes"].values()
    urls = {node["name"]: f"http://{node['http']['publish_address']}" for node in nodes}
    settings.ELASTICSEARCH_URL = ",".join([urls.pop(primary_node), *sorted(urls.values())])

    try:
        with Workload(cluster_index) as workload:
            time.sleep(2)
            os.kill(node_pid(cluster, primary_node), signal.SIGKILL)
            killed_at = len(workload.acknowledged)
            client.cluster.health(wait_for_nodes="2", timeout="30s")
            time.sleep(3)
            written_without_node = len(workload.acknowledged) - killed_at
            start_missing_nodes(cluster)
            health = client.cluster.health(index=index, wait_for_status="green", wait_for_nodes="3", timeout="60s")
    finally:
        start_missing_nodes(cluster)  # a failed test leaves the cluster whole for the next run

    cluster_index.refresh()
    found = {hit["_id"] for hit in client.search(index=alias_name(), size=10_000, source=False)["hits"]["hits"]}
    assert health["status"] == "green"
    assert workload.failed_searches == []
    assert workload.searches > 10
    assert written_without_node > 0
    assert set(workload.acknowledged) - found == set()


@pytest.mark.elasticsearch_cluster
def test_cluster_nodes_discover_exactly_the_cluster_transport_ports(cluster):
    environment = cluster["environment"]
    first = int(environment["SEARCH_NODE_TRANSPORT_PORT"])
    seeds = [f"127.0.0.1:{port}" for port in range(first, first + 3)]
    client = Elasticsearch(list(cluster_nodes(cluster["url"])), request_timeout=10)

    nodes = client.nodes.info(metric="settings,transport")["nodes"].values()

    assert client.info()["cluster_name"] == environment["SEARCH_CLUSTER_NAME"]
    assert sorted(node["name"] for node in nodes) == ["knowledge-node-1", "knowledge-node-2", "knowledge-node-3"]
    assert sorted(node["transport"]["publish_address"] for node in nodes) == seeds
    assert {node["settings"]["discovery"]["seed_hosts"] for node in nodes} == {",".join(seeds)}
    client.close()


@pytest.mark.elasticsearch_cluster
@pytest.mark.elasticsearch
def test_cluster_and_single_node_on_one_machine_do_not_see_each_other(cluster, elasticsearch_url):
    def identity(url: str) -> tuple[str, int]:
        client = Elasticsearch(list(cluster_nodes(url)), request_timeout=10)
        state = client.cluster.state(metric="metadata,nodes")
        client.close()
        return state["metadata"]["cluster_uuid"], len(state["nodes"])

    cluster_uuid, cluster_size = identity(cluster["url"])
    single_uuid, single_size = identity(elasticsearch_url)

    assert cluster_uuid != single_uuid
    assert (cluster_size, single_size) == (3, 1)
