"""The shape of search results, the same from both engines (the page and the JSON API render it)."""

from dataclasses import asdict, dataclass, field
from datetime import datetime

FACETS = ("country", "topic", "type", "lang")


@dataclass
class Translation:
    language: str
    url: str
    title: str


@dataclass
class SearchHit:
    id: str
    kind: str
    title: str
    url: str
    language: str
    snippet: str  # HTML-escaped text; only <mark> tags are markup
    countries: list[str]
    topics: list[str]
    edition: str
    is_current: bool
    published_at: datetime | None
    in_reader_language: bool
    translations: list[Translation] = field(default_factory=list)  # the same item in other languages
    kind_label: str = ""
    group: str = ""  # what the engines collapse on: a page's translations, a topic with its replies


@dataclass
class FacetValue:
    value: str
    count: int
    selected: bool = False
    label: str = ""


@dataclass
class SearchResults:
    total: int  # results (translations grouped), not documents
    page: int
    page_size: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    backend: str  # "elasticsearch" or "database"
    degraded: bool = False  # Elasticsearch is configured but did not answer: database results
    notices: list[str] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def past_the_end(self) -> bool:
        return self.page > self.page_count

    def as_dict(self) -> dict:
        data = asdict(self)
        data["page_count"] = self.page_count
        for hit in data["hits"]:
            del hit["group"]
            hit["published_at"] = hit["published_at"].isoformat() if hit["published_at"] else None
        return data


@dataclass
class Suggestion:
    kind: str  # "title", "country" or "topic"
    label: str
    url: str
