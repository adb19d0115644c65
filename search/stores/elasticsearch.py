"""The knowledge index as a store: bulk writes, replacement by source and key, hashes for drift checks.

Every concrete index is created with a lease in its mapping's `_meta` (`building_until`), which a rebuild
renews while it loads. An index no alias points to whose lease ran out was left by a rebuild that died
(kill -9, a crash during cleanup): `prune_orphan_indices` deletes those, never the live index and never one
a running rebuild still renews.
"""

import logging
import re
from datetime import timedelta

from django.utils import timezone

from search.client import bulk_write, get_client, scan_hits
from search.documents import alias_name, index_body, new_index_name
from search.glossary import synonym_rules
from search.semantic.related import related_changed
from search.semantic.vectors import attach_vectors
from search.serialization import document_body, source_key

from . import DocumentsByKey

logger = logging.getLogger(__name__)

LOOKUP_PAGE = 10_000
# A rebuild renews its lease at least this often while it loads; one that stops for BUILD_LEASE is dead.
BUILD_LEASE = timedelta(minutes=10)
LEASE_RENEWAL = timedelta(minutes=1)


class ElasticsearchStore:
    def __init__(self, *, index: str):
        self.index = index

    @classmethod
    def for_alias(cls) -> "ElasticsearchStore":
        ensure_alias()
        return cls(index=alias_name())

    def replace(self, documents_by_key: DocumentsByKey) -> None:
        """Indexes the keys' documents and deletes what the keys held before but no longer do."""
        client = get_client(use="index")
        # A refresh first, so documents written moments ago are seen (and removed if they must go).
        client.indices.refresh(index=self.index)
        wanted = {
            document.id: document_body(source=source, key=key, document=document)
            for (source, key), documents in documents_by_key.items()
            for document in documents
        }
        held = self._ids_for([source_key(source, key) for source, key in documents_by_key])
        self.write(wanted)
        self.delete(sorted(held - wanted.keys()))

    def _ids_for(self, source_keys: list[str]) -> set[str]:
        if not source_keys:
            return set()
        query = {"terms": {"source_key": source_keys}}
        response = get_client(use="index").search(index=self.index, query=query, source=False, size=LOOKUP_PAGE)
        if response["hits"]["total"]["value"] < LOOKUP_PAGE:
            return {hit["_id"] for hit in response["hits"]["hits"]}
        return {hit["_id"] for hit in scan_hits(index=self.index, query=query, source=False)}

    def hashes(self) -> dict[str, str]:
        hits = scan_hits(index=self.index, query={"match_all": {}}, source=["content_hash"])
        return {hit["_id"]: hit["_source"].get("content_hash", "") for hit in hits}

    def write(self, bodies: dict[str, dict]) -> None:
        attach_vectors(bodies)
        actions = (
            {"_op_type": "index", "_index": self.index, "_id": id_, "_source": body} for id_, body in bodies.items()
        )
        bulk_write(actions)
        related_changed()

    def delete(self, ids: list[str]) -> None:
        actions = ({"_op_type": "delete", "_index": self.index, "_id": id_} for id_ in ids)
        bulk_write(actions, ignore_status=(404,))  # an id already gone is not a failure
        related_changed()

    def outdated_fields(self) -> list[str]:
        """Fields whose mapping in the live index differs from the code's (an upgrade that needs --rebuild)."""
        expected = index_body(rules=[])["mappings"]["properties"]
        live = {}
        for mapping in get_client(use="index").indices.get_mapping(index=self.index).values():
            live.update(mapping["mappings"].get("properties", {}))
        return mapping_differences(expected, live)

    def refresh(self) -> None:
        get_client(use="index").indices.refresh(index=self.index)


# What a field's mapping must keep for the code's queries to work on it; Elasticsearch adds defaults of its own.
_COMPARED = ("type", "analyzer", "search_analyzer", "normalizer", "dims", "similarity")


