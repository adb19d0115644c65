import pytest

from django.core.cache import caches


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """allauth counts attempts in the cache; each test starts with none."""
    for cache in caches.all():
        cache.clear()
    yield
