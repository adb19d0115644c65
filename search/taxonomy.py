"""Countries and topics as search needs them (facet labels, suggestions), cached: every search uses them, they rarely change.

Saving or deleting a country or topic clears the cache of this process; other processes pick the change
up within TAXONOMY_TIMEOUT.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

TAXONOMY_TIMEOUT = 300
_KEY = "search:taxonomy"
KINDS = ("country", "topic")  # the facets and suggestion kinds the taxonomy names


@dataclass(frozen=True)
class TaxonomyTerm:
    value: str  # the country code or topic slug used in filters
    names: dict[str, str]  # language -> name; English always present

    def name(self, language: str) -> str:
        return self.names.get(language[:2]) or self.names["en"]

    def matches(self, typed: str) -> bool:
        folded = typed.casefold()
        return any(folded in name.casefold() for name in self.names.values())


def taxonomy() -> dict[str, list[TaxonomyTerm]]:
    """{"country": [...], "topic": [...]}, each in the models' own order."""
    return cache.get_or_set(_KEY, _load, TAXONOMY_TIMEOUT)


def _load() -> dict[str, list[TaxonomyTerm]]:
    from portal.models import Country, Topic

    def term(value: str, item) -> TaxonomyTerm:
        names = {"en": item.name_en, "fr": item.name_fr, "ar": item.name_ar}
        return TaxonomyTerm(value=value, names={language: name for language, name in names.items() if name})

    return {
        "country": [term(country.code, country) for country in Country.objects.all()],
        "topic": [term(topic.slug, topic) for topic in Topic.objects.all()],
    }


def taxonomy_labels(language: str) -> dict[str, dict[str, str]]:
    """{"country": {code: name}, "topic": {slug: name}} in `language`."""
    return {kind: {term.value: term.name(language) for term in terms} for kind, terms in taxonomy().items()}


def matching_terms(typed: str, kind: str, *, limit: int) -> list[TaxonomyTerm]:
    """Terms whose name in any language contains what was typed (or, for countries, whose code it is)."""
    found = [
        term
        for term in taxonomy()[kind]
        if term.matches(typed) or (kind == "country" and term.value.casefold() == typed.casefold())
    ]
    return found[:limit]


def _forget(**kwargs) -> None:
    cache.delete(_KEY)


def connect() -> None:
    from portal.models import Country, Topic

    for model in (Country, Topic):
        post_save.connect(_forget, sender=model, dispatch_uid=f"search.taxonomy.save.{model.__name__}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"search.taxonomy.delete.{model.__name__}")
