"""The evidence demo: at least 20 items across the 14 programme countries in three languages, with PDFs and charts."""

from io import StringIO

import pytest

from guidelines.evidence.demo.loader import load_demo_content
from guidelines.evidence.models import EvidenceDataFile, EvidenceFile, EvidenceItemPage
from portal.demo import load_countries, load_topics
from tests.conftest import module_data

pytestmark = pytest.mark.django_db

PROGRAMME_COUNTRIES = {"AF", "DZ", "EG", "ET", "GN", "IQ", "LB", "LY", "ML", "MA", "NE", "SN", "SD", "TN"}


@module_data
def demo():
    from django.contrib.auth.models import Group

    from portal.roles import Role

    load_countries()
    load_topics()
    for role in Role:
        Group.objects.get_or_create(name=role.value)
    stdout = StringIO()
    load_demo_content(stdout=stdout)
    return stdout.getvalue()


def test_demo_has_twenty_items_across_every_programme_country_in_three_languages(demo):
    items = EvidenceItemPage.objects.live()
    assert len({item.translation_key for item in items}) >= 20
    assert {item.locale.language_code for item in items} == {"en", "fr", "ar"}
    codes = {code for item in items for code in item.country_codes()}
    assert codes >= PROGRAMME_COUNTRIES


def test_every_demo_item_has_a_real_pdf_of_several_pages(demo):
    from pypdf import PdfReader

    for evidence_file in EvidenceFile.objects.all():
        with evidence_file.file.open("rb") as handle:
            assert len(PdfReader(handle).pages) >= 2, evidence_file


def test_demo_year_in_figures_carries_the_programme_figures(demo):
    year = EvidenceDataFile.objects.get(page__slug="programme-year-in-figures", page__locale__language_code="en")
    with year.file.open("rb") as handle:
        text = handle.read().decode()
    for figure in ("29117", "25363", "3754", "1110", "165", "12856", "780"):
        assert figure in text


def test_loading_the_evidence_demo_twice_creates_nothing(demo):
    before = EvidenceItemPage.objects.count()
    stdout = StringIO()
    load_demo_content(stdout=stdout)
    assert EvidenceItemPage.objects.count() == before
    assert "0 items created" in stdout.getvalue()


def test_demo_guidelines_and_lessons_cite_evidence_and_the_item_lists_them(client, db):
    from django.contrib.auth.models import Group

    from guidelines.demo import load_demo_content as load_guidelines_demo
    from guidelines.models import GuidelinePage
    from guidelines.selectors import current_edition
    from guidelines.training.demo import load_demo_content as load_training_demo
    from guidelines.training.models import LessonPage
    from portal.roles import Role

    load_countries()
    load_topics()
    for role in Role:
        Group.objects.get_or_create(name=role.value)
    load_guidelines_demo(stdout=StringIO())
    load_training_demo(stdout=StringIO())
    load_demo_content(stdout=StringIO())
    again = StringIO()
    load_demo_content(stdout=again)
    assert "0 lessons cite them; 0 guideline editions cite them" in again.getvalue()
    study = EvidenceItemPage.objects.get(
        slug="reintegration-outcomes-guinea-morocco-senegal", locale__language_code="en"
    )
    citing = [lesson for lesson in LessonPage.objects.live() if any(b.block_type == "evidence" for b in lesson.body)]
    assert {lesson.locale.language_code for lesson in citing} == {"en", "fr", "ar"}
    cites_study = [lesson for lesson in citing if lesson.locale.language_code == "en" and study.pk in _cited(lesson)]
    assert len(cites_study) == 1
    body = client.get(study.url).content.decode()
    assert "Cited in guidelines and lessons" in body
    assert cites_study[0].title in body
    guideline = GuidelinePage.objects.get(slug="reintegration-assistance", locale__language_code="en")
    assert current_edition(guideline).label == "1.2"
    assert guideline.title in body, "the guideline section citing the study"
    assert f"{study.title}, p. 2" in client.get(guideline.url).content.decode()


def _cited(lesson) -> set[int]:
    return {block.value["item"].pk for block in lesson.body if block.block_type == "evidence"}
