"""{% related_items source key %}: the "Related" list of a page; {% section_related_items source key anchor as items %}:
the same for one section of it (search/semantic/related.py)."""

from django import template

from search.semantic.related import related_items as nearest_items
from search.semantic.related import section_related_items as nearest_section_items

register = template.Library()


@register.inclusion_tag("search/includes/related.html", takes_context=True)
def related_items(context, source: str, key) -> dict:
    user, language = _reader(context)
    return {"related": nearest_items(source=source, key=str(key), user=user, reader_language=language)}


@register.simple_tag(takes_context=True)
def section_related_items(context, source: str, key, anchor: str) -> list:
    """A list, not markup: a section without related items renders exactly as it did before (frozen editions
    are compared byte for byte)."""
    user, language = _reader(context)
    return nearest_section_items(source=source, key=str(key), anchor=anchor, user=user, reader_language=language)


def _reader(context) -> tuple:
    request = context.get("request")
    user = getattr(request, "user", None)
    return user, getattr(request, "LANGUAGE_CODE", "") or context.get("LANGUAGE_CODE") or "en"
