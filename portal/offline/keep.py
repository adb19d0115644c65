"""What "keep for offline" downloads for a guideline edition or a course: public pages only, as URL lists."""

from dataclasses import dataclass, field

from django.templatetags.static import static
from django.utils.translation import gettext as _

from wagtail.models import Page

SHELL_ASSETS = ("css/portal.css", "js/offline.js", "img/favicon.svg")


@dataclass
class KeepList:
    key: str  # names the device's cache: one per edition or course, so removing one leaves the others
    title: str
    urls: list[str]
    checks: dict[str, dict] = field(default_factory=dict)  # lesson id → questions (never which answer is right)


def public_page(page_id: int) -> Page | None:
    """A live page nobody needs to sign in for; private pages are never offered for a device to keep."""
    page = Page.objects.live().filter(pk=page_id).first()
    if page is None or page.get_view_restrictions().exists():
        return None
    return page.specific


def keep_list(*, page: Page, edition_label: str = "") -> KeepList | None:
    """The URLs a reader needs to read `page` offline, or None if it is not something one keeps."""
    from guidelines.models import GuidelinePage
    from guidelines.training.models import CoursePage

    if isinstance(page, GuidelinePage):
        return _guideline_list(page, edition_label=edition_label)
    if isinstance(page, CoursePage):
        return _course_list(page)
    return None


def _assets() -> list[str]:
    return [static(name) for name in SHELL_ASSETS]


def _guideline_list(page, *, edition_label: str) -> KeepList | None:
    from guidelines.selectors import current_edition, edition_by_label

    current = current_edition(page)
    edition = edition_by_label(page, edition_label) if edition_label else current
    if edition is None:
        return None
    base = page.url
    frozen = f"{base}editions/{edition.label}/"
    urls = [frozen, f"{frozen}print/", f"{base}countries/", f"{base}editions/"]
    if current is not None and current.pk == edition.pk:
        urls[:0] = [base, f"{base}print/"]
        urls += [f"{base}?country={code}" for code in edition.countries()]
    urls += [f"{base}countries/?country={code}" for code in edition.countries()]
    title = _("%(title)s, edition %(label)s") % {"title": page.title, "label": edition.label}
    return KeepList(key=f"guideline-{page.pk}-{edition.label}", title=title, urls=urls + _assets())


def _course_list(course) -> KeepList:
    from guidelines.training.models import LessonPage

    lessons = list(LessonPage.objects.live().descendant_of(course).order_by("path"))
    checks = {str(lesson.pk): _questions(lesson, course_id=course.pk) for lesson in lessons}
    urls = [course.url, *(lesson.url for lesson in lessons)]
    return KeepList(key=f"course-{course.pk}", title=course.title, urls=urls + _assets(), checks=checks)


def _questions(lesson, *, course_id: int) -> dict:
    """What the device needs to ask the check offline; the server alone knows the right answers."""
    return {
        "course": course_id,
        "questions": [
            {
                "id": question.id,
                "prompt": question.value["prompt"],
                "multiple": question.block_type == "multiple_choice",
                "answers": [
                    {"id": item.id, "text": item.value["text"]} for item in question.value["answers"].bound_blocks
                ],
            }
            for question in lesson.questions()
        ],
    }
