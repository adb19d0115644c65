"""The Guidelines entry in the header and on the home page."""

from django.utils.translation import gettext as _

from guidelines.models import GuidelineIndexPage
from portal.selectors import EntryPoint


def entry_points(locale) -> list[EntryPoint]:
    index = GuidelineIndexPage.objects.live().filter(locale=locale).first()
    if index is None:
        return []
    return [
        EntryPoint(
            key="guidelines",
            title=_("Guidelines"),
            description=_(
                "The programme's case-management guidelines: current editions, history, and notes per country."
            ),
            url=index.url,
        )
    ]
