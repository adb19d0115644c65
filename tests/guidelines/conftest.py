import pytest

from django.core.cache import caches


@pytest.fixture(autouse=True)
def fresh_caches():
    """Wagtail caches site root paths; each test starts with its own tree."""
    for cache in caches.all():
        cache.clear()
    yield
