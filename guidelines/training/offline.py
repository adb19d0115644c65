"""Courses read without a connection: what "keep for offline" downloads, and the pages of a field pack.

Plugged into the portal through the `offline_keep_list` and `field_pack_files` extensions (training.apps).
"""

from guidelines.edition_images import ImageBudget
from portal.offline.keep import KeepList, shell_assets
from portal.offline_packs.contents import PackFile, online_links, render_pack_page
from portal.sanitize import sanitize_rich_text

from .models import CoursePage, LessonPage, ModulePage

LESSON_BLOCKS = {"paragraph", "case_scenario", "image"}  # knowledge checks stay online: their answers are not shipped
LESSON_IMAGE = "width-800"  # the rendition the lesson page shows (templates/blocks/image_block.html)
LESSON_IMAGES_BUDGET = 600_000  # a pack's lesson images, beside its guidelines' (edition_images.BUDGET_BYTES)


def keep_list(page, *, edition_label: str) -> KeepList | None:
    """A course's pages and its knowledge checks' questions (never which answer is right)."""
    if not isinstance(page, CoursePage):
        return None
    lessons = list(LessonPage.objects.live().descendant_of(page).order_by("path"))
    checks = {str(lesson.pk): _questions(lesson, course_id=page.pk) for lesson in lessons}
    urls = [page.url, *(lesson.url for lesson in lessons), *_lesson_images(lessons)]
    return KeepList(key=f"course-{page.pk}", title=page.title, urls=urls + shell_assets(), checks=checks)


def _lesson_images(lessons) -> list[str]:
    """The lessons' images as their pages show them, so a kept lesson shows its pictures offline too."""
    return [
        block.value.get_rendition(LESSON_IMAGE).url
        for lesson in lessons
        for block in lesson.body
        if block.block_type == "image" and block.value is not None
    ]


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


def _lesson_html(lesson, *, origin: str, images: ImageBudget) -> str:
    """The lesson's text and images; an image is a file of the pack, named relatively to the course page."""
    html = "".join(
        str(sanitize_rich_text(block.render())) for block in lesson.body if block.block_type in LESSON_BLOCKS
    )
    return online_links(images.embed(html, prefix="../"), origin=origin)


def field_pack_files(*, country, language: str, origin: str) -> list[PackFile]:
    """Every public course in `language`, one page each with its modules and lessons, and the lessons' images
    (within their budget) beside them."""
    images = ImageBudget(limit=LESSON_IMAGES_BUDGET)
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
    kept = [PackFile(image.name, "image", image.alt, "", image.content) for image in images.images.values()]
    return files + sorted(kept, key=lambda image: image.path)
