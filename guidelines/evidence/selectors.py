"""What a reader may see of the evidence library: the filtered list with its facets, and one item's details.

Every read is bounded in queries whatever the number of items (tests/evidence/test_queries.py).
"""

import re
from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.utils.translation import gettext as _

from portal.choices import ContentLanguage
from portal.models import Country, Topic

from .access import is_verified_member, readable_group_ids
from .choices import Access, DocumentType, TextStatus
from .models import EvidenceItemPage

PAGE_SIZE = 20
MAX_PERIOD_YEARS = 50  # a period longer than this (a typo) counts in its first fifty years only
_CODE = re.compile(r"^[\w\-]{1,80}$")
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass
class Facet:
    value: str
    label: str
    count: int
    selected: bool


def readable_items(user) -> QuerySet:
    """Live evidence items the user may read, in every language."""
    items = EvidenceItemPage.objects.live()
    groups = readable_group_ids(user)
    if groups is None:
        return items
    allowed = Q(access=Access.PUBLIC)
    if is_verified_member(user):
        allowed |= Q(access=Access.MEMBERS) | Q(access=Access.GROUP, access_group_id__in=groups)
    return items.filter(allowed)


def latest_items(*, user, country_code: str = "", limit: int = 5) -> list[EvidenceItemPage]:
    items = readable_items(user)
    if country_code:
        items = items.filter(Q(primary_country__code=country_code) | Q(other_countries__code=country_code))
    return list(
        items.distinct().select_related("primary_country", "locale").order_by("-publication_date", "-pk")[:limit]
    )


def _filters(params) -> dict[str, str]:
    chosen = {}
    for name in ("type", "country", "topic", "lang"):
        value = params.get(name, "").strip()
        if value and _CODE.match(value):
            chosen[name] = value
    year = params.get("year", "").strip()
    if _YEAR.match(year):
        chosen["year"] = year
    return chosen


def _apply(items: QuerySet, chosen: dict[str, str]) -> QuerySet:
    if "type" in chosen:
        items = items.filter(document_type=chosen["type"])
    if "country" in chosen:
        code = chosen["country"].upper()
        items = items.filter(Q(primary_country__code=code) | Q(other_countries__code=code))
    if "topic" in chosen:
        items = items.filter(topics__slug=chosen["topic"])
    if "lang" in chosen:
        items = items.filter(language=chosen["lang"])
    if "year" in chosen:
        year = int(chosen["year"])
        until = Q(period_end__year__gte=year) | Q(period_end=None, period_start__year=year)
        covered = Q(period_start__year__lte=year) & until
        items = items.filter(covered | Q(period_start=None, publication_date__year=year))
    return items


def _facet(counts: dict[str, int], labels: dict[str, str], selected: str) -> list[Facet]:
    facets = [Facet(value, labels.get(value, value), count, value == selected) for value, count in counts.items()]
    return sorted(facets, key=lambda facet: (-facet.count, facet.label.casefold()))


def _country_counts(base: QuerySet, pks: QuerySet) -> dict[str, int]:
    """Items per country, primary or other (an item counts once per country): two queries."""
    items_by_code: dict[str, set[int]] = {}
    for pk, code in base.exclude(primary_country=None).values_list("pk", "primary_country__code"):
        items_by_code.setdefault(code, set()).add(pk)
    others = EvidenceItemPage.other_countries.through.objects.filter(evidenceitempage_id__in=pks)
    for pk, code in others.values_list("evidenceitempage_id", "country__code"):
        items_by_code.setdefault(code, set()).add(pk)
    return {code: len(pks_of_code) for code, pks_of_code in items_by_code.items()}


def _year_counts(base: QuerySet) -> Counter:
    """Items per year of the period they cover (the publication year when no period is given), as the filter reads."""
    years: Counter = Counter()
    for start, end, published in base.values_list("period_start", "period_end", "publication_date"):
        first = start.year if start else published.year
        last = end.year if end else first
        years.update(range(first, min(last, first + MAX_PERIOD_YEARS) + 1))
    return years


