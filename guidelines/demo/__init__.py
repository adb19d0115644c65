"""Demo guidelines: two guidelines with several editions each, in English, French and Arabic (idempotent)."""

import datetime

from django.db import transaction

from wagtail.models import Locale, Page

from guidelines.models import GuidelineIndexPage, GuidelinePage
from portal.models import Country, HomePage

from . import case_management, reintegration

GUIDELINES = [case_management, reintegration]
LANGUAGES = ("en", "fr", "ar")
COUNTRIES = {
    "EG": ("Egypt", "Égypte", "مصر"),
    "NE": ("Niger", "Niger", "النيجر"),
    "MA": ("Morocco", "Maroc", "المغرب"),
    "ML": ("Mali", "Mali", "مالي"),
}
INDEX_TITLE = {"en": "Guidelines", "fr": "Lignes directrices", "ar": "المبادئ التوجيهية"}
INDEX_INTRO = {
    "en": "<p>The programme's case-management guidelines. Each guideline has numbered editions: cite the edition and section you applied.</p>",
    "fr": "<p>Les lignes directrices de gestion des cas du programme. Chaque ligne directrice a des éditions numérotées : citez l'édition et la section appliquées.</p>",
    "ar": "<p>المبادئ التوجيهية لإدارة الحالات في البرنامج. لكل مبدأ توجيهي طبعات مرقّمة: استشهد بالطبعة والقسم اللذين طبّقتهما.</p>",
}


def load_demo_content(*, stdout) -> None:
    with transaction.atomic():
        _countries()
        index = _index("en")
        for module in GUIDELINES:
            if index.get_children().filter(slug=module.SLUG).exists():
                stdout.write(f"Guideline {module.SLUG}: already there.")
                continue
            _load_guideline(module, index)
            stdout.write(f"Guideline {module.SLUG}: {len(module.EDITIONS)} editions in {', '.join(LANGUAGES)}.")


def _countries() -> None:
    for code, (name_en, name_fr, name_ar) in COUNTRIES.items():
        Country.objects.get_or_create(code=code, defaults={"name_en": name_en, "name_fr": name_fr, "name_ar": name_ar})


def _index(language: str):
    existing = GuidelineIndexPage.objects.filter(locale__language_code=language).first()
    if existing:
        return existing
    if language == "en":
        index = GuidelineIndexPage(title=INDEX_TITLE["en"], slug="guidelines", intro=INDEX_INTRO["en"])
        HomePage.objects.get(locale__language_code="en").add_child(instance=index)
    else:
        index = _index("en").copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
        index.title, index.intro = INDEX_TITLE[language], INDEX_INTRO[language]
    index.save_revision().publish()
    return index


def _section(module, key: str, language: str) -> dict:
    data = module.SECTIONS[key]
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


def _apply_edition(page: Page, module, edition: dict, language: str) -> None:
    page.title = module.TITLE[language]
    page.summary = module.SUMMARY[language]
    page.body = [_section(module, key, language) for key in edition["sections"]]
    page.edition_label = edition["label"]
    page.edition_effective_date = datetime.date.fromisoformat(edition["effective"])
    page.edition_change_note = edition["note"][language]
    if language != "en":
        page.source_edition_label = edition["label"]
    page.save_revision().publish()


def _load_guideline(module, index) -> None:
    first = module.EDITIONS[0]
    page = GuidelinePage(title=module.TITLE["en"], slug=module.SLUG, edition_label=first["label"], live=False)
    page.body = [_section(module, key, "en") for key in first["sections"]]
    index.add_child(instance=page)
    page.countries.set(Country.objects.filter(code__in=COUNTRIES))
    translations: dict[str, Page] = {}
    for edition in module.EDITIONS:
        _apply_edition(page, module, edition, "en")
        for language in edition["translations"]:
            if language not in translations:
                _index(language)
                translations[language] = page.copy_for_translation(Locale.objects.get(language_code=language))
            _apply_edition(translations[language], module, edition, language)
