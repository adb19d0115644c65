"""Moving a reader between languages without losing their place."""

from django import forms
from django.conf import settings
from django.http import HttpResponseBase

from wagtail.models import Locale, Page


def remember_language(response: HttpResponseBase, language_code: str) -> None:
    """Sets the cookie LocaleMiddleware reads, exactly as Django's set_language view does."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language_code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        domain=settings.LANGUAGE_COOKIE_DOMAIN,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )


def translation_url_for_page(page: Page, language_code: str, request=None) -> str:
    """The URL of `page` in `language_code`; its nearest translated ancestor when the page itself is not translated."""
    try:
        locale = Locale.objects.get(language_code=language_code)
    except Locale.DoesNotExist:
        return "/"
    for candidate in [page, *reversed(page.get_ancestors().filter(depth__gt=1))]:
        translation = candidate.get_translation_or_none(locale)
        if translation is not None and translation.live:
            url = translation.get_url(request=request)
            if url:
                return url
    return f"/{language_code}/" if language_code in dict(settings.LANGUAGES) else "/"


def languages_in_their_own_script() -> list[tuple[str, str]]:
    """("fr", "français"), ("ar", "العربية"): each language named as its readers write it, like the switcher,
    so a reader finds their language whatever language the page is in."""
    from django.utils.translation import get_language_info

    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class LanguageSelect(forms.Select):
    """Each option carries its own `lang` ("English" inside an Arabic page), for screen readers and checks."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = str(value)
        return option
