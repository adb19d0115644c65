"""Moving a reader between languages without losing their place."""

from django.conf import settings

from wagtail.models import Locale, Page


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
