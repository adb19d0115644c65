"""Citations rendered for each reader: evidence cited in guideline sections and lessons."""

from django import template
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import get_language

from portal.extensions import app_hook

register = template.Library()


@register.simple_tag(takes_context=True)
def evidence_for_reader(context, item_id, pdf_page=None):
    """The cited evidence item as this reader may see it (its `url` and `label`), or None: gone, not readable by
    them, or no evidence library installed."""
    resolve = app_hook("evidence_reader_citation")
    if resolve is None or not item_id:
        return None
    request = context.get("request")
    user = getattr(request, "user", None) or AnonymousUser()
    return resolve(item_id=item_id, pdf_page=pdf_page or None, user=user, language=(get_language() or "en")[:2])
