"""Demo evidence: 21 items across the 14 programme countries in English, French and Arabic, with small real PDFs
made at load time, and datasets with their charts ("a year in figures", reintegration outcomes).

The texts are data (items.json); this module only builds pages from them. Idempotent: an item is found by its
slug and language, so a second run creates nothing.
"""

import json
from datetime import date
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction

from wagtail.models import Locale, Page

from portal.models import Country, HomePage, Topic

from ..choices import Access
from ..models import EvidenceDataFile, EvidenceFile, EvidenceIndexPage, EvidenceItemPage
from .pdfs import text_pdf

DATA = Path(__file__).with_name("items.json")
LANGUAGES = ("en", "fr", "ar")


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _home(language: str, english_home: HomePage) -> HomePage:
    locale = Locale.objects.get(language_code=language)
    home = english_home.get_translation_or_none(locale)
    if home is None:
        home = _publish(english_home.copy_for_translation(locale))
    return home.specific


def _indexes(data: dict, english_home: HomePage) -> dict[str, EvidenceIndexPage]:
    indexes: dict[str, EvidenceIndexPage] = {}
    for language in LANGUAGES:
        home = english_home if language == "en" else _home(language, english_home)
        index = EvidenceIndexPage.objects.child_of(home).first()
        if index is None:
            text = data["index"][language]
            index = EvidenceIndexPage(slug="evidence", locale=home.locale, **text)
            if "en" in indexes:
                index.translation_key = indexes["en"].translation_key
            home.add_child(instance=index)
            _publish(index)
        indexes[language] = index
    return indexes


def _item(spec: dict, language: str, text: dict, index: EvidenceIndexPage, translation_key, datasets: dict):
    countries = list(Country.objects.filter(code__in=spec["countries"]))
    primary = next((country for country in countries if country.code == spec["countries"][0]), None)
    item = EvidenceItemPage(
        slug=spec["slug"],
        title=text["title"],
        summary=text["summary"],
        document_type=spec["type"],
        publication_date=date.fromisoformat(spec["date"]),
        period_start=date.fromisoformat(spec["period"][0]),
        period_end=date.fromisoformat(spec["period"][1]),
        source_organisations=spec["organisations"],
        admin1_areas=spec["areas"],
        language=language,
        primary_country=primary,
        population_group=spec["population"],
        collection_component=spec["component"],
        access=spec.get("access", Access.PUBLIC),
        access_group=Group.objects.filter(name=spec["group"]).first() if spec.get("group") else None,
        no_personal_data=True,
        locale=index.locale,
    )
    if translation_key is not None:
        item.translation_key = translation_key
    pdf = text_pdf(title=text["title"], pages=text["pages"], language=language)
    item.files.add(
        EvidenceFile(
            title=text["title"], file=ContentFile(pdf, name=f"{spec['slug']}-{language}.pdf"), language=language
        )
    )
    for key in (spec.get("dataset"), spec.get("counts")):
        if key:
            dataset = datasets[key]
            item.data_files.add(
                EvidenceDataFile(
                    title=dataset["title"][language],
                    file=ContentFile(dataset["csv"][language].encode(), name=f"{spec['slug']}-{key}-{language}.csv"),
                    person_level=dataset["person_level"],
                )
            )
    index.add_child(instance=item)
    item.other_countries.set([country for country in countries if country != primary])
    item.topics.set(Topic.objects.filter(slug__in=spec["topics"]))
    item.save()
    return _publish(item)


def _lesson(citation: dict, language: str) -> Page | None:
    """The demo lesson at course/module/lesson slugs in this language (found in the page tree: this app does not
    import training), or None when the training demo is not loaded."""
    course = Page.objects.filter(slug=citation["course"], locale__language_code=language).first()
    module = course and Page.objects.child_of(course).filter(slug=citation["module"]).first()
    lesson = module and Page.objects.child_of(module).filter(slug=citation["lesson"]).first()
    return lesson.specific if lesson else None


def _cite_in_lessons(citations: list[dict]) -> int:
    """Each demo lesson ends with an evidence block citing its item (in the lesson's language when translated),
    published as a new revision; a lesson that already cites the item is left alone. Returns how many were added."""
    added = 0
    for citation in citations:
        english_item = EvidenceItemPage.objects.filter(slug=citation["item"], locale__language_code="en").first()
        for language in LANGUAGES:
            lesson = _lesson(citation, language)
            if english_item is None or lesson is None or "evidence" not in lesson.body.stream_block.child_blocks:
                continue
            item = english_item.get_translation_or_none(lesson.locale) or english_item
            cited = {child.value["item"].pk for child in lesson.body if child.block_type == "evidence"}
            if item.pk in cited or english_item.pk in cited:
                continue
            lesson.body.append(("evidence", {"item": item, "pdf_page": citation["pdf_page"]}))
            _publish(lesson)
            added += 1
    return added


def _cite_in_guidelines(citations: list[dict]) -> int:
    """A new edition of each cited demo guideline whose section cites the item, in every language it has; a section
    that already cites it is left alone (published editions never change). Returns how many editions were added."""
    from guidelines.models import GuidelinePage

    added = 0
    for citation in citations:
        english_item = EvidenceItemPage.objects.filter(slug=citation["item"], locale__language_code="en").first()
        for page in GuidelinePage.objects.filter(slug=citation["guideline"]).order_by("pk"):
            sections = [child.value for child in page.body if child.block_type == "section"]
            if english_item is None or len(sections) < citation["section"]:
                continue
            content = sections[citation["section"] - 1]["content"]
            item = english_item.get_translation_or_none(page.locale) or english_item
            if any(child.block_type == "evidence" and child.value["item"] == item for child in content):
                continue
            content.append(("evidence", {"item": item, "pdf_page": citation["pdf_page"]}))
            edition, language = citation["edition"], page.locale.language_code
            page.edition_label = edition["label"]
            page.edition_effective_date = date.fromisoformat(edition["effective"])
            page.edition_change_note = edition["note"][language]
            if language != "en":
                page.source_edition_label = edition["label"]
            _publish(page)
            added += 1
    return added


def load_demo_content(*, stdout) -> None:
    english_home = HomePage.objects.filter(locale__language_code="en").first()
    if english_home is None:
        stdout.write("Evidence demo: no English home page; skipped.")
        return
    data = json.loads(DATA.read_text(encoding="utf-8"))
    created = 0
    with transaction.atomic():
        indexes = _indexes(data, english_home)
        existing = set(EvidenceItemPage.objects.values_list("slug", "locale__language_code"))
        for spec in data["items"]:
            translation_key = None
            for language, text in spec["text"].items():
                if (spec["slug"], language) in existing:
                    translation_key = EvidenceItemPage.objects.get(
                        slug=spec["slug"], locale__language_code=language
                    ).translation_key
                    continue
                item = _item(spec, language, text, indexes[language], translation_key, data["datasets"])
                translation_key = item.translation_key
                created += 1
        cited = _cite_in_lessons(data["lesson_citations"])
        editions = _cite_in_guidelines(data["guideline_citations"])
    stdout.write(
        f"Evidence demo: {created} items created ({len(data['items'])} in the library); {cited} lessons cite them; "
        f"{editions} guideline editions cite them."
    )
