"""Autocomplete on the database engine: titles holding every typed word, in any order, typos corrected.

Each typed word is looked for anywhere in the title (so "support psycho" finds "Psychosocial support"), the
last one as typed so far. Only when no title matches are words that no title holds corrected: to the
indexed words one or two edits away (SQLite's full-text vocabulary), or by trigram word similarity to
the title (PostgreSQL's pg_trgm), like the search itself.
"""

from django.db import connection
from django.db.models import Case, Q, Value, When
from django.db.models.expressions import RawSQL

from search.audience import Audience
from search.glossary import analysed_words

from .database import visible_records
from .database_fulltext import MAX_TYPO_LENGTH, MIN_TYPO_LENGTH, RECORD_TABLE, corrected_words

MAX_WORDS = 6
# Below pg_trgm's default 0.6: "supprt" is 0.57 like "support". Only used when no title holds the words.
TYPO_WORD_SIMILARITY = 0.5


def database_suggest_titles(text: str, audience: Audience, *, reader_language: str, size: int) -> list[dict]:
    words = [word for word in text.split() if any(char.isalnum() for char in word)][:MAX_WORDS]
    if not words:
        return []
    records = visible_records(audience).filter(is_current=True)
    titles = _titles(records, [Q(title__icontains=word) for word in words], reader_language, size)
    if titles:
        return titles
    conditions = [_typo_condition(word) if _is_typo(records, word) else Q(title__icontains=word) for word in words]
    return _titles(records, conditions, reader_language, size)


def _titles(records, conditions: list[Q], reader_language: str, size: int) -> list[dict]:
    for condition in conditions:
        records = records.filter(condition)
    records = records.annotate(
        in_reader_language=Case(When(language=reader_language, then=Value(1)), default=Value(0))
    ).order_by("-in_reader_language", "title")
    seen, suggestions = set(), []
    for title, url, group_key in records.values_list("title", "url", "group_key")[: size * 3]:
        if group_key not in seen and title not in {suggestion["title"] for suggestion in suggestions}:
            seen.add(group_key)
            suggestions.append({"title": title, "url": url})
    return suggestions[:size]


def _is_typo(records, word: str) -> bool:
    return MIN_TYPO_LENGTH <= len(word) <= MAX_TYPO_LENGTH and not records.filter(title__icontains=word).exists()


def _typo_condition(word: str) -> Q:
    if connection.vendor == "postgresql":
        return Q(
            id__in=RawSQL(
                f"SELECT id FROM {RECORD_TABLE} WHERE word_similarity(%s, title) >= %s", [word, TYPO_WORD_SIMILARITY]
            )
        )
    condition = Q(pk__in=[])
    for term in {corrected for analysed in analysed_words(word) for corrected in corrected_words(analysed)}:
        condition |= Q(title__icontains=term)
    return condition
