"""The database engine's full-text matching: SQLite FTS5 or PostgreSQL text search over the analysed records.

A thin layer of our own rather than Wagtail's database search backend: that backend indexes Wagtail
models through its own IndexEntry table and query classes, while the records here are a flat table fed
by the search worker, with our glossary concepts, "how many concepts matched" ranking and Arabic
normalisation. Both databases index the same analysed words (search.glossary.analysed_words), so the
language handling is ours and identical on SQLite and PostgreSQL; each database only finds and ranks:

- SQLite: the FTS5 table `search_record_fts` (external content, kept in step by triggers), bm25 ranking,
  and its `fts5vocab` table to correct a word that matches nothing (typos).
- PostgreSQL: a GIN index on `to_tsvector('simple', search_text)`, `ts_rank_cd` ranking, and a pg_trgm
  index for typos (word similarity of the word to the record).

Snippets are highlighted in Python (search.engines.database_snippets) with the same analyser, so an
Arabic word matched through its article-less form is marked as written.
"""

from dataclasses import dataclass, field

from django.db import connection

FTS_TABLE = "search_record_fts"
VOCABULARY_TABLE = "search_record_fts_vocabulary"
RECORD_TABLE = "search_searchrecord"
TS_VECTOR = "to_tsvector('simple'::regconfig, search_text)"
MIN_TYPO_LENGTH = 5
MAX_TYPO_LENGTH = 30  # longer "words" are not typed words
MAX_TYPO_WORDS = 3
MAX_CORRECTIONS = 5


@dataclass
class FullTextMatch:
    """SQL for the records matching the parts and how well, and which words to mark in snippets.

    Nothing is read yet: search.engines.database_ranking puts these statements into the one that ranks
    and pages the results, so no matching id or score travels to Python.
    """

    scores: tuple[str, list]  # SELECT id, relevance (higher is better) of the records matching any part
    parts: list[tuple[str, list] | None]  # per part asked for: SELECT id of the records holding it (None: nothing)
    words: set[str] = field(default_factory=set)
    fuzzy: set[str] = field(default_factory=set)  # typed words found by similarity only


def full_text_match(parts: list[set[str]]) -> FullTextMatch:
    """Records holding any of the parts (each a set of alternative phrases in analysed words)."""
    if connection.vendor == "postgresql":
        return _PostgresqlText().match(parts)
    return _SqliteText().match(parts)


def _words(concepts: list[set[str]]) -> set[str]:
    return {word for concept in concepts for phrase in concept for word in phrase.split()}


