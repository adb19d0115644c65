from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page

from portal.languages import translation_url_for_page
from portal.page_cache.fragments import audience_fragment, cached_fragment
from portal.selectors import section_entry_points

register = template.Library()


@register.simple_tag(takes_context=True)
def section_links(context):
    language = get_language() or settings.LANGUAGE_CODE
    return cached_fragment("sections", language, compute=lambda: section_entry_points(locale=Locale.get_active()))


@register.inclusion_tag("portal/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One button per language; each returns the reader to this page in that language."""
    request = context.get("request")
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    if isinstance(page, Page):  # the page's translations: queries, so cached per page and language
        targets = cached_fragment(
            "switcher",
            current,
            page.pk,
            request.get_host() if request is not None else "",
            compute=lambda: {code: translation_url_for_page(page, code, request) for code, _name in settings.LANGUAGES},
        )
    else:
        full_path = request.get_full_path() if request is not None else None
        targets = {code: translate_url(full_path, code) if full_path else "/" for code, _name in settings.LANGUAGES}
    languages = [
        {
            "code": code,
            "name_local": get_language_info(code)["name_local"],
            "current": code == current,
            "next": targets[code],
        }
        for code, _name in settings.LANGUAGES
    ]
    return {"languages": languages, "request": request, "csrf_token": context.get("csrf_token")}


class AudienceFragmentNode(template.Node):
    def __init__(self, nodelist, name, scopes, parts):
        self.nodelist, self.name, self.scopes, self.parts = nodelist, name, scopes, parts

    def render(self, context):
        request = context.get("request")
        scopes = self.scopes.resolve(context)
        if request is None or not scopes:  # a view that does not share this part (a preview)
            return self.nodelist.render(context)
        parts = [part.resolve(context) for part in self.parts]
        return audience_fragment(
            request, self.name.resolve(context), scopes, parts, render=lambda: self.nodelist.render(context)
        )


@register.tag("audience_fragment")
def audience_fragment_tag(parser, token):
    """{% audience_fragment "name" scopes part… %}…{% endaudience_fragment %}: the enclosed HTML rendered once
    per audience (portal.page_cache.fragments.audience_fragment); `scopes` from the view, empty to render."""
    bits = token.split_contents()
    if len(bits) < 3:
        raise template.TemplateSyntaxError("audience_fragment takes a name, the scopes and optional parts")
    nodelist = parser.parse(("endaudience_fragment",))
    parser.delete_first_token()
    name, scopes, *parts = (parser.compile_filter(bit) for bit in bits[1:])
    return AudienceFragmentNode(nodelist, name, scopes, parts)
