"""Left-to-right islands in right-to-left text: URLs, codes and Latin terms keep their order inside Arabic.

Without isolation a URL's trailing "/" or a code's hyphens jump to the other end of an Arabic sentence.
"""

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.filter
def ltr(value) -> str:
    """`value` as an isolated left-to-right run: `<bdi dir="ltr">…</bdi>`, safe inside `blocktranslate with`."""
    return format_html('<bdi dir="ltr">{}</bdi>', value)


@register.filter
def isolating(text, part) -> str:
    """`text` escaped, with each occurrence of `part` (the URL inside a citation) as a left-to-right run."""
    escaped = conditional_escape(text)
    if not part:
        return escaped
    return mark_safe(escaped.replace(conditional_escape(part), ltr(part)))
