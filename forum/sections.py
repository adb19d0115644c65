"""The forum's place in the header and on the home page."""

from django.urls import reverse
from django.utils.translation import gettext as _

from portal.selectors import EntryPoint


def entry_points(locale) -> list[EntryPoint]:
    return [
        EntryPoint(
            key="forum",
            title=_("Forum"),
            description=_("Lessons learned, good practices and questions from caseworkers in every country."),
            url=reverse("forum:index"),
        )
    ]
