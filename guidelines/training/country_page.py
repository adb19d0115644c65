"""The training section of a country page: live, public courses in the reader's language tagged with the country."""

from django.utils.translation import gettext as _

from wagtail.models import Locale

from portal.countries.selectors import country_search_url

COURSES_SHOWN = 10
ORDER = 30


def country_courses(*, country_code: str) -> list:
    """One query: the courses (a page more than shown, to know whether there are more)."""
    from .models import CoursePage

    return list(
        CoursePage.objects.live()
        .public()
        .filter(locale=Locale.get_active(), countries__code=country_code)
        .order_by("title")[: COURSES_SHOWN + 1]
    )


def country_page_section(*, country_code: str, request) -> dict | None:
    courses = country_courses(country_code=country_code)
    if not courses:
        return None
    return {
        "title": _("Courses"),
        "template": "training/includes/country_page_courses.html",
        "order": ORDER,
        "context": {
            "courses": courses[:COURSES_SHOWN],
            "more_courses": len(courses) > COURSES_SHOWN,
            "search_url": country_search_url(country_code, kind="course"),
        },
    }
