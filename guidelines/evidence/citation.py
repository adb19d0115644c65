"""The citation of an evidence item, generated from its metadata so it never drifts from them."""

from django.utils.translation import gettext as _


def citation_text(*, item) -> str:
    """ "Organisations (year). Title. Document type, country. Address" — the parts that are known."""
    organisations = ", ".join(item.organisations())
    year = item.publication_date.year if item.publication_date else ""
    where = item.primary_country.name if item.primary_country_id else ""
    kind = item.get_document_type_display()
    parts = [f"{organisations} ({year})." if organisations else f"({year}).", f"{item.title}."]
    parts.append(f"{kind}, {where}." if where else f"{kind}.")
    url = item.full_url or ""
    if url:
        parts.append(_("Available at %(url)s") % {"url": url})
    return " ".join(parts)
