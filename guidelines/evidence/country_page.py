"""The evidence section of a country page: the newest items the reader may see, and a dataset's chart if any."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .choices import DocumentType
from .selectors import item_detail, latest_items

LATEST = 5


def country_page_section(*, country_code: str, request) -> dict | None:
    """{"title", "template", "context", "order"} for the country with this ISO code, or None with nothing to show."""
    code = country_code.upper()
    language = (get_language() or "en")[:2]
    items = latest_items(user=request.user, country_code=code, limit=LATEST * 3)
    if not items:
        return None
    # The reader's language first, then the others, newest first within each.
    items.sort(key=lambda item: (item.locale.language_code != language,))
    shown = items[:LATEST]
    dataset = next((item for item in items if item.document_type == DocumentType.DATASET), None)
    chart = None
    if dataset is not None:
        charts = [entry for entry in item_detail(item=dataset)["datasets"] if entry["svg"]]
        chart = {"item": dataset, **charts[0]} if charts else None
    index = shown[0].get_parent()
    return {
        "title": _("Evidence"),
        "template": "evidence/country_section.html",
        "context": {
            "evidence_items": shown,
            "evidence_chart": chart,
            "evidence_list_url": f"{index.url}?country={code}" if index else "",
            "country_code": code,
        },
        "order": 10,
    }
