"""The one Elasticsearch client of the process, built from settings with short timeouts."""

from functools import cache

from elasticsearch import Elasticsearch

from django.conf import settings


def elasticsearch_configured() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


@cache
def get_client() -> Elasticsearch:
    """A shared client; timeouts stay short so a slow cluster never holds a page hostage."""
    return Elasticsearch(
        settings.ELASTICSEARCH_URL,
        request_timeout=settings.ELASTICSEARCH_TIMEOUT,
        retry_on_timeout=False,
        max_retries=1,
    )
