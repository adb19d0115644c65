"""Bounds on Python-Markdown's work, so any post the forms accept renders in a fraction of a second.

Two things made rendering quadratic or worse, both on input no real post contains:
- brackets: for every `[` the link, image and reference patterns scan forward to its matching `]` (and then
  to the matching `)`), to the end of the paragraph when there is none, so 10,000 `[` made 10,000 scans;
- block nesting: each leading `>`, `-` or `1.` on a line opens a quote or list holding the rest of the line,
  so a line of 10,000 markers nests 10,000 deep (quadratic copying, then a RecursionError).
Brackets are bounded by nesting depth, scan length and a budget per document; markers past a nesting depth
are escaped so they show as typed. Within those bounds the output is exactly Python-Markdown's.
"""

import re

from markdown.extensions import Extension
from markdown.inlinepatterns import (
    ImageInlineProcessor,
    ImageReferenceInlineProcessor,
    LinkInlineProcessor,
    ReferenceInlineProcessor,
    ShortImageReferenceInlineProcessor,
    ShortReferenceInlineProcessor,
)
from markdown.preprocessors import Preprocessor

MAX_BRACKET_DEPTH = 8  # [[guideline#anchor]] and [![image](src)](href) need 2
MAX_LINK_SCAN = 2_000  # characters of link text, or of a link's target and title
SCAN_BUDGET = 400_000  # characters all bracket scans of one document may read
MAX_BLOCK_DEPTH = 12  # quotes and lists opened by the markers at the start of one line

_BLOCK_MARKER = re.compile(r"[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))")


class _BoundedBrackets:
    """`getText` and `getLink` of Python-Markdown's link patterns, giving up (no link) past the bounds."""

    def _spend(self, characters: int) -> bool:
        """Charges a scan to the document's budget; False once the budget is gone."""
        self.md.bracket_scan_budget = getattr(self.md, "bracket_scan_budget", SCAN_BUDGET) - characters
        return self.md.bracket_scan_budget >= 0

    def getText(self, data: str, index: int) -> tuple[str, int, bool]:
        depth, start, end = 1, index, min(len(data), index + MAX_LINK_SCAN)
        while index < end:
            character = data[index]
            index += 1
            if character == "]":
                depth -= 1
                if depth == 0:
                    return data[start : index - 1], index, self._spend(index - start)
            elif character == "[":
                depth += 1
                if depth > MAX_BRACKET_DEPTH:
                    break
        self._spend(index - start)
        return data[start:index], index, False

    def getLink(self, data: str, index: int) -> tuple[str, str | None, int, bool]:
        end = min(len(data), index + MAX_LINK_SCAN)
        if data.find(")", index, end) < 0 or not self._spend(0):
            return "", None, index, False
        href, title, after, handled = super().getLink(data[:end], index)
        self._spend((after if handled else end) - index)
        return href, title, after, handled


class _Link(_BoundedBrackets, LinkInlineProcessor):
    pass


class _Image(_BoundedBrackets, ImageInlineProcessor):
    pass


class _Reference(_BoundedBrackets, ReferenceInlineProcessor):
    pass


class _ShortReference(_BoundedBrackets, ShortReferenceInlineProcessor):
    pass


class _ImageReference(_BoundedBrackets, ImageReferenceInlineProcessor):
    pass


class _ShortImageReference(_BoundedBrackets, ShortImageReferenceInlineProcessor):
    pass


# Python-Markdown's own names and priorities for these patterns (markdown.inlinepatterns.build_inlinepatterns).
_BOUNDED = {
    "reference": (_Reference, 170),
    "link": (_Link, 160),
    "image_link": (_Image, 150),
    "image_reference": (_ImageReference, 140),
    "short_reference": (_ShortReference, 130),
    "short_image_ref": (_ShortImageReference, 125),
}


def escape_deep_markers(line: str) -> str:
    """The line with its block markers past MAX_BLOCK_DEPTH escaped (shown as typed, opening nothing)."""
    position = 0
    for _depth in range(MAX_BLOCK_DEPTH):
        marker = _BLOCK_MARKER.match(line, position)
        if marker is None:
            return line
        position = marker.end()
    marker = _BLOCK_MARKER.match(line, position)
    if marker is None:
        return line
    symbol = marker.end() - 1  # the `>`, the bullet, or the `.`/`)` after a number
    return f"{line[:symbol]}\\{line[symbol:]}"


class _EscapeDeepMarkers(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        return [escape_deep_markers(line) for line in lines]


class BoundedMarkdown(Extension):
    """Add to a Markdown converter to bound its work on hostile input."""

    def extendMarkdown(self, md):
        md.preprocessors.register(_EscapeDeepMarkers(md), "escape_deep_markers", 24)  # after fenced code is set aside
        for name, (bounded, priority) in _BOUNDED.items():
            md.inlinePatterns.register(bounded(md.inlinePatterns[name].pattern, md), name, priority)
