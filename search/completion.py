"""Autocomplete through Elasticsearch's completion suggester: entries per document, contexts per audience.

A prefix lookup in the suggester's in-memory automaton costs the same whatever the index size, where a
match on edge n-grams scored and collapsed every document sharing the prefix. Visibility rides along
as a category context, "<visibility>|<language>", so an audience only ever reaches entries it may see
and the reader's language can be boosted; several query contexts are a disjunction.
"""

from django.conf import settings

from .audience import Audience
from .sources import Visibility

MAX_WORDS = 8  # entries start at each of the title's first words, so "support" finds "Psychosocial support"
READER_LANGUAGE_BOOST = 3
KIND_WEIGHTS = {"course": 6, "guideline_section": 5, "module": 4, "lesson": 4, "page": 3, "forum_topic": 2}


def _document_contexts(*, visibility: str, groups: list[str], language: str) -> list[str]:
    if visibility == Visibility.GROUPS:
        return [f"group:{group}|{language}" for group in groups]
    return [f"{visibility}|{language}"]


def completion_entries(*, title: str, kind: str, visibility: str, groups: list[str], language: str, is_current: bool):
    """The suggester entries of one document: the whole title first, then from each later word, weighted lower."""
    words = title.split()
    contexts = _document_contexts(visibility=visibility, groups=groups, language=language)
    if not words or not is_current or not contexts:
        return []
    weight = KIND_WEIGHTS.get(kind, 1)
    entries = [{"input": [title], "weight": weight * 2, "contexts": {"audience": contexts}}]
    later = [" ".join(words[start:]) for start in range(1, min(len(words), MAX_WORDS))]
    if later:
        entries.append({"input": later, "weight": weight, "contexts": {"audience": contexts}})
    return entries


def audience_contexts(audience: Audience, *, reader_language: str) -> list[dict]:
    """The contexts an audience may read, the reader's language boosted (the highest matching boost wins)."""
    scopes = [f"{visibility}|" for visibility in audience.visibilities]
    scopes.extend(f"group:{group}|" for group in audience.groups)
    contexts = []
    for scope in scopes:
        contexts.append({"context": f"{scope}{reader_language}", "boost": READER_LANGUAGE_BOOST})
        contexts.extend(
            {"context": f"{scope}{language}"} for language, _name in settings.LANGUAGES if language != reader_language
        )
    if audience.everything:  # superusers: a prefix reaches every group's entries
        contexts.append({"context": "group:", "prefix": True})
    return contexts
