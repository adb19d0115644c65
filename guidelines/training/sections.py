"""Training's place in the header navigation and on the home page."""

from django.utils.translation import gettext as _

from wagtail.models import Locale

from portal.selectors import EntryPoint

from .models import TrainingIndexPage


def entry_points(locale: Locale) -> list[EntryPoint]:
    """The training index in this language (else in any language); nothing before the section exists."""
    index = TrainingIndexPage.objects.live().filter(locale=locale).first() or TrainingIndexPage.objects.live().first()
    if index is None:
        return []
    return [
        EntryPoint(
            key="training",
            title=_("Training"),
            description=_("Courses for caseworkers, with knowledge checks and certificates."),
            url=index.url,
        )
    ]
