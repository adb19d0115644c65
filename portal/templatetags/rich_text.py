"""`{{ value|sanitized_richtext }}`: Wagtail's `|richtext` (page links, documents and images expanded), then the
allow-list of portal.sanitize, so rich text stored by any route (import, API, old revision) is served inert."""

from django import template
from django.utils.safestring import SafeString

from wagtail.templatetags.wagtailcore_tags import richtext

from portal.sanitize import sanitize_rich_text

register = template.Library()


@register.filter
def sanitized_richtext(value) -> SafeString:
    return sanitize_rich_text(richtext(value))
