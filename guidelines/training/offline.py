"""Courses read without a connection: what "keep for offline" downloads, and the pages of a field pack.

Plugged into the portal through the `offline_keep_list` and `field_pack_files` extensions (training.apps).
"""

from guidelines.edition_images import ImageBudget
from portal.offline.keep import KeepList, media_urls, shell_assets
from portal.offline_packs.contents import PackFile, online_links, render_pack_page
from portal.sanitize import sanitize_rich_text

from .models import CoursePage, LessonPage, ModulePage

LESSON_BLOCKS = {"paragraph", "image", "case_scenario"}  # knowledge checks stay online: their answers are not shipped
# The courses' images in a pack, beside the guidelines' own budget: together within the pack's 2 MB goal.
PACK_IMAGE_BUDGET_BYTES = 400_000


def keep_list(page, *, edition_label: str) -> KeepList | None:
    """A course's pages and its knowledge checks' questions (never which answer is right)."""
    if not isinstance(page, CoursePage):
        return None
    lessons = list(LessonPage.objects.live().descendant_of(page).order_by("path"))
    checks = {str(lesson.pk): _questions(lesson, course_id=page.pk) for lesson in lessons}
    urls = [page.url, *(lesson.url for lesson in lessons)]
    urls += media_urls("".join(str(block.render()) for lesson in lessons for block in _blocks(lesson, {"image"})))
    return KeepList(key=f"course-{page.pk}", title=page.title, urls=urls + shell_assets(), checks=checks)


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


def _blocks(lesson, kinds: set[str]):
    return (block for block in lesson.body if block.block_type in kinds)


def _lesson_html(lesson, *, origin: str, images: ImageBudget) -> str:
    """A lesson's text and pictures as a pack shows it: images beside the page (`../images/…`), within budget."""
    html = "".join(str(sanitize_rich_text(block.render())) for block in _blocks(lesson, LESSON_BLOCKS))
    return online_links(images.embed(html, prefix="../"), origin=origin)


def field_pack_files(*, country, language: str, origin: str) -> list[PackFile]:
    """Every public course in `language`, one page each with its modules and lessons, and their images."""
    images = ImageBudget(limit=PACK_IMAGE_BUDGET_BYTES)
    files = []
    for course in CoursePage.objects.live().public().filter(locale__language_code=language).order_by("path"):
        modules = []
        for module in ModulePage.objects.live().public().child_of(course).order_by("path"):
            lessons = LessonPage.objects.live().public().child_of(module).order_by("path")
            modules.append(
                {
                    "module": module,
                    "lessons": [(lesson, _lesson_html(lesson, origin=origin, images=images)) for lesson in lessons],
                }
            )
        content = render_pack_page("offline_packs/course.html", {"course": course, "modules": modules}, depth=1)
        version = str(course.last_published_at.date()) if course.last_published_at else ""
        files.append(PackFile(f"courses/{course.slug}.html", "course", course.title, version, content))
    pictures = [PackFile(image.name, "image", image.alt, "", image.content) for image in images.images.values()]
    return files + sorted(pictures, key=lambda picture: picture.path)