def mapping_differences(expected: dict, live: dict, *, prefix: str = "") -> list[str]:
    """Dotted names of the fields (subfields and object properties too) whose live mapping is missing or
    differs from the code's in a setting the queries rely on."""
    differing = []
    for name, field in expected.items():
        dotted, held = f"{prefix}{name}", live.get(name)
        if held is None or any(held.get(key) != field[key] for key in _COMPARED if key in field):
            differing.append(dotted)
            continue
        for nested in ("fields", "properties"):
            differing += mapping_differences(field.get(nested, {}), held.get(nested, {}), prefix=f"{dotted}.")
    return sorted(differing)


def create_index(*, building: bool, name: str = "") -> str:
    """Creates a concrete knowledge index with the current glossary; returns its name."""
    name = name or new_index_name()
    body = index_body(rules=synonym_rules(), building=building)
    body["mappings"]["_meta"] = _lease()
    get_client(use="index").indices.create(index=name, **body)
    return name


def _lease() -> dict:
    return {"building_until": (timezone.now() + BUILD_LEASE).timestamp()}


def renew_lease(index: str) -> None:
    """Tells pruners that the rebuild loading `index` is alive."""
    get_client(use="index").indices.put_mapping(index=index, meta=_lease())


def orphan_indices(*, older_than: str = "") -> list[str]:
    """Our concrete indices that no alias points to and whose lease ran out (only those named before `older_than`)."""
    concrete = re.compile(rf"{re.escape(alias_name())}-\d{{20}}")
    indices = get_client(use="index").indices.get(index=f"{alias_name()}-*", expand_wildcards="all")
    now = timezone.now().timestamp()
    return sorted(
        name
        for name, index in indices.items()
        if concrete.fullmatch(name)
        and not index.get("aliases")
        and index.get("mappings", {}).get("_meta", {}).get("building_until", 0) < now
        and (not older_than or name < older_than)
    )


def prune_orphan_indices(*, older_than: str = "") -> list[str]:
    """Deletes the indices `orphan_indices` finds; returns their names."""
    orphans = orphan_indices(older_than=older_than)
    if orphans:
        get_client(use="index").indices.delete(index=",".join(orphans), ignore_unavailable=True)
        logger.warning("deleted %s index(es) left by rebuilds that did not finish: %s", len(orphans), orphans)
    return orphans


def ensure_alias() -> None:
    """First use on a cluster: an empty index behind the alias, so writes never auto-create a mapping-less index."""
    client = get_client(use="index")
    if client.indices.exists_alias(name=alias_name()):
        return
    name = create_index(building=False)
    client.indices.update_aliases(actions=[{"add": {"index": name, "alias": alias_name()}}])


def indices_behind_alias() -> list[str]:
    client = get_client(use="index")
    if not client.indices.exists_alias(name=alias_name()):
        return []
    return sorted(client.indices.get_alias(name=alias_name()).keys())


def swap_alias(*, to_index: str) -> list[str]:
    """Points the alias at `to_index` in one atomic step; returns the indices it left (now deleted)."""
    previous = indices_behind_alias()
    actions = [{"remove": {"index": name, "alias": alias_name()}} for name in previous]
    actions.append({"add": {"index": to_index, "alias": alias_name()}})
    client = get_client(use="index")
    client.indices.update_aliases(actions=actions)
    for name in previous:
        if name != to_index:
            client.indices.delete(index=name, ignore_unavailable=True)
    return previous


def discard_unless_serving(index: str) -> None:
    """Deletes an index a failed rebuild left, unless the alias already points at it (the swap went through)."""
    if index not in indices_behind_alias():
        get_client(use="index").indices.delete(index=index, ignore_unavailable=True)


def finish_building(index: str) -> None:
    """Back to serving settings after a bulk load, then one refresh so everything is searchable."""
    body = index_body(rules=[], building=False)["settings"]
    client = get_client(use="index")
    client.indices.put_settings(
        index=index,
        settings={
            "index": {"refresh_interval": body["refresh_interval"], "number_of_replicas": body["number_of_replicas"]}
        },
    )
    client.indices.refresh(index=index)
