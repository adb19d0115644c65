"""Deployment checks (`manage.py check --deploy`) for what the portal needs beyond Django's own."""

from django.conf import settings
from django.core.checks import Tags, Warning, register

# Backends every app server reaches over the network, so all of them count the same rate limits.
SHARED_CACHE_BACKENDS = frozenset(
    {
        "django.core.cache.backends.redis.RedisCache",
        "portal.cache_backend.OutageTolerantRedisCache",
        "django.core.cache.backends.memcached.PyMemcacheCache",
        "django.core.cache.backends.memcached.PyLibMCCache",
        "django.core.cache.backends.db.DatabaseCache",
    }
)


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """Login lockouts, reset-mail limits and used two-factor codes hold only in a cache all app servers share."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend in SHARED_CACHE_BACKENDS:
        return []
    return [
        Warning(
            f"The default cache ({backend}) is not shared between app servers: login lockouts, password-reset "
            "limits and used two-factor codes would count per machine or per process.",
            hint="Set CACHE_URL to the Redis server that every app server uses (redis://host:6379/0).",
            id="portal.W001",
        )
    ]
