"""Django's RedisCache, with a Redis outage answered as an empty cache instead of an exception (a 500).

Every page, the admin and sign-in read the cache (page cache, header fragments, permission sets, Wagtail's
site roots, allauth's rate limits and used two-factor codes); sessions live in the database. While Redis
does not answer, reads miss and writes are dropped, so pages render as without a cache; `add` answers True
(nothing held the key), so the locks taken with it (allauth's rate-limit lock, "queued once" marks) let the
request through rather than wait and refuse. The price, for the outage only: allauth's rate limits and login
lockouts count nothing, a TOTP code could be used twice within its 30 seconds, a PDF or pack may be queued twice. After a failure the cache is skipped for `OUTAGE_RETRY_SECONDS`, so a dead
host costs one connect timeout per process and period, not one per cache call.
"""

import logging
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache

OUTAGE_RETRY_SECONDS = 5.0
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, OSError)
logger = logging.getLogger(__name__)
_down_until: dict[str, float] = {}  # per Redis location, shared by the process's threads (one backend each)


class OutageTolerantRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._location = str(server)

    def is_down(self) -> bool:
        return time.monotonic() < _down_until.get(self._location, 0.0)

    def _call(self, operation, *args, when_down, **kwargs):
        if self.is_down():
            return when_down
        try:
            return operation(*args, **kwargs)
        except OUTAGE_ERRORS:
            _down_until[self._location] = time.monotonic() + OUTAGE_RETRY_SECONDS
            logger.error("cache: Redis does not answer; pages render without it for %ss", OUTAGE_RETRY_SECONDS)
            return when_down

    def add(self, key, value, timeout=None, version=None):
        return self._call(super().add, key, value, timeout, version, when_down=True)

    def get(self, key, default=None, version=None):
        return self._call(super().get, key, default, version, when_down=default)

    def set(self, key, value, timeout=None, version=None):
        return self._call(super().set, key, value, timeout, version, when_down=None)

    def touch(self, key, timeout=None, version=None):
        return self._call(super().touch, key, timeout, version, when_down=False)

    def delete(self, key, version=None):
        return self._call(super().delete, key, version, when_down=False)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, keys, version, when_down={})

    def has_key(self, key, version=None):
        return self._call(super().has_key, key, version, when_down=False)

    def incr(self, key, delta=1, version=None):
        found = self._call(super().incr, key, delta, version, when_down=None)
        if found is None:
            raise ValueError(f"Key '{key}' not found")  # what Django's backends say of a missing key
        return found

    def set_many(self, data, timeout=None, version=None):
        return self._call(super().set_many, data, timeout, version, when_down=list(data))

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, keys, version, when_down=None)

    def clear(self):
        return self._call(super().clear, when_down=False)
