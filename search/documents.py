"""The knowledge index: its mapping and analysis, defined with elasticsearch.dsl (the only module importing it).

Readers search the alias `{SEARCH_INDEX_PREFIX}-knowledge`; each rebuild creates a concrete
`{prefix}-knowledge-<timestamp>` index and swaps the alias atomically. Language fields are indexed with
the node's English, French and Arabic analyzers; their search analyzers add the glossary as a
query-time synonym graph, so a French query reaches English and Arabic text.
"""

from datetime import UTC, datetime

from elasticsearch.dsl import (
    Boolean,
    Completion,
    Date,
    DenseVector,
    Document,
    Index,
    Keyword,
    Text,
    analyzer,
    token_filter,
)

from django.conf import settings

GLOSSARY_FILTER = "knowledge_glossary"
# The Arabic stemmer reads a word starting with alef madda + lam as the article "ال" once the madda is
# normalised: "آلية" (mechanism) would be indexed and searched as "ية". The node has no pattern filter, so
# the common such words are first rewritten (hamza + alef) to a form the stemmer leaves its first letters.
ALEF_MADDA_WORDS = ("آلية", "آليات", "آلة", "آلات", "آلي", "آلام", "آلاف")
alef_madda = token_filter(
    "knowledge_arabic_alef_madda",
    "synonym_graph",
    synonyms=[
        f"{form} => ءا{form[1:]}" for word in ALEF_MADDA_WORDS for form in sorted({word, word.replace("ة", "ه")})
    ],
)

# Index analyzers are the node's language analyzers; search analyzers repeat their chains with the
# glossary inserted after lowercasing (before stop words and stemming, so multi-word terms match).
folded = analyzer("knowledge_folded", tokenizer="standard", filter=["lowercase", "asciifolding"])
folded_search = analyzer(
    "knowledge_folded_search", tokenizer="standard", filter=["lowercase", GLOSSARY_FILTER, "asciifolding"]
)
english_search = analyzer(
    "knowledge_english_search",
    tokenizer="standard",
    filter=[
        token_filter("knowledge_english_possessive", "stemmer", language="possessive_english"),
        "lowercase",
        GLOSSARY_FILTER,
        token_filter("knowledge_english_stop", "stop", stopwords="_english_"),
        token_filter("knowledge_english_stem", "stemmer", language="english"),
    ],
)
french_search = analyzer(
    "knowledge_french_search",
    tokenizer="standard",
    filter=[
        "elision",
        "lowercase",
        GLOSSARY_FILTER,
        token_filter("knowledge_french_stop", "stop", stopwords="_french_"),
        token_filter("knowledge_french_stem", "stemmer", language="light_french"),
    ],
)
arabic_stop = token_filter("knowledge_arabic_stop", "stop", stopwords="_arabic_")
arabic_stem = token_filter("knowledge_arabic_stem", "stemmer", language="arabic")
# The node's Arabic analyzer's chain, with the alef madda words kept whole.
arabic = analyzer(
    "knowledge_arabic",
    tokenizer="standard",
    filter=["lowercase", arabic_stop, alef_madda, "arabic_normalization", arabic_stem],
)
arabic_search = analyzer(
    "knowledge_arabic_search",
    tokenizer="standard",
    filter=["lowercase", GLOSSARY_FILTER, arabic_stop, alef_madda, "arabic_normalization", arabic_stem],
)


def _multilingual_text() -> Text:
    """Offsets are indexed so highlighting reads postings instead of re-analysing the text per hit."""
    return Text(
        analyzer=folded,
        search_analyzer=folded_search,
        index_options="offsets",
        fields={
            "en": Text(analyzer="english", search_analyzer=english_search, index_options="offsets"),
            "fr": Text(analyzer="french", search_analyzer=french_search, index_options="offsets"),
            "ar": Text(analyzer=arabic, search_analyzer=arabic_search, index_options="offsets"),
        },
    )


class KnowledgeEntry(Document):
    """One KnowledgeDocument in the index; its Elasticsearch id is the document's id."""

    source = Keyword()
    key = Keyword()
    source_key = Keyword()  # "source|key": what the worker replaces when a key changes
    kind = Keyword()
    title = _multilingual_text()
    text = _multilingual_text()
    summary = Text(index=False)  # the opening of the text, for snippets without fetching the whole text
    language = Keyword()
    countries = Keyword()
    topics = Keyword()
    population_groups = Keyword()
    edition = Keyword()
    is_current = Boolean()
    published_at = Date()
    updated_at = Date()
    url = Keyword(index=False)
    visibility = Keyword()
    groups = Keyword()
    translation_key = Keyword()
    group_key = Keyword()  # the translation key, a reply's topic id, or the document's own id: one result each
    # Autocomplete entries (search/completion.py); the audience context keeps them within visibility.
    suggest = Completion(analyzer=folded, contexts=[{"name": "audience", "type": "category"}])
    content_hash = Keyword(index=False)
    # The sentence vector (search/semantic/) for kNN, kept out of _source: its key finds it in the database.
    vector = DenseVector(dims=512, similarity="cosine")
    vector_key = Keyword(index=False)


def alias_name() -> str:
    return f"{settings.SEARCH_INDEX_PREFIX}-knowledge"


def new_index_name() -> str:
    return f"{alias_name()}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"


def _glossary_holder(rules: list[str]):
    """An analyzer that only carries the glossary filter into the index's analysis settings."""
    return analyzer(
        "knowledge_glossary_holder",
        tokenizer="standard",
        filter=[token_filter(GLOSSARY_FILTER, "synonym_graph", synonyms=rules)],
    )


def glossary_settings(rules: list[str]) -> dict:
    """The analysis settings holding the glossary, for updating a closed index."""
    return {"analysis": _glossary_holder(rules).get_analysis_definition()}


def index_body(*, rules: list[str], building: bool = False) -> dict:
    """Settings and mappings of a concrete knowledge index; `building` turns off refresh for bulk loads."""
    index = Index("knowledge")
    index.settings(
        number_of_shards=1,
        number_of_replicas=0 if building else settings.SEARCH_INDEX_REPLICAS,
        refresh_interval="-1" if building else "1s",
        max_result_window=10000,
    )
    index.document(KnowledgeEntry)
    index.analyzer(_glossary_holder(rules))
    body = index.to_dict()
    body["mappings"]["_source"] = {"excludes": ["vector"]}  # 5 KB a document that no reader needs
    return body
