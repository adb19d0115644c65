from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Locale, Page

from portal.languages import translation_url_for_page
from portal.selectors import section_entry_points

register = template.Library()


@register.simple_tag(takes_context=True)
def section_links(context):
    return section_entry_points(locale=Locale.get_active())


@register.inclusion_tag("portal/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One button per language; each returns the reader to this page in that language."""
    request = context.get("request")
    page = context.get("page")
    current = (get_language() or settings.LANGUAGE_CODE)[:2]
    languages = []
    for code, _name in settings.LANGUAGES:
        if isinstance(page, Page):
            next_url = translation_url_for_page(page, code, request)
        elif request is not None:
            next_url = translate_url(request.get_full_path(), code)
        else:
            next_url = "/"
        info = get_language_info(code)
        languages.append({"code": code, "name_local": info["name_local"], "current": code == current, "next": next_url})
    return {"languages": languages, "request": request, "csrf_token": context.get("csrf_token")}
