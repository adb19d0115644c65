"""Indices left by rebuilds that were killed are deleted; the live index and a rebuild still loading never are."""

import io

import pytest

from django.core.management import call_command

from search.documents import alias_name, new_index_name
from search.maintenance import index_rebuild
from search.stores.elasticsearch import create_index, ensure_alias, indices_behind_alias
from search.worker_loop import worker_run

from .factories import knowledge_document

pytestmark = pytest.mark.django_db


def _our_indices(client) -> set[str]:
    return set(client.indices.get(index=f"{alias_name()}-*", expand_wildcards="all"))


def _left_by_a_killed_rebuild(client) -> str:
    """An index created by a rebuild that then stopped renewing its lease (kill -9)."""
    name = create_index(building=True)
    client.indices.put_mapping(index=name, meta={"building_until": 0})
    return name


def _left_by_an_older_version(client) -> str:
    """An unaliased index from before leases existed."""
    name = new_index_name()
    client.indices.create(index=name)
    return name


def test_prune_deletes_abandoned_indices_and_keeps_the_live_one_and_a_rebuild_in_progress(elasticsearch):
    ensure_alias()
    [live] = indices_behind_alias()
    abandoned = {_left_by_a_killed_rebuild(elasticsearch), _left_by_an_older_version(elasticsearch)}
    loading = create_index(building=True)  # a concurrent rebuild, lease fresh
    output = io.StringIO()

    call_command("search_index", "--prune", stdout=output)

    assert _our_indices(elasticsearch) == {live, loading}
    assert all(name in output.getvalue() for name in abandoned)
    assert "Deleted 2 abandoned indices" in output.getvalue()


def test_rebuild_deletes_what_killed_rebuilds_left_but_not_a_concurrent_rebuild(elasticsearch, fixture_source):
    fixture_source.put("a", knowledge_document(id="a1"))
    ensure_alias()
    _left_by_a_killed_rebuild(elasticsearch)
    loading = create_index(building=True)

    report = index_rebuild()

    assert indices_behind_alias() == [report.index]
    assert _our_indices(elasticsearch) == {report.index, loading}


def test_search_worker_deletes_abandoned_indices_when_it_starts(elasticsearch, fixture_source):
    ensure_alias()
    [live] = indices_behind_alias()
    _left_by_a_killed_rebuild(elasticsearch)

    worker_run(once=True)

    assert _our_indices(elasticsearch) == {live}


def test_prune_never_touches_another_portal_sharing_the_cluster(elasticsearch, settings):
    ensure_alias()
    mine = _our_indices(elasticsearch)
    settings.SEARCH_INDEX_PREFIX = f"{settings.SEARCH_INDEX_PREFIX}-knowledge-other"  # a prefix that starts like ours
    other = _left_by_a_killed_rebuild(elasticsearch)
    settings.SEARCH_INDEX_PREFIX = settings.SEARCH_INDEX_PREFIX.removesuffix("-knowledge-other")

    call_command("search_index", "--prune", stdout=io.StringIO())

    assert _our_indices(elasticsearch) == mine | {other}  # the other's name matches our wildcard, not our pattern
