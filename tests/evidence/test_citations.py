"""Forum posts cite evidence items as they cite guideline sections, through the portal's extensions: a public item by
name (at the cited page of its PDF), a members-only item by nothing that names it; the item lists the topics citing
it that its reader may see."""

import pytest

from forum.rendering import render_markdown
from forum.services.posting import citations_save
from guidelines.evidence.selectors import evidence_citation
from tests.forum.factories import ForumTopicFactory, PostFactory
from tests.portal.factories import UserFactory

from .factories import MEMBERS_ITEM_CANARY

pytestmark = pytest.mark.django_db

CANARY = MEMBERS_ITEM_CANARY


def _cite(slug: str, *, page: int | None = None, category=None):
    mark = f"[[evidence:{slug}#page={page}]]" if page else f"[[evidence:{slug}]]"
    topic = ForumTopicFactory(**({"category": category} if category else {}))
    post = PostFactory(topic=topic, body=f"See {mark} for the figures.")
    citations_save(post=post)
    return post


def test_a_post_citing_a_public_item_links_to_the_page_of_its_pdf(public_item):
    html = render_markdown(f"See [[evidence:{public_item.slug}#page=2]].")
    pdf = public_item.files.get()
    assert f'href="{public_item.file_url(pdf, 2)}"' in html
    assert public_item.file_url(pdf, 2).endswith("#page=2")
    assert "Reintegration outcomes study, p. 2" in html


def test_a_post_citing_a_public_item_without_a_page_links_to_the_item(public_item):
    html = render_markdown(f"See [[evidence:{public_item.slug}]].")
    assert f'href="{public_item.url}"' in html
    assert "Reintegration outcomes study" in html


def test_a_post_citing_a_members_only_item_never_names_it(members_item):
    html = render_markdown(f"See [[evidence:{members_item.slug}#page=2]].")
    assert CANARY not in html
    assert members_item.slug not in html
    assert "an evidence item not open to everyone" in html
    assert evidence_citation(slug=members_item.slug, language="en") is None


def test_a_post_citing_an_unknown_item_is_a_plain_mention(db):
    html = render_markdown("See [[evidence:no-such-item]].")
    assert "<a" not in html and "an evidence item not open to everyone" in html


def test_the_item_lists_the_forum_topics_citing_it(client, public_item):
    post = _cite(public_item.slug, page=2)
    body = client.get(public_item.url).content.decode()
    assert "Discussed in the forum" in body
    assert post.topic.title in body


def test_the_item_leaves_out_topics_its_reader_may_not_see(client, public_item):
    from tests.forum.factories import CategoryFactory

    restricted = CategoryFactory(restricted_to=["Verified caseworkers"])
    post = _cite(public_item.slug, category=restricted)
    post.topic.title = f"Restricted topic {CANARY}"
    post.topic.save()
    assert CANARY not in client.get(public_item.url).content.decode()
    client.force_login(UserFactory())
    assert CANARY not in client.get(public_item.url).content.decode()


def test_a_hidden_post_no_longer_cites_the_item(client, public_item):
    post = _cite(public_item.slug)
    post.is_hidden = True
    post.save()
    assert post.topic.title not in client.get(public_item.url).content.decode()
