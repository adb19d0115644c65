"""The cross-language glossary: synonym rules for Elasticsearch and query expansion for the database engine.

Editors change concepts in the admin (Snippets > Glossary concepts). The database engine reads them at
once; Elasticsearch holds them in the index settings, so a change reaches it with
`manage.py search_index --rebuild` (zero downtime) or `--reload-glossary` (closes and reopens the index).
"""

import json
import re
import unicodedata
from pathlib import Path

GLOSSARY_FILE = Path(__file__).parent / "data" / "glossary.json"
_ARABIC_ARTICLE = "ال"
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Lowercase without accents or Arabic diacritics/hamza marks, so "Réintégration" == "reintegration"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def seed_concepts() -> list[dict]:
    """The curated concepts shipped with the code (the data migration loads them into GlossaryConcept)."""
    return json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))


def term_groups() -> list[list[str]]:
    """Each concept's terms in every language, from the editors' glossary (the shipped file before migrate)."""
    from django.db import DatabaseError

    from .models import GlossaryConcept

    try:
        groups = [concept.terms() for concept in GlossaryConcept.objects.all()]
    except DatabaseError:
        groups = []
    if groups:
        return groups
    return [[*concept["en"], *concept["fr"], *concept["ar"]] for concept in seed_concepts()]


def _variants(term: str) -> set[str]:
    """The term as written, accent-folded, and for Arabic words also without the article."""
    clean = term.replace(",", " ").replace("=>", " ").strip().lower()
    variants = {clean, fold(clean)}
    for variant in list(variants):
        first, _space, rest = variant.partition(" ")
        if first.startswith(_ARABIC_ARTICLE) and len(first) > 3:
            variants.add(f"{first[2:]} {rest}".strip())
    return {variant for variant in variants if _WORD.search(variant)}


def synonym_rules(groups: list[list[str]] | None = None) -> list[str]:
    """Solr-format equivalence rules ("a, b, c"), one per concept, for a synonym_graph filter."""
    rules = []
    for group in term_groups() if groups is None else groups:
        variants = set().union(*(_variants(term) for term in group)) if group else set()
        if len(variants) > 1:
            rules.append(", ".join(sorted(variants)))
    return rules


def expand_query(query: str, groups: list[list[str]] | None = None) -> list[set[str]]:
    """The query as a list of alternatives (folded): a glossary phrase becomes all its terms, a word itself.

    The database engine requires one alternative of every entry, like a match on the expanded graph.
    """
    words = _WORD.findall(fold(query))
    phrases = []
    for group in term_groups() if groups is None else groups:
        folded = {" ".join(_WORD.findall(fold(variant))) for term in group for variant in _variants(term)}
        phrases.extend((tuple(phrase.split()), folded) for phrase in folded if phrase)
    phrases.sort(key=lambda item: -len(item[0]))
    expanded: list[set[str]] = []
    position = 0
    while position < len(words):
        for phrase, alternatives in phrases:
            if tuple(words[position : position + len(phrase)]) == phrase:
                expanded.append(set(alternatives))
                position += len(phrase)
                break
        else:
            expanded.append({words[position]})
            position += 1
    return expanded
