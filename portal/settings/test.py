"""The test suite: fast hashing, in-memory email, the database DATABASE_URL names (PostgreSQL in CI)."""

import os
from urllib.parse import urlsplit

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
STATIC_ROOT = None  # tests serve static files from the finders; nothing is collected
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "portal-test")
DEMO_CONTENT_ALLOWED = True
# The encoder costs a second and 130 MB per process: tests of the semantic layer turn it on themselves.
SEARCH_SEMANTIC = os.environ.get("SEARCH_SEMANTIC", "off") != "off"
# The cache CACHE_URL names (Redis in CI), else one process's memory: tests that need a cache shared
# between processes start their servers with CACHE_URL or a file cache of their own.
if not CACHE_URL:  # noqa: F405
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# On PostgreSQL, a session left inside a transaction by a process a test killed or a connection a test cut
# would keep its locks and stall every later test's flush until CI's limit: the server ends such a session
# after two minutes idle, and a lock wait after two minutes fails with its reason instead of hanging.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (  # noqa: F405
        "-c idle_in_transaction_session_timeout=120s -c lock_timeout=120s"
    )

# Parallel workers (pytest-xdist, `make test`) each keep their own Redis database (CACHE_URL's number + the
# worker's: a test's FLUSHDB never empties another worker's), index prefix and media folder. The variables are
# rewritten once per worker so that the servers and workers a test starts inherit that worker's own.
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # "gw0", "gw1"…; empty outside pytest-xdist
if TEST_WORKER and os.environ.get("PORTAL_TEST_WORKER") != TEST_WORKER:
    os.environ["PORTAL_TEST_WORKER"] = TEST_WORKER
    os.environ["SEARCH_INDEX_PREFIX"] = SEARCH_INDEX_PREFIX = f"{SEARCH_INDEX_PREFIX}-{TEST_WORKER}"
    if CACHE_URL.startswith(("redis://", "rediss://")):  # noqa: F405
        address = urlsplit(CACHE_URL)  # noqa: F405
        database = int(address.path.strip("/") or 0) + int(TEST_WORKER.removeprefix("gw"))
        os.environ["CACHE_URL"] = CACHE_URL = address._replace(path=f"/{database}").geturl()
        CACHES["default"]["LOCATION"] = CACHE_URL  # noqa: F405
if os.environ.get("PORTAL_TEST_WORKER"):
    MEDIA_ROOT = VAR_DIR / f"test-{os.environ['PORTAL_TEST_WORKER']}" / "media"  # noqa: F405
