"""The glossary: shipped with the code, editable by editors, applied by both engines."""

import pytest

from portal.roles import Role
from search.glossary import analysed_text, expand_query, seed_concepts, synonym_rules
from search.maintenance import glossary_reload, index_rebuild
from search.models import GlossaryConcept
from tests.portal.factories import UserFactory

from .factories import knowledge_document

pytestmark = pytest.mark.django_db


def test_shipped_glossary_covers_the_programme_vocabulary():
    keys = {concept["key"] for concept in seed_concepts()}

    assert len(keys) >= 40
    assert {"reintegration", "trafficking-in-persons", "unaccompanied-child", "mhpss", "case-closure"} <= keys
    assert all(concept["en"] and concept["fr"] and concept["ar"] for concept in seed_concepts())


@pytest.mark.parametrize(
    ("query", "finds"),
    [
        ("mobile money", "portefeuille électronique"),
        ("المحفظة الإلكترونية", "mobile money"),
        ("soutien entre pairs", "peer support"),
        ("الدعم بين الأقران", "soutien par les pairs"),
        ("المركز المجتمعي", "community"),
    ],
)
def test_shipped_glossary_bridges_the_subjects_search_missed_across_languages(query, finds):
    assert any(analysed_text(finds) in alternatives for alternatives in expand_query(query))


def test_migration_seeds_the_editable_glossary():
    assert GlossaryConcept.objects.count() == len(seed_concepts())


def test_rules_include_accent_folded_and_article_less_variants():
    rules = synonym_rules([["reintegration", "réintégration", "الحماية"]])

    assert set(rules[0].split(", ")) == {
        "reintegration",
        "réintégration",
        "الحماية",
        "حماية",
        "الحمايه",  # teh marbuta written heh
        "حمايه",
    }


def test_rules_accept_the_conjunction_before_a_later_arabic_word():
    rules = synonym_rules([["psychosocial support", "الدعم النفسي الاجتماعي"]])

    assert {"الدعم النفسي الاجتماعي", "الدعم النفسي والاجتماعي"} <= set(rules[0].split(", "))


def test_database_expansion_turns_a_french_phrase_into_all_languages():
    expanded = expand_query("réintégration psychosociale à Bamako")

    assert "psychosocial reintegration" in expanded[0]
    assert expanded[1:] == [{"a"}, {"bamako"}]


def test_editors_may_edit_the_glossary_and_readers_may_not():
    editor = UserFactory(roles=[Role.EDITOR])
    reader = UserFactory()

    assert editor.has_perm("search.change_glossaryconcept") and editor.has_perm("search.add_glossaryconcept")
    assert not reader.has_perm("search.change_glossaryconcept")


def test_edited_concept_reaches_the_index_by_reload(elasticsearch, fixture_source, client):
    fixture_source.documents["a"] = [
        knowledge_document(id="a", title="Maison sûre", text="Une maison sûre à Niamey.", language="fr")
    ]
    index_rebuild()
    assert client.get("/api/search/?q=zufluchtsort").json()["total"] == 0

    GlossaryConcept.objects.create(key="safe-house", terms_en="zufluchtsort", terms_fr="maison sûre")
    glossary_reload()

    assert client.get("/api/search/?q=zufluchtsort").json()["total"] == 1


def test_edited_concept_applies_at_once_in_the_database_engine(no_elasticsearch, fixture_source, client):
    fixture_source.documents["a"] = [
        knowledge_document(id="a", title="Maison sûre", text="Une maison sûre à Niamey.", language="fr")
    ]
    index_rebuild()

    GlossaryConcept.objects.create(key="safe-house", terms_en="zufluchtsort", terms_fr="maison sûre")

    assert client.get("/api/search/?q=zufluchtsort").json()["total"] == 1


@pytest.mark.parametrize("term", ["آلية الإحالة", "آليات الحماية"])
def test_a_word_beginning_with_alef_madda_is_never_cut_as_if_it_had_the_article(term):
    rules = synonym_rules([["referral mechanism", term]])
    concept = expand_query(term, [["referral mechanism", term]])

    assert not any(variant.startswith("ي") for variant in rules[0].split(", "))
    assert "referral mechanism" in concept[0] and not any(phrase.startswith("ي") for phrase in concept[0])
