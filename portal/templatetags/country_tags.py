"""Country names as links to their country page, wherever a name is shown."""

from django import template
from django.utils.html import format_html, format_html_join

from portal.countries.selectors import country_page_url, programme_country_name

register = template.Library()


@register.simple_tag
def country_link(country) -> str:
    """A country's name linking to its page; a country without a page (not in the programme) is its name alone."""
    if country is None:
        return ""
    if not country.is_programme_country:
        return format_html("{}", country.name)
    return format_html('<a class="country-link" href="{}">{}</a>', country_page_url(country.code), country.name)


@register.simple_tag
def country_links(countries, separator: str = ", ") -> str:
    """Several countries (instances, e.g. `topic.countries.all`), each a link when it has a page."""
    return format_html_join(separator, "{}", ((country_link(country),) for country in countries))


@register.simple_tag
def country_code_links(codes, separator: str = ", ") -> str:
    """ISO codes (as search results carry them) named and linked; a code without a page stays a code."""
    parts = []
    for code in codes:
        name = programme_country_name(code)
        parts.append(
            format_html('<a class="country-link" href="{}">{}</a>', country_page_url(code), name)
            if name
            else format_html("{}", code)
        )
    return format_html_join(separator, "{}", ((part,) for part in parts))


@register.simple_tag(takes_context=True)
def country_section(context, section) -> str:
    """One app's section rendered with its own context on top of the page's (request, user, language)."""
    template = context.template.engine.get_template(section.template)
    with context.push(**section.context):
        return template.render(context)


@register.simple_tag
def country_code_link(code) -> str:
    """One ISO code named and linked, "" when it has no page: `{% country_code_link code as name %}` then
    `{% blocktranslate with name=name|default:plain_name %}` inside a translated sentence."""
    return country_code_links([code]) if code and programme_country_name(code) else ""
