"""The cross-language glossary: synonym rules for Elasticsearch and query expansion for the database engine.

The database engine's analyser lives here too (`analysed_words`): the records are indexed and queried
through it, so punctuation, accents, Arabic conjunction/article/letter forms and plural endings are
normalised identically on both sides.

Editors change concepts in the admin (Snippets > Glossary concepts). The database engine reads them at
once; Elasticsearch holds them in the index settings, so a change reaches it with
`manage.py search_index --rebuild` (zero downtime) or `--reload-glossary` (closes and reopens the index).
"""

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .models import GlossaryConcept

GLOSSARY_FILE = Path(__file__).parent / "data" / "glossary.json"
_ARABIC_ARTICLE = "ال"
_WORD = re.compile(r"\w+", re.UNICODE)
# A word in the analyser: letters and digits (hyphens, apostrophes and underscores separate words).
_ANALYSED_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Conjunction + article forms, longest first; each is removed only when at least 3 letters remain.
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_LETTERS = str.maketrans({"ة": "ه", "ى": "ي", "ٱ": "ا"})
_QUOTED = re.compile(r'"([^"]*)"')


def fold(text: str) -> str:
    """Lowercase without accents or Arabic diacritics/hamza marks, so "Réintégration" == "reintegration"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=100_000)  # a pure function of the word; snippets and indexing meet the same words again
def analysed_word(word: str) -> str:
    """One word as the database engine indexes and queries it (lowercase NFC word in, folded stem out).

    The Arabic prefixes are removed before folding: "آلية" (alef with madda) does not begin with "ال",
    but would once folded.
    """
    if "\u0600" <= word[0] <= "\u06ff":
        for prefix in _ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
        else:
            if word.startswith("و") and len(word) >= 5:
                word = word[1:]
        return fold(word).translate(_ARABIC_LETTERS)
    word = fold(word)
    # A light, language-neutral stem: "survivors" = "survivor", "psychosociale(s)" = "psychosocial".
    for ending in ("s", "e"):
        if len(word) > 4 and word.endswith(ending):
            word = word[:-1]
    return word


def analysed_words(text: str) -> list[str]:
    """The text as the database engine's words, in order (see analysed_word)."""
    text = unicodedata.normalize("NFC", _ARABIC_MARKS.sub("", text)).lower()
    return [analysed_word(word) for word in _ANALYSED_WORD.findall(text)]


def analysed_text(text: str) -> str:
    return " ".join(analysed_words(text))


def seed_concepts() -> list[dict]:
    """The curated concepts shipped with the code (the data migration loads them into GlossaryConcept)."""
    return json.loads(GLOSSARY_FILE.read_text(encoding="utf-8"))


def term_groups() -> list[list[str]]:
    """Each concept's terms in every language, from the editors' glossary (the shipped file before migrate)."""
    from django.db import DatabaseError

    try:
        groups = [concept.terms() for concept in GlossaryConcept.objects.all()]
    except DatabaseError:
        groups = []
    if groups:
        return groups
    return [[*concept["en"], *concept["fr"], *concept["ar"]] for concept in seed_concepts()]


def _variants(term: str) -> set[str]:
    """The term as written, accent-folded, and for Arabic words also without the article, with "و" before a
    later word's article, and with ة/ى written ه/ي.

    The article is looked for before folding: "آلية" (alef with madda) folds to a word starting "ال".
    """
    clean = term.replace(",", " ").replace("=>", " ").strip().lower()
    variants = {clean}
    first, _space, rest = clean.partition(" ")
    if first.startswith(_ARABIC_ARTICLE) and len(first) > 3:
        variants.add(f"{first[2:]} {rest}".strip())
    words = clean.split()
    for position, word in enumerate(words[1:], start=1):  # "النفسي والاجتماعي" as well as "النفسي الاجتماعي"
        if word.startswith(_ARABIC_ARTICLE):
            variants.add(" ".join([*words[:position], "و" + word, *words[position + 1 :]]))
    variants |= {variant.translate(_ARABIC_LETTERS) for variant in variants}  # ة/ى written ه/ي
    variants |= {fold(variant) for variant in variants}
    return {variant for variant in variants if _WORD.search(variant)}


def synonym_rules(groups: list[list[str]] | None = None) -> list[str]:
    """Solr-format equivalence rules ("a, b, c"), one per concept, for a synonym_graph filter."""
    rules = []
    for group in term_groups() if groups is None else groups:
        variants = set().union(*(_variants(term) for term in group)) if group else set()
        if len(variants) > 1:
            rules.append(", ".join(sorted(variants)))
    return rules


@dataclass(frozen=True)
class Concept:
    """Part of a query: the query words it stands for and the phrases (analysed words) that match it."""

    words: tuple[str, ...]
    alternatives: frozenset[str]
    quoted: bool = False


def expand_query(query: str, groups: list[list[str]] | None = None) -> list[set[str]]:
    """The query's concepts as sets of alternative phrases (see query_concepts)."""
    return [set(concept.alternatives) for concept in query_concepts(query, groups)]


def query_concepts(query: str, groups: list[list[str]] | None = None) -> list[Concept]:
    """The query as concepts: a glossary phrase with all its terms in every language, quoted text as one
    exact phrase, any other word itself. The database engine ranks records by the query words their
    concepts cover; no concept is required.
    """
    phrases = _glossary_phrases(tuple(tuple(group) for group in (term_groups() if groups is None else groups)))
    concepts: list[Concept] = []
    for number, part in enumerate(_QUOTED.split(query.replace("\x00", " "))):
        words = analysed_words(part)
        if number % 2:  # between a pair of quotes
            if words:
                concepts.append(Concept(tuple(words), frozenset({" ".join(words)}), quoted=True))
            continue
        concepts.extend(_concepts(words, phrases))
    return concepts


@lru_cache(maxsize=4)  # keyed by the glossary's terms, so an editor's change is read at once
def _glossary_phrases(groups: tuple[tuple[str, ...], ...]) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """Each glossary term as analysed words with its concept's alternatives, longest first."""
    phrases = []
    for group in groups:
        # The analyser folds and drops articles itself, so each term is analysed as written.
        alternatives = frozenset({analysed_text(term.replace("=>", " ")) for term in group} - {""})
        phrases.extend((tuple(phrase.split()), alternatives) for phrase in alternatives)
    phrases.sort(key=lambda item: -len(item[0]))
    return phrases


def _concepts(words: list[str], phrases: list[tuple[tuple[str, ...], frozenset[str]]]) -> list[Concept]:
    concepts: list[Concept] = []
    position = 0
    while position < len(words):
        for phrase, alternatives in phrases:
            if tuple(words[position : position + len(phrase)]) == phrase:
                concepts.append(Concept(phrase, alternatives))
                position += len(phrase)
                break
        else:
            concepts.append(Concept((words[position],), frozenset({words[position]})))
            position += 1
    return concepts
