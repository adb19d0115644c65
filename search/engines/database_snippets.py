"""Highlighted snippets for the database engine: the passage around the first matched word, with <mark>.

Marking in Python with the analyser the records were indexed with (rather than FTS5's snippet() or
PostgreSQL's ts_headline, which see only the analysed words) keeps the text as written, accents and
Arabic articles included, and behaves the same on both databases.
"""

import re

from django.utils.html import escape

from search.glossary import analysed_words

from .database_fulltext import edit_distance

# A word as written: letters and digits, with any Arabic diacritics inside it.
_WRITTEN_WORD = re.compile(r"(?:[^\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u0640])+", re.UNICODE)
_LEAD = 50  # characters shown before the first marked word
SCANNED_LENGTH = 20_000  # a match further into a long text (or in the title only) shows its start


def highlighted_snippet(text: str, *, words: set[str], fuzzy: set[str], length: int) -> str:
    """Escaped HTML: up to `length` characters of the text, matched words in <mark>."""
    start, end, marked = 0, min(len(text), length), []
    for match in _WRITTEN_WORD.finditer(text, 0, SCANNED_LENGTH):
        if match.start() >= end and marked:
            break
        if not _matches(match.group(), words, fuzzy):
            continue
        if not marked and match.start() > _LEAD:  # the passage starts a little before the first match
            start = text.rfind(" ", 0, match.start() - _LEAD) + 1
            end = min(len(text), start + length)
        marked.append(match.span())
    if end < len(text) and (space := text.rfind(" ", start, end)) > start:
        end = space
    parts, position = [], start
    for first, last in marked:
        if last > end:
            break
        parts.append(escape(text[position:first]))
        parts.append(f"<mark>{escape(text[first:last])}</mark>")
        position = last
    parts.append(escape(text[position:end]))
    return ("…" if start else "") + "".join(parts) + ("…" if end < len(text) else "")


def _matches(written: str, words: set[str], fuzzy: set[str]) -> bool:
    for word in analysed_words(written):
        if word in words:
            return True
        if any(abs(len(word) - len(typed)) <= 2 and edit_distance(typed, word, 2) <= 2 for typed in fuzzy):
            return True
    return False
