"""Hidden posts and restricted topics: every forum URL that takes an id or a category, walked as every
non-moderating role, never shows them and never changes anything; moderators still do their work."""

import uuid

import pytest
from allauth.mfa.models import Authenticator

from forum.choices import TopicKind
from forum.models import Post
from portal.roles import Role

from .conftest import CANARY
from .factories import ForumTopicFactory, MemberFactory, PostFactory
from .helpers import forum_state
from .urlwalk import routes

pytestmark = pytest.mark.django_db

HIDDEN_CANARY = "CANARY-5d21e8-hidden-reply"
HIDDEN_TOPIC_CANARY = "CANARY-90bb41-hidden-topic"
CANARIES = (CANARY, HIDDEN_CANARY, HIDDEN_TOPIC_CANARY)
ROLES = ["anonymous", Role.READER, Role.PRACTITIONER, Role.TRAINER, Role.EDITOR]


SECRET_IDS = 900_001  # far above any id the database hands out here, so no visible object shares one


def _secret_topic(pk: int, *, opening: str, **fields):
    """A topic and its opening post with known ids (the factory's own opening post is replaced)."""
    topic = ForumTopicFactory(id=pk, **fields)
    topic.posts.all().delete()
    PostFactory(id=pk, topic=topic, author=topic.author, is_opening=True, body=opening)
    return topic


@pytest.fixture
def secrets(public_category, restricted_category, insider):
    """A hidden reply in a public question, a hidden topic, and a topic with a reply in a restricted category."""
    asker = MemberFactory(email="asker@example.org")
    question = ForumTopicFactory(category=public_category, kind=TopicKind.QUESTION, author=asker)
    hidden_reply = PostFactory(
        id=SECRET_IDS + 10, topic=question, body=f"Her address is {HIDDEN_CANARY}", is_hidden=True
    )
    hidden_topic = _secret_topic(
        SECRET_IDS + 20, category=public_category, title=f"Hidden {HIDDEN_TOPIC_CANARY}", opening=HIDDEN_TOPIC_CANARY
    )
    hidden_topic.is_hidden = True
    hidden_topic.save()
    restricted = _secret_topic(
        SECRET_IDS + 30, category=restricted_category, author=insider, title=CANARY, opening=f"Details {CANARY}"
    )
    restricted_reply = PostFactory(id=SECRET_IDS + 31, topic=restricted, author=insider, body=f"Reply {CANARY}")
    return {
        "asker": asker,
        "hidden_reply": hidden_reply,
        "ids": [hidden_reply.pk, hidden_topic.pk, restricted.pk, restricted_reply.pk],
        "slugs": [restricted_category.slug],
        "post_data": {
            "body": "Overwritten by someone who may not",
            "language": "en",
            "reason": "spam",
            "note": "note",
            "action": "hide",
            "accepted": "1",
            "email": "instant",
            "privacy_confirmed": "on",
            "category": public_category.pk,
            "submission_key": uuid.uuid4().hex,
        },
    }


def _member(role):
    if role == "anonymous":
        return None
    member = MemberFactory(email=f"{role.lower()}@walk.example.org", roles=[role])
    if role in (Role.TRAINER, Role.EDITOR):  # staff roles have a second factor; keep them past any MFA gate
        Authenticator.objects.create(user=member, type=Authenticator.Type.TOTP, data={"secret": "walk"})
    return member


def _targeted_urls(secrets) -> list[str]:
    """Every forum route with an id or a slug, reversed with each hidden or restricted target, in every language."""
    urls = []
    for route in routes("forum"):
        if route.ids():
            for pk in secrets["ids"]:  # each id is a topic's and its opening post's
                urls.extend(route.urls(**dict.fromkeys(route.ids(), pk)))
        elif route.slugs():
            for slug in secrets["slugs"]:
                urls.extend(route.urls(**dict.fromkeys(route.slugs(), slug)))
    return urls


def _shown(response) -> str:
    body = b"" if response.streaming else response.content
    return body.decode(errors="replace") + response.get("Location", "")


