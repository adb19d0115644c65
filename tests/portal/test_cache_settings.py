"""Which cache each way of running the portal uses: Redis from CACHE_URL, else a file cache every local process shares."""

import json

from tests.portal.test_deploy_settings import run_in_production

PRINT_CACHE = "import django, json; django.setup(); from django.conf import settings; print(json.dumps(settings.CACHES['default'], default=str))"


def test_production_with_cache_url_uses_redis():
    result = run_in_production(["-c", PRINT_CACHE], CACHE_URL="redis://cache.example.org:6379/2")

    assert result.returncode == 0, result.stderr
    cache = json.loads(result.stdout.strip().splitlines()[-1])
    assert cache["BACKEND"] == "portal.cache_backend.OutageTolerantRedisCache"  # Django's RedisCache, outage-tolerant
    assert cache["LOCATION"] == "redis://cache.example.org:6379/2"


def test_without_cache_url_processes_share_a_file_cache_under_var(tmp_path):
    result = run_in_production(
        ["-c", PRINT_CACHE], CACHE_URL="", DJANGO_SETTINGS_MODULE="portal.settings.dev", PORTAL_VAR_DIR=str(tmp_path)
    )

    assert result.returncode == 0, result.stderr
    cache = json.loads(result.stdout.strip().splitlines()[-1])
    assert cache["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache"
    assert cache["LOCATION"] == str(tmp_path / "cache")


def test_check_deploy_warns_when_production_has_no_shared_cache():
    result = run_in_production(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], CACHE_URL="")

    assert result.returncode != 0
    assert "(portal.W001)" in result.stderr + result.stdout
    assert "Set CACHE_URL" in result.stderr + result.stdout


def test_cache_url_of_another_kind_refuses_to_start():
    result = run_in_production(["manage.py", "check"], CACHE_URL="memcached://cache.example.org:11211")

    assert result.returncode != 0
    assert "CACHE_URL must be a redis://, rediss:// or unix:// URL" in result.stderr
