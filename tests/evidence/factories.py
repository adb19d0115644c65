"""Factories for the evidence library: its section, items with real PDFs and CSV data files, readers per role."""

import itertools
from datetime import date

from django.core.files.base import ContentFile

from guidelines.evidence.choices import Access, DocumentType
from guidelines.evidence.demo.pdfs import scanned_pdf, text_pdf
from guidelines.evidence.models import EvidenceDataFile, EvidenceFile, EvidenceIndexPage, EvidenceItemPage
from portal.models import Country, Topic
from tests.training.factories import home_page, publish

_numbers = itertools.count(1)


def evidence_index(*, language: str = "en") -> EvidenceIndexPage:
    existing = EvidenceIndexPage.objects.filter(locale__language_code=language).first()
    if existing:
        return existing
    home = home_page(language)
    if not home.pk:
        home.save()
    return home.add_child(instance=EvidenceIndexPage(title="Evidence", slug="evidence", locale=home.locale))


def make_item(
    *,
    title: str = "",
    summary: str = "Returnees' psychosocial outcomes after proximity counselling.",
    language: str = "en",
    document_type: str = DocumentType.REPORT,
    access: str = Access.PUBLIC,
    access_group=None,
    country: str = "GN",
    other_countries: tuple[str, ...] = (),
    topics: tuple[str, ...] = (),
    pdf_pages: list[str] | None = None,
    pdf: bytes | None = None,
    csv: str | None = None,
    person_level: bool = False,
    publication_date: date = date(2025, 6, 1),
    period: tuple[date, date] | None = None,
    live: bool = True,
) -> EvidenceItemPage:
    """An item published through a revision, as in the admin; its PDF text is read when the test runs on_commit."""
    number = next(_numbers)
    index = evidence_index(language=language)
    primary = Country.objects.get_or_create(code=country, defaults={"name_en": country})[0] if country else None
    item = EvidenceItemPage(
        title=title or f"Evidence item {number}",
        slug=f"item-{number}",
        summary=summary,
        document_type=document_type,
        publication_date=publication_date,
        source_organisations="IOM; Samuel Hall",
        language=language,
        primary_country=primary,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        access=access,
        access_group=access_group,
        no_personal_data=True,
        locale=index.locale,
        live=False,
    )
    if pdf_pages is not None or pdf is not None:
        content = pdf if pdf is not None else text_pdf(title=item.title, pages=pdf_pages, language=language)
        item.files.add(EvidenceFile(file=ContentFile(content, name=f"item-{number}.pdf"), language=language))
    if csv is not None:
        item.data_files.add(
            EvidenceDataFile(
                title="Figures", file=ContentFile(csv.encode(), name="data.csv"), person_level=person_level
            )
        )
    index.add_child(instance=item)
    item.other_countries.set(Country.objects.filter(code__in=other_countries))
    item.topics.set(Topic.objects.filter(slug__in=topics))
    item.save()
    if live:
        publish(item)
    return item


__all__ = ["evidence_index", "make_item", "scanned_pdf", "text_pdf"]


MEMBERS_ITEM_CANARY = "quaggacanary"  # in the members-only item's title: must reach no outsider