def test_walk_covers_every_forum_view_with_an_id_or_a_slug(secrets):
    targeted = {route.name for route in routes("forum") if route.ids() or route.slugs()}
    assert {"forum:post_edit", "forum:flag", "forum:helpful", "forum:accept", "forum:topic", "forum:reply"} <= targeted
    assert len(_targeted_urls(secrets)) >= 3 * len(targeted)  # every language prefix


@pytest.mark.parametrize("role", ROLES)
def test_hidden_and_restricted_posts_never_shown_or_changed(client, secrets, role):
    # The practitioner asked the question holding the hidden reply: allowed to accept answers, not its author.
    member = secrets["asker"] if role == Role.PRACTITIONER else _member(role)
    if member is not None:
        client.force_login(member)
    before = forum_state()
    quote = f"?quote={secrets['hidden_reply'].pk}"
    for url in _targeted_urls(secrets):
        for response in (client.get(url + quote), client.post(url, secrets["post_data"])):
            assert response.status_code < 500, url
            shown = _shown(response)
            assert not [canary for canary in CANARIES if canary in shown], (url, response.request["REQUEST_METHOD"])
        assert forum_state() == before, url


def test_quoting_a_hidden_reply_quotes_nothing(client, secrets):
    hidden = secrets["hidden_reply"]
    client.force_login(secrets["asker"])
    for url in (f"/en/forum/t/{hidden.topic_id}/reply/", f"/en/forum/t/{hidden.topic_id}/"):
        response = client.get(url, {"quote": hidden.pk})
        assert response.status_code == 200
        assert HIDDEN_CANARY not in response.content.decode()


def test_edit_form_of_someone_elses_post_is_refused_without_its_text(client, reader, public_category):
    post = PostFactory(topic=ForumTopicFactory(category=public_category), body="Only the author edits this")
    client.force_login(reader)
    response = client.get(f"/en/forum/p/{post.pk}/edit/")
    assert response.status_code == 403
    assert "You can only edit your own posts." in response.content.decode()
    assert "Only the author edits this" not in response.content.decode()


def test_moderator_reads_edits_and_restores_a_hidden_post(client, moderator, secrets):
    hidden = secrets["hidden_reply"]
    client.force_login(moderator)
    assert HIDDEN_CANARY in client.get(f"/en/forum/p/{hidden.pk}/edit/").content.decode()
    assert HIDDEN_CANARY in client.get(f"/en/forum/p/{hidden.pk}/history/").content.decode()
    assert HIDDEN_CANARY in client.get(hidden.topic.get_absolute_url()).content.decode()
    assert client.get(f"/en/forum/p/{hidden.pk}/").status_code == 302
    client.post(f"/en/forum/p/{hidden.pk}/edit/", {"body": "Her address was removed"})
    client.post(f"/en/forum/p/{hidden.pk}/moderate/", {"action": "restore", "reason": "Redacted"})
    hidden.refresh_from_db()
    assert (hidden.body, hidden.is_hidden) == ("Her address was removed", False)


def test_moderator_and_insider_still_reach_the_restricted_topic(client, moderator, insider, canary_topic):
    opening = canary_topic.posts.get()
    for member in (moderator, insider):
        client.force_login(member)
        assert CANARY in client.get(f"/en/forum/t/{canary_topic.pk}/").content.decode()
        assert CANARY in client.get(f"/en/forum/p/{opening.pk}/flag/").content.decode()
    client.force_login(insider)
    assert CANARY in client.get(f"/en/forum/p/{opening.pk}/edit/").content.decode()


def test_author_of_a_hidden_post_no_longer_finds_it(client, secrets):
    hidden = secrets["hidden_reply"]
    client.force_login(hidden.author)
    for url in (f"/en/forum/p/{hidden.pk}/edit/", f"/en/forum/p/{hidden.pk}/flag/", f"/en/forum/p/{hidden.pk}/"):
        assert client.get(url).status_code == 404
    assert Post.objects.get(pk=hidden.pk).body.endswith(HIDDEN_CANARY)