def _facets(items: QuerySet, chosen: dict[str, str]) -> dict[str, list[Facet]]:
    """Five facets over the matching items, in a fixed number of queries whatever the number of items."""
    pks = items.values("pk")
    base = EvidenceItemPage.objects.filter(pk__in=pks).order_by()  # no default ordering in the GROUP BY
    types = dict(base.values_list("document_type").annotate(n=Count("pk")).values_list("document_type", "n"))
    languages = dict(base.values_list("language").annotate(n=Count("pk")).values_list("language", "n"))
    countries = _country_counts(base, pks)
    topics = dict(
        Topic.objects.filter(evidence_items__in=pks)
        .values_list("slug")
        .annotate(n=Count("pk"))
        .values_list("slug", "n")
    )
    years = _year_counts(base)
    country_names = {country.code: country.name for country in Country.objects.filter(code__in=countries)}
    topic_names = {topic.slug: topic.name for topic in Topic.objects.filter(slug__in=topics)}
    return {
        "type": _facet(types, {value: str(label) for value, label in DocumentType.choices}, chosen.get("type", "")),
        "country": _facet(countries, country_names, chosen.get("country", "").upper()),
        "topic": _facet(topics, topic_names, chosen.get("topic", "")),
        "year": sorted(
            (Facet(str(year), str(year), count, str(year) == chosen.get("year")) for year, count in years.items()),
            key=lambda facet: facet.value,
            reverse=True,
        ),
        "lang": _facet(
            languages, {value: str(label) for value, label in ContentLanguage.choices}, chosen.get("lang", "")
        ),
    }


def evidence_list(*, index_page, user, params) -> dict:
    """The page of items matching the reader's filters, newest first, with the facets to narrow them."""
    chosen = _filters(params)
    items = _apply(readable_items(user), chosen).distinct()
    paginator = Paginator(
        items.select_related("primary_country", "locale").order_by("-publication_date", "-pk"), PAGE_SIZE
    )
    page = paginator.get_page(params.get("page"))
    notices = []
    if params.get("year") and "year" not in chosen:
        notices.append(_("The year must be written with four digits, e.g. 2024."))
    return {
        "items": page.object_list,
        "page_obj": page,
        "facets": _facets(items, chosen),
        "chosen": chosen,
        "notices": notices,
    }


def item_detail(*, item: EvidenceItemPage) -> dict:
    """What the item page shows: its files, tables with charts, links and translations."""
    from .charts import chart_svg
    from .datasets import read_table

    files = list(item.files.all())
    datasets = []
    rtl = item.locale.language_code == "ar"
    for data_file in item.data_files.all():
        try:
            table = read_table(data_file)
        except (OSError, ValueError, ValidationError):
            datasets.append({"file": data_file, "table": None, "svg": "", "url": item.data_file_url(data_file)})
            continue
        description = _("%(title)s: %(rows)s rows, %(series)s series.") % {
            "title": data_file.title,
            "rows": len(table.labels),
            "series": len(table.series),
        }
        svg = chart_svg(table=table, title=data_file.title, description=description, rtl=rtl)
        datasets.append(
            {
                "file": data_file,
                "table": table,
                "svg": svg,
                "rows": list(zip(table.labels, table.values, strict=True)),
                "url": item.data_file_url(data_file),
            }
        )
    return {
        "files": files,
        "needs_ocr": [file for file in files if file.text_status == TextStatus.NEEDS_OCR],
        "datasets": datasets,
        "dataset_links": list(item.dataset_links.all()),
        "countries": [item.primary_country, *item.other_countries.exclude(pk=item.primary_country_id)]
        if item.primary_country_id
        else list(item.other_countries.all()),
        "themes": list(item.topics.all()),
        "translations": list(item.get_translations(inclusive=False).live().select_related("locale")),
    }


@dataclass(frozen=True)
class EvidenceCitationLink:
    url: str
    label: str


def evidence_citation(*, slug: str, pdf_page: int | None = None, language: str) -> EvidenceCitationLink | None:
    """A cited item in the reader's language when translated, at the cited page of its PDF when it has one.

    Only live, public items are cited by name: a post or a guideline never reveals a restricted item's title.
    """
    items = EvidenceItemPage.objects.live().public().filter(slug=slug, access=Access.PUBLIC).select_related("locale")
    item = next(iter(sorted(items, key=lambda item: item.locale.language_code != language)), None)
    if item is None:
        return None
    label = item.title
    url = item.url or ""
    if pdf_page:
        label = _("%(title)s, p. %(page)s") % {"title": item.title, "page": pdf_page}
        pdf = item.files.order_by("pk").first()
        url = item.file_url(pdf, pdf_page) if pdf else url
    return EvidenceCitationLink(url=url, label=label)
