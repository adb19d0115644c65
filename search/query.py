"""What a reader asked for, parsed and bounded: the one input both search engines accept."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

MAX_QUERY_LENGTH = 200  # longer queries are cut (bounded time); the page says so
MAX_QUERY_WORDS = 32
MAX_FILTER_VALUES = 20
PAGE_SIZE = 20
MAX_PAGE = 10_000 // PAGE_SIZE  # Elasticsearch's result window
SORTS = ("relevance", "date")
_FILTER_VALUE = re.compile(r"^[\w.\-]{1,80}$", re.UNICODE)
_WORD = re.compile(r"\w", re.UNICODE)
_QUOTED = re.compile(r'"([^"]*)"')


class SearchRequestError(ValueError):
    """The request cannot be answered as asked; the message says why (shown with a 400)."""


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    edition: str = ""  # "" current editions only, "all", or one edition label
    sort: str = "relevance"
    page: int = 1
    page_size: int = PAGE_SIZE
    reader_language: str = "en"
    # Saved-search emails: only what was published in (after, until], since the last email.
    published_after: datetime | None = None
    published_until: datetime | None = None
    notices: tuple[str, ...] = field(default=(), compare=False)

    @property
    def has_filters(self) -> bool:
        return bool(self.countries or self.topics or self.kinds or self.languages or self.date_from or self.date_to)

    @property
    def is_answerable(self) -> bool:
        """Words to look for, or filters to browse by; otherwise the page offers help instead."""
        return bool(self.text) or self.has_filters or bool(self.edition)

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


def _values(params, name: str) -> tuple[str, ...]:
    values = [value.strip() for raw in params.getlist(name) for value in raw.split(",") if value.strip()]
    if len(values) > MAX_FILTER_VALUES:
        raise SearchRequestError(
            _("Too many values for “%(name)s” (at most %(max)s).") % {"name": name, "max": MAX_FILTER_VALUES}
        )
    for value in values:
        if not _FILTER_VALUE.match(value):
            raise SearchRequestError(_("“%(name)s” has a value that is not a valid code.") % {"name": name})
    return tuple(dict.fromkeys(values))


def _date(params, name: str) -> date | None:
    raw = params.get(name, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        raise SearchRequestError(_("“%(name)s” must be a date written YYYY-MM-DD.") % {"name": name}) from None


def _page(params) -> int:
    raw = params.get("page", "1").strip() or "1"
    # isdigit() alone accepts "²" and digits int() refuses past 4,300 of them: check ASCII, clamp by length.
    if not (raw.isascii() and raw.isdigit()) or not raw.strip("0"):
        raise SearchRequestError(_("“page” must be a whole number from 1."))
    digits = raw.lstrip("0")
    return MAX_PAGE if len(digits) > len(str(MAX_PAGE)) else min(int(digits), MAX_PAGE)


def clean_text(raw: str) -> tuple[str, list[str]]:
    """The query text, bounded; an all-punctuation query counts as empty. Returns (text, notices)."""
    notices = []
    text = " ".join(raw.replace("\x00", " ").split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0]
        notices.append(
            ngettext(
                "Your search was long, so only its first %(count)s character was used.",
                "Your search was long, so only its first %(count)s characters were used.",
                MAX_QUERY_LENGTH,
            )
            % {"count": MAX_QUERY_LENGTH}
        )
    words = text.split()
    if len(words) > MAX_QUERY_WORDS:
        text = " ".join(words[:MAX_QUERY_WORDS])
    if text and not _WORD.search(text):
        notices.append(_("Your search had no letters or numbers to look for."))
        text = ""
    return text, notices


def quoted_phrases(text: str) -> tuple[list[str], str]:
    """The text between pairs of double quotes (each a phrase), and the other words; an unpaired quote is
    left among the words, where analysis drops it."""
    parts = _QUOTED.split(text)
    phrases = [" ".join(part.split()) for part in parts[1::2] if _WORD.search(part)]
    words = " ".join(" ".join(parts[0::2]).split())
    return phrases, words if _WORD.search(words) else ""


def parse_search_request(params, *, reader_language: str) -> SearchQuery:
    """Parses query parameters (q, country, topic, type, lang, from, to, edition, sort, page); raises SearchRequestError."""
    text, notices = clean_text(params.get("q", ""))
    sort = params.get("sort", "").strip() or "relevance"
    if sort not in SORTS:
        raise SearchRequestError(_("“sort” must be “relevance” or “date”."))
    edition = params.get("edition", "").strip()
    if edition and not _FILTER_VALUE.match(edition):
        raise SearchRequestError(_("“edition” must be “all” or an edition label."))
    date_from, date_to = _date(params, "from"), _date(params, "to")
    if date_from and date_to and date_from > date_to:
        raise SearchRequestError(_("“from” must not be after “to”."))
    return SearchQuery(
        text=text,
        countries=tuple(value.upper() for value in _values(params, "country")),
        topics=_values(params, "topic"),
        kinds=_values(params, "type"),
        languages=_values(params, "lang"),
        date_from=date_from,
        date_to=date_to,
        edition=edition,
        sort=sort,
        page=_page(params),
        reader_language=reader_language,
        notices=tuple(notices),
    )
