"""Left-to-right islands in right-to-left text: URLs, codes and Latin terms keep their order inside Arabic.

Without isolation a URL's trailing "/" or a code's hyphens jump to the other end of an Arabic sentence.
"""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def ltr(value) -> str:
    """`value` as an isolated left-to-right run: `<bdi dir="ltr">…</bdi>`, safe inside `blocktranslate with`."""
    return format_html('<bdi dir="ltr">{}</bdi>', value)
