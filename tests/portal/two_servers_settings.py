"""Settings of the two app servers test_limits_across_servers.py starts: the test settings, mail written to
files the test reads, and a cache both servers share (CACHE_URL's Redis, else a file cache of the test's)."""

import os

from portal.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["PORTAL_TEST_MAIL_DIR"]
if not CACHE_URL:  # noqa: F405
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ["PORTAL_TEST_CACHE_DIR"],
        }
    }
