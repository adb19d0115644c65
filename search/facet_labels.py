"""Names of countries and topics for facet values, cached per language: every search needs them, they rarely change.

Saving or deleting a country or topic clears the cache of this process; other processes pick the change
up within LABELS_TIMEOUT.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation

LABELS_TIMEOUT = 300
_KEY = "search:facet-labels:{language}"
LANGUAGES = ("en", "fr", "ar")


def taxonomy_labels(language: str) -> dict[str, dict[str, str]]:
    """{"country": {code: name}, "topic": {slug: name}} in the given interface language."""
    language = language[:2] if language[:2] in LANGUAGES else "en"
    return cache.get_or_set(_KEY.format(language=language), lambda: _load_labels(language), LABELS_TIMEOUT)


def _load_labels(language: str) -> dict[str, dict[str, str]]:
    from portal.models import Country, Topic

    with translation.override(language):
        return {
            "country": {country.code: country.name for country in Country.objects.all()},
            "topic": {topic.slug: topic.name for topic in Topic.objects.all()},
        }


def _forget_labels(**kwargs) -> None:
    cache.delete_many([_KEY.format(language=language) for language in LANGUAGES])


def connect() -> None:
    from portal.models import Country, Topic

    for model in (Country, Topic):
        post_save.connect(_forget_labels, sender=model, dispatch_uid=f"search.labels.save.{model.__name__}")
        post_delete.connect(_forget_labels, sender=model, dispatch_uid=f"search.labels.delete.{model.__name__}")
