"""Editor rich text made safe to serve: an nh3 allow-list of what Wagtail's rich text and the portal's blocks produce.

Nothing that can run survives: no script or style, no event handler or `style` attribute, no URL but http(s),
mailto, tel and relative ones, no frame, object, form, SVG or MathML. What editors legitimately write stays:
headings, paragraphs, lists, links, emphasis, callouts, checklists, procedures, tables, figures and images,
`id`s (anchors), `class`, `dir` and `lang`. Cleaning clean HTML again changes nothing, so HTML stored before
(or under an older allow-list) is cleaned when read and still reads the same.
"""

import re

import nh3

from django.utils.safestring import SafeString, mark_safe

# Bump when the allow-list narrows: HTML stored under an older version is then sanitized again when read.
ALLOW_LIST_VERSION = 1
RICH_TEXT_TAGS = frozenset(
    {
        "p", "br", "hr", "div", "span", "aside", "figure", "figcaption", "blockquote", "pre", "code",
        "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "a", "b", "strong", "i", "em", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "abbr", "cite", "q",
        "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
    }
)  # fmt: skip
RICH_TEXT_ATTRIBUTES = {
    "*": {"class", "id", "dir", "lang", "title"},
    "a": {"href", "rel", "hreflang"},
    "img": {"src", "alt", "width", "height", "loading", "decoding"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "th": {"scope", "colspan", "rowspan", "abbr"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
    "colgroup": {"span"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# Removed with everything inside them, rather than leaving their text (a script's source) on the page.
REMOVED_WITH_CONTENT = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "textarea", "title", "xmp", "noembed", "noframes"}
)
LINK_REL_WORDS = frozenset({"nofollow", "noopener", "noreferrer", "external", "ugc", "help", "license", "tag"})
# Anchor ids as editors and the portal write them (s-4k2p9q); anything else could clobber the page's own names.
_ANCHOR_ID = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,63}\Z")
_DIRECTIONS = frozenset({"ltr", "rtl", "auto"})


def _allowed_value(element: str, attribute: str, value: str) -> str | None:
    """Narrows the free-text attributes: ids to anchor names, `rel` to known words, `dir` to a direction."""
    if attribute == "id":
        return value if _ANCHOR_ID.match(value) else None
    if attribute == "rel":
        words = [word for word in value.lower().split() if word in LINK_REL_WORDS]
        return " ".join(words) or None
    if attribute == "dir":
        return value if value.lower() in _DIRECTIONS else None
    return value


_CLEANER = nh3.Cleaner(
    tags=set(RICH_TEXT_TAGS),
    clean_content_tags=set(REMOVED_WITH_CONTENT),
    attributes={tag: set(names) for tag, names in RICH_TEXT_ATTRIBUTES.items()},
    attribute_filter=_allowed_value,
    url_schemes=set(URL_SCHEMES),
    link_rel=None,
    strip_comments=True,
)


def sanitize_rich_text(html: str) -> SafeString:
    """HTML that cannot run script, keeping the allowed markup as it was (its anchors and links unchanged)."""
    return mark_safe(_CLEANER.clean(str(html or "")))
