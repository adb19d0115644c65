"""Links of the search page that keep the reader's other choices (shareable URLs)."""

from django import template
from django.utils.http import urlencode

register = template.Library()


@register.simple_tag(takes_context=True)
def search_url_toggle(context, name: str, value: str) -> str:
    """This search with `value` added to or removed from the `name` filter, back on page 1."""
    params = context["request"].GET.copy()
    values = [item for raw in params.getlist(name) for item in raw.split(",") if item]
    values = [item for item in values if item != value] if value in values else [*values, value]
    params.setlist(name, values)
    params.pop("page", None)
    return "?" + urlencode([(key, item) for key, items in params.lists() for item in items if item])


@register.simple_tag(takes_context=True)
def search_url_with(context, name: str, value) -> str:
    """This search with one parameter set (page, sort, edition)."""
    params = context["request"].GET.copy()
    params[name] = str(value)
    if name != "page":
        params.pop("page", None)
    return "?" + urlencode([(key, item) for key, items in params.lists() for item in items if item])
