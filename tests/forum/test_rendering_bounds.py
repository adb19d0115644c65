"""Any text the forms accept renders in bounded time, and ordinary Markdown renders exactly as before."""

import gc
import time
from datetime import timedelta

import markdown
import pytest

from django.utils import timezone

from forum.markdown_limits import MAX_BLOCK_DEPTH, BoundedMarkdown
from forum.models import Post, PostRevision
from forum.permissions import MAX_POST_LENGTH
from forum.rendering import render_markdown

from .factories import ForumTopicFactory, PostFactory


def _filled(unit: str) -> str:
    """`unit` repeated to the longest text a post may have."""
    return (unit * (MAX_POST_LENGTH // len(unit) + 1))[:MAX_POST_LENGTH]


PATHOLOGICAL = {
    "brackets": _filled("["),
    "closing brackets": _filled("]"),
    "quotes": _filled(">"),
    "spaced quotes": _filled("> "),
    "stars": _filled("*"),
    "underscores": _filled("_"),
    "bracket-paren": _filled("]("),
    "paren-bracket": _filled("(["),
    "images": _filled("!["),
    "links without end": _filled("[a]("),
    "links in quoted titles": _filled("[a](x'"),
    "references": _filled("[x]["),
    "citations": _filled("[["),
    "footnote-like": _filled("[^"),
    "balanced nesting": "[" * (MAX_POST_LENGTH // 2) + "]" * (MAX_POST_LENGTH // 2),
    "backticks": _filled("`"),
    "code spans": _filled("`a"),
    "backslashes": _filled("\\"),
    "emphasis runs": _filled("*_"),
    "strong runs": _filled("**a"),
    "emphasis lines": _filled("*\n"),
    "ordered list markers": _filled("1. "),
    "bullet markers": _filled("- a "),
    "plus markers": _filled("+ "),
    "quoted bullets": _filled("> - "),
    "nested lists": "".join(f"{'    ' * depth}1. item\n" for depth in range(200))[:MAX_POST_LENGTH],
    "deeper quotes per line": "".join(f"{'>' * depth} x\n" for depth in range(1, 200))[:MAX_POST_LENGTH],
    "tables": "|a|b|\n|-|-|\n" + _filled("|[x|*y|\n"),
    "mixed": _filled("[*_>`](![<&"),
}
# Bounded means linear: doubling a hostile text at most about doubles its cost (a quadratic parser path
# would quadruple it), and no shape costs far more than ordinary prose of the same length (the worst is
# about 6x). Each pair is measured in the same test moments apart, with the garbage collector held off, so a
# long-lived test worker's large heap or a busy machine weighs on both sides alike.
MAX_GROWTH_WHEN_DOUBLED = 3.0
MAX_COST_OVER_ORDINARY = 25
ORDINARY_TEXT = _filled("Ordinary words in a sentence, with *some* emphasis and a [link](https://example.org).\n\n")


def _render_cpu_seconds(text: str) -> float:
    """The best of three renders, in CPU seconds of this process, without garbage collection."""
    timings = []
    gc.disable()
    try:
        for _attempt in range(3):
            started = time.process_time()
            assert render_markdown(text)
            timings.append(time.process_time() - started)
    finally:
        gc.enable()
    return min(timings)


@pytest.mark.parametrize("shape", PATHOLOGICAL)
def test_longest_hostile_text_costs_linear_time_about_what_ordinary_text_does(shape):
    text = PATHOLOGICAL[shape]
    gc.collect()
    half_cost = _render_cpu_seconds(text[: len(text) // 2])
    full_cost = _render_cpu_seconds(text)
    ordinary_cost = _render_cpu_seconds(ORDINARY_TEXT)
    assert full_cost < MAX_GROWTH_WHEN_DOUBLED * half_cost, f"{shape}: {full_cost:.3f}s against {half_cost:.3f}s"
    assert full_cost < MAX_COST_OVER_ORDINARY * ordinary_cost, f"{shape}: {full_cost:.3f}s against {ordinary_cost:.3f}s"


ORDINARY = [
    'A [link](https://example.org) and ![an image](https://example.org/a.png "title").',
    "A [link with [nested] brackets](https://example.org/a_(b)) and [[case-management#sec-4-3]].",
    "[![badge](https://example.org/b.png)](https://example.org)",
    'Reference [text][ref] and [ref] and ![img][ref].\n\n[ref]: https://example.org/ref "Ref"',
    "*em* **strong** ***both*** _em_ __strong__ a*b*c snake_case_word",
    "> quoted\n> > nested quote\n> > > third\n\nafter",
    "- one\n- two\n    - nested\n        - deeper\n\n1. first\n2. second\n    1. inner",
    "```\n[not a link](x) > not a quote\n```\n\n`code [x](y)` and \\[escaped\\]",
    "| a | b |\n|---|:-:|\n| [x](https://example.org) | *y* |",
    "line one\nline two\n\n---\n\n## Heading\n\ntext (with [brackets] inside) and a lonely [ bracket",
    "> - quoted list\n>     1. nested ordered\n>         > quote in list",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_markdown_renders_exactly_as_python_markdown_does(text):
    extensions = ["fenced_code", "tables", "sane_lists", "nl2br"]
    plain = markdown.markdown(text, extensions=extensions, output_format="html")
    bounded = markdown.markdown(text, extensions=[*extensions, BoundedMarkdown()], output_format="html")
    assert bounded == plain


def test_ordinary_markdown_still_gives_links_emphasis_quotes_and_lists():
    html = render_markdown(
        "See [the guide](https://example.org/guide) and **this**.\n\n> quoted\n\n- one\n- two\n\n1. first"
    )
    assert '<a href="https://example.org/guide" rel="nofollow noopener">the guide</a>' in html
    assert "<strong>this</strong>" in html
    assert "<blockquote>" in html and "<ul>" in html and "<ol>" in html


def test_markers_past_the_nesting_depth_show_as_typed():
    html = render_markdown(">" * (MAX_BLOCK_DEPTH + 3) + " deep")
    assert html.count("<blockquote>") == MAX_BLOCK_DEPTH
    assert "&gt;&gt;&gt; deep" in html


@pytest.fixture
def own_post(practitioner, public_category):
    post = PostFactory(topic=ForumTopicFactory(category=public_category), author=practitioner, body="First")
    Post.objects.update(created_at=timezone.now() - timedelta(minutes=5))
    return post


@pytest.mark.django_db
def test_editing_too_quickly_is_refused_with_the_text_kept(client, practitioner, own_post):
    client.force_login(practitioner)
    client.post(f"/en/forum/p/{own_post.pk}/edit/", {"body": "Second"})
    response = client.post(f"/en/forum/p/{own_post.pk}/edit/", {"body": "Third wording"})
    assert response.status_code == 429
    assert "You are editing too quickly." in response.content.decode()
    assert "Third wording" in response.content.decode()
    own_post.refresh_from_db()
    assert own_post.body == "Second"


@pytest.mark.django_db
def test_editing_again_after_the_interval_is_accepted(client, practitioner, own_post):
    client.force_login(practitioner)
    client.post(f"/en/forum/p/{own_post.pk}/edit/", {"body": "Second"})
    PostRevision.objects.update(created_at=timezone.now() - timedelta(seconds=11))
    client.post(f"/en/forum/p/{own_post.pk}/edit/", {"body": "Third"})
    own_post.refresh_from_db()
    assert own_post.body == "Third"


@pytest.mark.django_db
def test_moderators_tidying_up_are_not_slowed_down(client, moderator, own_post):
    client.force_login(moderator)
    for body in ("Redacted once", "Redacted twice"):
        client.post(f"/en/forum/p/{own_post.pk}/edit/", {"body": body})
    own_post.refresh_from_db()
    assert own_post.body == "Redacted twice"
