"""Member-written Markdown to safe HTML: Markdown first, then nh3 with an allow-list, nothing else trusted.

Guideline citations are written `[[guideline-slug#anchor]]` and become links to that section; evidence citations
`[[evidence:item-slug]]` or `[[evidence:item-slug#page=4]]` become links to the item (at that page of its PDF).
"""

import re
from dataclasses import dataclass

import markdown
import nh3

from django.utils.html import escape
from django.utils.translation import gettext as _

from portal.extensions import app_hook

from .markdown_limits import BoundedMarkdown

CITATION = re.compile(r"\[\[([a-z0-9][a-z0-9-]{0,119})(?:#([A-Za-z0-9_.:-]{1,120}))?\]\]")

EVIDENCE_CITATION = re.compile(r"\[\[evidence:([a-z0-9][a-z0-9-]{0,119})(?:#page=([1-9][0-9]{0,4}))?\]\]")

ALLOWED_TAGS = {
    "p", "br", "hr", "strong", "em", "b", "i", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "cite", "del",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "class"}, "th": {"align"}, "td": {"align"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


@dataclass(frozen=True)
class Citation:
    guideline_slug: str
    anchor: str


@dataclass(frozen=True)
class EvidenceCitation:
    evidence_slug: str
    pdf_page: int | None


def evidence_citations_in(text: str) -> list[EvidenceCitation]:
    found = (EvidenceCitation(slug, int(page) if page else None) for slug, page in EVIDENCE_CITATION.findall(text))
    return list(dict.fromkeys(found))


def citations_in(text: str) -> list[Citation]:
    seen = dict.fromkeys(Citation(slug, anchor or "") for slug, anchor in CITATION.findall(text))
    return list(seen)


def _citation_link(citation: Citation, language: str) -> tuple[str, str]:
    """(url, label) for a cited section: the guidelines app's own citation when it offers one, else a plain link."""
    resolve = app_hook("section_citation")
    if resolve is not None:
        found = resolve(slug=citation.guideline_slug, anchor=citation.anchor, language=language)
        if found:
            return found.url, found.label
    url = f"/{language}/guidelines/{citation.guideline_slug}/"
    if citation.anchor:
        url += f"#{citation.anchor}"
    label = citation.guideline_slug.replace("-", " ").capitalize()
    return url, f"{label} § {citation.anchor}" if citation.anchor else label


def _replace_citations(text: str, language: str) -> str:
    def link(match: re.Match) -> str:
        url, label = _citation_link(Citation(match.group(1), match.group(2) or ""), language)
        return f'<a class="citation" href="{escape(url)}">{escape(label)}</a>'

    return CITATION.sub(link, text)


def _replace_evidence_citations(text: str, language: str) -> str:
    """Links to public evidence the evidence library vouches for; anything else (a members-only item, a typo)
    becomes a plain mention that names nothing, so a post never reveals a restricted item's title."""
    resolve = app_hook("evidence_citation")

    def link(match: re.Match) -> str:
        page = int(match.group(2)) if match.group(2) else None
        found = resolve(slug=match.group(1), pdf_page=page, language=language) if resolve else None
        if found is None:
            return f"<cite>{escape(_('an evidence item not open to everyone'))}</cite>"
        return f'<a class="citation citation--evidence" href="{escape(found.url)}">{escape(found.label)}</a>'

    return EVIDENCE_CITATION.sub(link, text)


def render_markdown(text: str, *, language: str = "en") -> str:
    """Safe HTML for a post: raw HTML in the source is escaped, links get rel="nofollow noopener".

    Bounded in time whatever the text (see markdown_limits).
    """
    converter = markdown.Markdown(
        extensions=["fenced_code", "tables", "sane_lists", "nl2br", BoundedMarkdown()], output_format="html"
    )
    # Raw HTML in the source is shown as text, never passed through.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    html = converter.convert(text)
    html = _replace_evidence_citations(html, language)
    html = _replace_citations(html, language)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
    )


def quote_markdown(*, body: str, author_name: str) -> str:
    """A reply's opening quote of another post."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in body.strip().splitlines())
    return f"{quoted}\n>\n> — {author_name}\n\n"
