"""The search fixtures of tests/search (both engines, an index of our own per test), for evidence's search tests."""

from tests.search.conftest import elasticsearch, engine, no_elasticsearch

__all__ = ["elasticsearch", "engine", "no_elasticsearch"]
