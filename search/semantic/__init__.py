"""The multilingual semantic layer: sentence vectors for documents and queries, kNN on both engines,
reciprocal-rank fusion with keyword results, and related items.

The glossary still carries jargon, acronyms and exact terms; vectors carry meaning across languages
and wordings the glossary does not hold. `SEARCH_SEMANTIC=off` turns the whole layer off.
"""

from django.conf import settings


def semantic_enabled() -> bool:
    return bool(getattr(settings, "SEARCH_SEMANTIC", False))
