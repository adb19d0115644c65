"""Countries and topics as search needs them (facet labels, suggestions), cached: every search uses them, they rarely change.

The names come from the portal through the `taxonomy_names` extension (portal.selectors), so search
imports no app's models. Saving or deleting a country or topic clears the cache of this process (the
portal connects `forget_taxonomy`); other processes pick the change up within TAXONOMY_TIMEOUT.
"""

from dataclasses import dataclass

from django.core.cache import cache

from portal.extensions import app_hook

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
    taxonomy_names = app_hook("taxonomy_names")
    names_by_kind = taxonomy_names() if taxonomy_names else {}
    return {
        kind: [
            TaxonomyTerm(value=value, names={language: name for language, name in names.items() if name})
            for value, names in names_by_kind.get(kind, [])
        ]
        for kind in KINDS
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


def forget_taxonomy(**kwargs) -> None:
    """Connected to the saving and deleting of countries and topics: the next search reads them again."""
    cache.delete(_KEY)
