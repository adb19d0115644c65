"""Autocomplete: titles as typed, one per translation group in the reader's language, within visibility."""

import pytest

from django.contrib.auth.models import Group

from search.maintenance import index_rebuild
from search.sources import Visibility
from tests.portal.factories import UserFactory

from .factories import knowledge_document

pytestmark = pytest.mark.django_db


def _titles(client, typed: str, language: str = "en") -> list[str]:
    response = client.get("/api/search/suggest/", {"q": typed, "ui": language})
    return [item["label"] for item in response.json()["suggestions"] if item["kind"] == "title"]


def test_a_later_word_of_the_title_is_suggested(engine, fixture_source, client):
    fixture_source.documents = {"a": [knowledge_document(title="Psychosocial support after return")]}
    index_rebuild()

    assert _titles(client, "supp") == ["Psychosocial support after return"]


def test_one_suggestion_per_translation_group_in_the_readers_language(engine, fixture_source, client):
    fixture_source.documents = {
        "guide": [
            knowledge_document(title="Referral pathways", language="en", translation_key="referral"),
            knowledge_document(title="Referral : circuits d'orientation", language="fr", translation_key="referral"),
        ]
    }
    index_rebuild()

    assert _titles(client, "referral", language="fr") == ["Referral : circuits d'orientation"]
    assert _titles(client, "referral", language="en") == ["Referral pathways"]


def test_superseded_edition_titles_are_not_suggested(engine, fixture_source, client):
    fixture_source.documents = {
        "old": [knowledge_document(title="Screening checklist (old)", edition="1.0", is_current=False)],
        "new": [knowledge_document(title="Screening checklist", edition="2.0")],
    }
    index_rebuild()

    assert _titles(client, "screening") == ["Screening checklist"]


def test_group_members_and_superusers_get_titles_shared_with_a_group(engine, fixture_source, client):
    fixture_source.documents = {
        "moderators": [
            knowledge_document(title="Canarygroup escalation", visibility=Visibility.GROUPS, groups=["Moderator"])
        ]
    }
    index_rebuild()
    member = UserFactory(totp=True)
    client.force_login(member)
    assert _titles(client, "canarygr") == []

    member.groups.add(Group.objects.get_or_create(name="Moderator")[0])
    assert _titles(client, "canarygr") == ["Canarygroup escalation"]

    client.force_login(UserFactory(is_superuser=True, totp=True))
    assert _titles(client, "canarygr") == ["Canarygroup escalation"]


def test_countries_and_topics_are_suggested_by_any_of_their_names(engine, fixture_source, client):
    from tests.portal.factories import CountryFactory, TopicFactory

    CountryFactory(code="MA", name_en="Morocco", name_fr="Maroc", name_ar="المغرب")
    TopicFactory(slug="mhpss", name_en="Mental health and psychosocial support", name_fr="Santé mentale", name_ar="")

    def suggested(typed: str, language: str) -> list[tuple[str, str, str]]:
        response = client.get("/api/search/suggest/", {"q": typed, "ui": language})
        return [(item["kind"], item["label"], item["url"]) for item in response.json()["suggestions"]]

    assert ("country", "Maroc", "/fr/search/?country=MA") in suggested("morocco", "fr")
    assert [label for kind, label, _url in suggested("المغر", "ar") if kind == "country"] == ["المغرب"]
    assert [label for kind, label, _url in suggested("psychosocial", "ar") if kind == "topic"] == [
        "Mental health and psychosocial support"
    ]


@pytest.fixture
def titles(engine, fixture_source):
    fixture_source.documents = {
        "support": [knowledge_document(title="Psychosocial support", language="en")],
        "steps": [knowledge_document(title="Reintegration steps", language="en")],
        "shelter": [knowledge_document(title="Shelter rules", language="en")],
        "restricted": [
            knowledge_document(title="Canarygroup support escalation", visibility=Visibility.GROUPS, groups=["g1"])
        ],
    }
    index_rebuild()


@pytest.mark.parametrize("typed", ["support psycho", "psychosocial supp", "Support Psychosocial", "supprt psychoso"])
def test_every_typed_word_in_any_order_finds_the_title(titles, client, typed):
    assert _titles(client, typed) == ["Psychosocial support"]


@pytest.mark.parametrize(("typed", "title"), [("reintegraton", "Reintegration steps"), ("sheltr", "Shelter rules")])
def test_a_typo_still_suggests_the_title(titles, client, typed, title):
    assert _titles(client, typed)[:1] == [title]


def test_any_order_never_suggests_a_title_the_reader_may_not_see(titles, client):
    assert _titles(client, "escalation canary") == []
    assert _titles(client, "escalaton") == []
