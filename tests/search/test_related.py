"""Related items: the nearest documents across kinds and languages, only what the reader may see, never stale."""

from dataclasses import replace

import pytest

from django.contrib.auth.models import AnonymousUser, Group

from search.client import get_client
from search.documents import alias_name
from search.maintenance import index_rebuild
from search.semantic.related import related_items
from search.sources import Visibility
from search.worker import outbox_drain
from tests.portal.factories import UserFactory

from .factories import knowledge_document

pytestmark = pytest.mark.django_db

SOURCE = "test.fixture"


@pytest.fixture
def neighbourhood(fixture_source, semantic):
    """A post on paying rent with mobile money, and near it: a French lesson, a restricted post at each
    level, a translation of the post itself, and an unrelated post."""
    near = "Returnees receive their monthly cash grant on their mobile phone and pay the landlord with it."
    fixture_source.documents = {
        "page": [
            knowledge_document(id="page", title="Paying rent with mobile money", text=near, translation_key="rent"),
            knowledge_document(
                id="page-fr",
                title="Payer le loyer avec l'argent mobile",
                text="Les rapatriés reçoivent leur allocation sur le téléphone et paient le propriétaire.",
                language="fr",
                translation_key="rent",
            ),
        ],
        "lesson": [
            knowledge_document(
                id="lesson",
                kind="lesson",
                title="Transferts monétaires par téléphone",
                text="L'allocation mensuelle est versée sur le portefeuille mobile des rapatriés pour payer le loyer.",
                language="fr",
            )
        ],
        "members": [
            knowledge_document(id="members", title="Mobile money for rent", text=near, visibility=Visibility.MEMBERS)
        ],
        "groups": [
            knowledge_document(
                id="groups",
                title="Mobile wallet for rent in Niamey",
                text=near,
                visibility=Visibility.GROUPS,
                groups=["Moderator"],
            )
        ],
        "football": [knowledge_document(id="football", title="Football results", text="The home team won.")],
    }
    index_rebuild()
    return fixture_source


def _related_ids(user, language="en") -> set[str]:
    return {hit.id for hit in related_items(source=SOURCE, key="page", user=user, reader_language=language)}


def _moderator():
    user = UserFactory(totp=True)
    user.groups.add(Group.objects.get_or_create(name="Moderator")[0])
    return user


def test_related_items_cross_kinds_and_languages_without_the_page_itself(engine, neighbourhood):
    related = related_items(source=SOURCE, key="page", user=AnonymousUser(), reader_language="en")

    assert [(hit.id, hit.kind, hit.language) for hit in related] == [("lesson", "lesson", "fr")]
    assert related[0].kind_label == "Lesson"


@pytest.mark.parametrize(
    ("reader", "expected"),
    [
        ("anonymous", {"lesson"}),
        ("unverified", {"lesson"}),
        ("member", {"lesson", "members"}),
        ("moderator", {"lesson", "members", "groups"}),
    ],
)
def test_related_items_never_show_what_the_reader_may_not_see(engine, neighbourhood, reader, expected):
    users = {
        "anonymous": AnonymousUser,
        "unverified": lambda: UserFactory(verified=False),
        "member": UserFactory,
        "moderator": _moderator,
    }

    assert _related_ids(users[reader]()) == expected


def test_a_cached_answer_follows_an_item_becoming_restricted(engine, neighbourhood):
    member = UserFactory()
    assert _related_ids(member) == {"lesson", "members"}

    neighbourhood.put(
        "lesson", replace(neighbourhood.documents["lesson"][0], visibility=Visibility.GROUPS, groups=["Moderator"])
    )
    outbox_drain()
    if engine == "elasticsearch":
        get_client().indices.refresh(index=alias_name())  # what its 1 s refresh does by itself

    assert _related_ids(member) == {"members"}
    assert _related_ids(AnonymousUser()) == set()


def test_no_related_items_when_the_semantic_layer_is_off(no_elasticsearch, neighbourhood, settings):
    settings.SEARCH_SEMANTIC = False

    assert _related_ids(AnonymousUser()) == set()
