"""{% related_items source key %}: the "Related" list of a page (search/semantic/related.py)."""

from django import template

from search.semantic.related import related_items as nearest_items

register = template.Library()


@register.inclusion_tag("search/includes/related.html", takes_context=True)
def related_items(context, source: str, key) -> dict:
    request = context.get("request")
    user = getattr(request, "user", None)
    language = getattr(request, "LANGUAGE_CODE", "") or context.get("LANGUAGE_CODE") or "en"
    return {"related": nearest_items(source=source, key=str(key), user=user, reader_language=language)}
