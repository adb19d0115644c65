"""Demo guidelines with several editions each, in English, French and Arabic (idempotent).

The texts are data: data/index.json (the guidelines index page) and one file per guideline under
data/guidelines/ (its slug, countries, title, summary, sections and editions; see docs/architecture.md).
"""

import datetime
from pathlib import Path

from django.db import transaction

from wagtail.models import Locale, Page

from guidelines.models import GuidelineIndexPage, GuidelinePage
from portal.demo_programme import load_countries, read_demo_json
from portal.models import Country, HomePage

DATA = Path(__file__).with_name("data")
LANGUAGES = ("en", "fr", "ar")


def guidelines() -> list[dict]:
    """The demo guidelines, one file each under data/guidelines/, loaded in the order of their file names."""
    return [read_demo_json(path) for path in sorted((DATA / "guidelines").glob("*.json"))]


def load_demo_content(*, stdout) -> None:
    with transaction.atomic():
        load_countries()
        index = _index("en")
        for guideline in guidelines():
            if index.get_children().filter(slug=guideline["slug"]).exists():
                stdout.write(f"Guideline {guideline['slug']}: already there.")
                continue
            _load_guideline(guideline, index)
            stdout.write(
                f"Guideline {guideline['slug']}: {len(guideline['editions'])} editions in {', '.join(LANGUAGES)}."
            )


def _index(language: str):
    text = read_demo_json(DATA / "index.json")
    existing = GuidelineIndexPage.objects.filter(locale__language_code=language).first()
    if existing:
        return existing
    if language == "en":
        index = GuidelineIndexPage(title=text["title"]["en"], slug="guidelines", intro=text["intro"]["en"])
        HomePage.objects.get(locale__language_code="en").add_child(instance=index)
    else:
        index = _index("en").copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
        index.title, index.intro = text["title"][language], text["intro"][language]
    index.save_revision().publish()
    return index


def _section(guideline: dict, key: str, language: str) -> dict:
    data = guideline["sections"][key]
    content = [{"type": "text", "value": f"<p>{data['text'][language]}</p>"}]
    if "callout" in data:
        content.append({"type": "callout", "value": {"tone": "warning", "text": f"<p>{data['callout'][language]}</p>"}})
    if "steps" in data:
        steps = [{"title": step[language], "detail": ""} for step in data["steps"]]
        content.append({"type": "procedure", "value": {"title": "", "steps": steps}})
    if "checklist" in data:
        items = [item[language] for item in data["checklist"]]
        content.append({"type": "checklist", "value": {"title": "", "items": items}})
    notes = [{"country": code, "text": f"<p>{note[language]}</p>"} for code, note in data.get("notes", {}).items()]
    return {
        "type": "section",
        "value": {
            "heading": data["heading"][language],
            "level": "1",
            "anchor": data["anchor"],
            "content": content,
            "country_notes": notes,
        },
    }


def _apply_edition(page: Page, guideline: dict, edition: dict, language: str) -> None:
    page.title = guideline["title"][language]
    page.summary = guideline["summary"][language]
    page.body = [_section(guideline, key, language) for key in edition["sections"]]
    page.edition_label = edition["label"]
    page.edition_effective_date = datetime.date.fromisoformat(edition["effective"])
    page.edition_change_note = edition["note"][language]
    if language != "en":
        page.source_edition_label = edition["label"]
    page.save_revision().publish()


def _load_guideline(guideline: dict, index) -> None:
    first = guideline["editions"][0]
    page = GuidelinePage(
        title=guideline["title"]["en"], slug=guideline["slug"], edition_label=first["label"], live=False
    )
    page.body = [_section(guideline, key, "en") for key in first["sections"]]
    index.add_child(instance=page)
    page.countries.set(Country.objects.filter(code__in=guideline["countries"]))
    translations: dict[str, Page] = {}
    for edition in guideline["editions"]:
        _apply_edition(page, guideline, edition, "en")
        for language in edition["translations"]:
            if language not in translations:
                _index(language)
                translations[language] = page.copy_for_translation(Locale.objects.get(language_code=language))
            _apply_edition(translations[language], guideline, edition, language)