class _SqliteText:
    def match(self, parts: list[set[str]]) -> FullTextMatch:
        typos = self._typos(parts)
        parts = [self._corrected(part) if part in typos else part for part in parts]
        searched = [part for part in parts if part]
        if not searched:
            return FullTextMatch(scores=("SELECT NULL, NULL WHERE 0", []), parts=[None] * len(parts))
        expression = " OR ".join(f"({self._expression(part)})" for part in searched)
        select = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
        return FullTextMatch(
            # bm25() is lower for better matches.
            scores=(f"SELECT rowid, -bm25({FTS_TABLE}) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [expression]),
            parts=[(select, [self._expression(part)]) if part else None for part in parts],
            words=_words(searched),
        )

    @staticmethod
    def _typos(parts: list[set[str]]) -> list[set[str]]:
        """Single words no record holds (looked up in the FTS5 vocabulary)."""
        words = [part for part in parts if len(part) == 1 and " " not in next(iter(part))]
        words = [part for part in words if MIN_TYPO_LENGTH <= len(next(iter(part))) <= MAX_TYPO_LENGTH]
        typos = []
        with connection.cursor() as cursor:
            for part in words:
                cursor.execute(f"SELECT 1 FROM {VOCABULARY_TABLE} WHERE term = %s", [next(iter(part))])
                if not cursor.fetchone():
                    typos.append(part)
        return typos[:MAX_TYPO_WORDS]

    @staticmethod
    def _expression(concept: set[str]) -> str:
        # Analysed words hold only letters and digits, so quoting each phrase is always valid FTS5 syntax.
        return " OR ".join(f'"{phrase}"' for phrase in sorted(concept))

    @staticmethod
    def _corrected(concept: set[str]) -> set[str]:
        return corrected_words(next(iter(concept)))


class _PostgresqlText:
    def match(self, concepts: list[set[str]]) -> FullTextMatch:
        typos = self._typos(concepts)
        conditions, params = [], []
        for concept in concepts:
            condition, values = self._condition(concept, typo=concept in typos)
            conditions.append(f"({condition})")
            params.extend(values)
        where = " OR ".join(conditions)
        tsquery = " | ".join(self._tsquery(concept) for concept in concepts if concept not in typos)
        rank, rank_params = (f"ts_rank_cd({TS_VECTOR}, to_tsquery('simple', %s))", [tsquery]) if tsquery else ("0", [])
        selects = []
        for concept in concepts:
            condition, values = self._condition(concept, typo=concept in typos)
            selects.append((f"SELECT id FROM {RECORD_TABLE} WHERE {condition}", values))
        return FullTextMatch(
            scores=(f"SELECT id, {rank} FROM {RECORD_TABLE} WHERE {where}", [*rank_params, *params]),
            parts=selects,
            words=_words([concept for concept in concepts if concept not in typos]),
            fuzzy=_words([concept for concept in concepts if concept in typos]),
        )

    @staticmethod
    def _tsquery(concept: set[str]) -> str:
        # Analysed words hold only letters and digits, so they are valid tsquery lexemes as they are.
        return "(" + " | ".join("(" + " <-> ".join(phrase.split()) + ")" for phrase in sorted(concept)) + ")"

    def _condition(self, concept: set[str], *, typo: bool) -> tuple[str, list[str]]:
        if typo:
            return "%s <%% search_text", [next(iter(concept))]
        return f"{TS_VECTOR} @@ to_tsquery('simple', %s)", [self._tsquery(concept)]

    def _typos(self, concepts: list[set[str]]) -> list[set[str]]:
        """Single words no record holds, matched instead by trigram word similarity (pg_trgm)."""
        words = [concept for concept in concepts if len(concept) == 1 and " " not in next(iter(concept))]
        words = [concept for concept in words if MIN_TYPO_LENGTH <= len(next(iter(concept))) <= MAX_TYPO_LENGTH]
        typos = []
        with connection.cursor() as cursor:
            for concept in words:
                cursor.execute(
                    f"SELECT 1 FROM {RECORD_TABLE} WHERE {TS_VECTOR} @@ to_tsquery('simple', %s) LIMIT 1",
                    [self._tsquery(concept)],
                )
                if not cursor.fetchone():
                    typos.append(concept)
        return typos[:MAX_TYPO_WORDS]


def corrected_words(word: str) -> set[str]:
    """SQLite: the indexed words within one or two edits of an analysed word no record holds."""
    with connection.cursor() as cursor:
        # Like Elasticsearch's prefix_length 2: the first two letters are taken as typed.
        cursor.execute(
            f"SELECT term, doc FROM {VOCABULARY_TABLE} WHERE term >= %s AND term < %s",
            [word[:2], word[:2] + "\uffff"],
        )
        candidates = cursor.fetchall()
    limit = 1 if len(word) < 8 else 2
    close = [
        (distance, -documents, term)
        for term, documents in candidates
        if abs(len(term) - len(word)) <= limit and (distance := edit_distance(word, term, limit)) <= limit
    ]
    return {term for _distance, _documents, term in sorted(close)[:MAX_CORRECTIONS]}


def edit_distance(first: str, second: str, limit: int) -> int:
    """Levenshtein distance, stopping early once it exceeds limit (then returns limit + 1)."""
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, start=1):
        current = [row]
        for column, other in enumerate(second, start=1):
            current.append(min(previous[column] + 1, current[-1] + 1, previous[column - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
