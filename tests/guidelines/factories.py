"""Guideline pages built the way editors build them, and published the way Wagtail publishes them."""

import datetime

from wagtail.models import Locale, Page

from guidelines.models import GuidelineIndexPage, GuidelinePage
from portal.models import HomePage


def section(heading: str, text: str, *, anchor: str = "", level: str = "1", notes: dict | None = None) -> dict:
    """The raw stream value of one section with one paragraph and optional country notes {code: html}."""
    return {
        "type": "section",
        "value": {
            "heading": heading,
            "level": level,
            "anchor": anchor,
            "content": [{"type": "text", "value": f"<p>{text}</p>"}],
            "country_notes": [{"country": code, "text": html} for code, html in (notes or {}).items()],
        },
    }


def numbered_sections(count: int, *, prefix: str = "Step") -> list[dict]:
    return [
        section(
            f"{prefix} {number}",
            f"Caseworkers complete step {number} with the person's informed consent.",
            anchor=f"s-n{number:04d}",
        )
        for number in range(1, count + 1)
    ]


def home_page(language: str = "en") -> HomePage:
    return (
        HomePage.objects.get(locale__language_code=language)
        if language != "en"
        else HomePage.objects.filter(locale__language_code="en").first()
    )


def guidelines_index(language: str = "en") -> GuidelineIndexPage:
    existing = GuidelineIndexPage.objects.filter(locale__language_code=language).first()
    if existing:
        return existing
    if language == "en":
        index = GuidelineIndexPage(title="Guidelines", slug="guidelines")
        home_page("en").add_child(instance=index)
    else:
        index = guidelines_index("en").copy_for_translation(
            Locale.objects.get(language_code=language), copy_parents=True
        )
    index.save_revision().publish()
    return index


def publish(page: Page, *, user=None):
    """Publishes the page's current field values as a new revision (and so a new edition)."""
    revision = page.save_revision(user=user)
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def guideline(
    *,
    title: str = "Case management principles and process",
    slug: str = "case-management",
    sections: list[dict] | None = None,
    label: str = "1.0",
    effective: datetime.date = datetime.date(2026, 1, 15),
    change_note: str = "First edition.",
) -> GuidelinePage:
    """A published English guideline with its first edition."""
    page = GuidelinePage(
        title=title,
        slug=slug,
        summary="How caseworkers identify, assess, plan, refer, follow up and close cases.",
        body=sections if sections is not None else numbered_sections(3),
        edition_label=label,
        edition_effective_date=effective,
        edition_change_note=change_note,
        live=False,
    )
    guidelines_index().add_child(instance=page)
    return publish(page)


def new_edition(
    page: GuidelinePage, *, sections: list[dict], label: str, change_note: str = "Revised."
) -> GuidelinePage:
    page.body = sections
    page.edition_label = label
    page.edition_change_note = change_note
    page.edition_effective_date = datetime.date(2026, 6, 1)
    return publish(page)


def translate(
    page: GuidelinePage, language: str, *, title: str, sections: list[dict], source_label: str = ""
) -> GuidelinePage:
    guidelines_index(language)
    translation = page.copy_for_translation(Locale.objects.get(language_code=language))
    translation.title = title
    translation.body = sections
    translation.source_edition_label = source_label
    return publish(translation)
