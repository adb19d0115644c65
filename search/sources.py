"""The contract between the apps and the knowledge index.

An app describes what it wants found as `KnowledgeDocument`s, through a `KnowledgeSource`
registered here (usually from its AppConfig.ready). The search app never imports app models:
it asks sources for the documents of changed keys, and sources say nothing (an empty list)
for a key whose object is gone, hidden or unpublished, which removes it from the index.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol


class Visibility:
    PUBLIC = "public"  # anyone, signed in or not
    MEMBERS = "members"  # any signed-in, verified member
    GROUPS = "groups"  # only members of `groups`


@dataclass
class KnowledgeDocument:
    id: str  # unique and stable across rebuilds, e.g. "guideline-section:42:2.1:sec-a1b2"
    kind: str  # guideline_section, course, module, lesson, forum_topic, forum_post, page
    title: str
    text: str
    language: str  # en, fr or ar
    url: str
    countries: list[str] = field(default_factory=list)  # ISO 3166 codes
    topics: list[str] = field(default_factory=list)  # Topic slugs
    population_groups: list[str] = field(default_factory=list)
    visibility: str = Visibility.PUBLIC
    groups: list[str] = field(default_factory=list)  # group names, when visibility is "groups"
    translation_key: str = ""  # the same for every translation of one thing
    shown_under: str = ""  # a reply: its topic's document id, so results show one entry per topic
    edition: str = ""  # guideline edition label
    is_current: bool = True  # False for sections of superseded editions
    published_at: datetime | None = None
    updated_at: datetime | None = None
    extra: dict = field(default_factory=dict)


class KnowledgeSource(Protocol):
    name: str  # e.g. "guidelines.guideline"; outbox rows name it

    def all_keys(self) -> Iterable[str]:
        """Every key that currently has documents (for rebuild and drift checks)."""

    def documents_for(self, keys: list[str]) -> dict[str, list[KnowledgeDocument]]:
        """Current documents per key; an absent or empty entry means the key's documents are removed."""


class PageBasedSource(KnowledgeSource, Protocol):
    """A source built on Wagtail pages; search.page_changes asks it which keys a move or privacy change touches."""

    def keys_for_pages(self, page_ids: list[int]) -> Iterable[str]:
        """The keys whose documents come from these pages, live or not (a page may have to leave the index)."""


_sources: dict[str, KnowledgeSource] = {}


def register_source(source: KnowledgeSource) -> None:
    _sources[source.name] = source


def registered_sources() -> dict[str, KnowledgeSource]:
    return dict(_sources)


def unregister_source(name: str) -> None:
    """Removes a source (tests that register their own fixtures clean up with this)."""
    _sources.pop(name, None)
