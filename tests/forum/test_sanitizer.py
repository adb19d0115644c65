"""Member Markdown never becomes script: a list of classic XSS payloads against the renderer."""

from html.parser import HTMLParser

import pytest

from forum.rendering import render_markdown

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<iframe src=javascript:alert(1)></iframe>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="javascript:alert(1)">x</a>',
    "![x](javascript:alert(1))",
    '![x](https://example.org/x.png" onerror="alert(1))',
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '[x](https://example.org "title" onmouseover="alert(1)")',
    "<<script>script>alert(1)<</script>/script>",
    "```\n</code><script>alert(1)</script>\n```",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "<object data=javascript:alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "[x](&#106;avascript:alert(1))",
]


class ElementCollector(HTMLParser):
    """The elements and attributes a browser would build from the HTML."""

    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


SAFE_TAGS = {"p", "br", "a", "code", "pre", "blockquote", "strong", "em", "ul", "ol", "li", "h2", "h3", "h4", "hr"}


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_xss_payload_renders_inert(payload):
    collector = ElementCollector()
    collector.feed(render_markdown(payload))
    for tag, attributes in collector.elements:
        assert tag in SAFE_TAGS, tag
        assert not [name for name in attributes if name.startswith("on")]
        href = (attributes.get("href") or "").strip().lower()
        assert not href.startswith(("javascript:", "vbscript:", "data:")), href


def test_links_carry_nofollow_noopener():
    html = render_markdown("[IOM](https://www.iom.int/)")
    assert 'href="https://www.iom.int/"' in html
    assert 'rel="nofollow noopener"' in html


def test_quotes_and_emphasis_survive():
    html = render_markdown("> A caseworker said\n\n**Referral** first")
    assert "<blockquote>" in html
    assert "<strong>Referral</strong>" in html


def test_citation_of_an_unknown_guideline_still_links_to_where_it_would_be(db):
    html = render_markdown("See [[case-management-guideline#sec-4-3]].", language="fr")
    assert 'class="citation"' in html
    assert 'href="/fr/guidelines/case-management-guideline/#sec-4-3"' in html


def test_citation_of_a_published_guideline_names_its_edition_and_section(db):
    from tests.guidelines.factories import guideline, numbered_sections

    page = guideline(title="Case management", slug="case-management", sections=numbered_sections(2), label="2.1")

    html = render_markdown("As [[case-management#s-n0002]] says.", language="en")

    assert f'href="{page.url}editions/2.1/#s-n0002"' in html
    assert "Case management, 2.1 §2 Step 2" in html
