"""What a country's field pack holds, as static files: public content only, read as an anonymous visitor.

Each file's bytes depend only on the content it shows (no build time, no absolute URL to this server), so an
unchanged item hashes the same in every build and a delta carries only what changed.
"""

import re
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe

from portal.sanitize import sanitize_rich_text

STYLE_PATH = "style.css"
_ROOT_RELATIVE = re.compile(r'(href|src)="/(?!/)')
LESSON_BLOCKS = {"paragraph", "case_scenario"}  # knowledge checks stay online: their answers are not shipped


@dataclass(frozen=True)
class PackFile:
    path: str
    kind: str
    title: str
    version: str
    content: bytes


def _site_origin() -> str:
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def _online_links(html: str, *, origin: str) -> str:
    """Links to the portal (/en/guidelines/…, /documents/…) made absolute: in a pack they would point at the
    USB stick's root. The HTML was sanitized when saved; only the escaped origin is put in."""
    return mark_safe(_ROOT_RELATIVE.sub(lambda match: f'{match.group(1)}="{escape(origin)}/', str(html)))


def _render(template: str, context: dict, *, depth: int) -> bytes:
    root = "../" * depth
    return render_to_string(template, {**context, "root": root, "style": f"{root}{STYLE_PATH}"}).encode()


def _guideline_files(*, country, language: str, origin: str) -> list[PackFile]:
    """Each current edition's page, and its images (within the pack's image budget) beside them."""
    from guidelines.edition_images import ImageBudget
    from guidelines.models import GuidelinePage
    from guidelines.selectors import current_edition

    budget = ImageBudget()
    files = []
    for page in GuidelinePage.objects.live().public().filter(locale__language_code=language).order_by("path"):
        edition = current_edition(page)
        if edition is None:
            continue
        sections = [
            {
                **section,
                "html": _online_links(budget.embed(section["html"], prefix="../"), origin=origin),
                "country_note": _online_links(section["country_notes"].get(country.code, ""), origin=origin),
            }
            for section in edition.served_sections
        ]
        content = _render(
            "offline_packs/guideline.html",
            {"edition": edition, "sections": sections, "country": country, "online_url": page.full_url},
            depth=1,
        )
        files.append(PackFile(f"guidelines/{page.slug}.html", "guideline", edition.title, edition.label, content))
    images = [PackFile(image.name, "image", image.alt, "", image.content) for image in budget.images.values()]
    return files + sorted(images, key=lambda image: image.path)


def _lesson_html(lesson, *, origin: str) -> str:
    html = "".join(
        str(sanitize_rich_text(block.render())) for block in lesson.body if block.block_type in LESSON_BLOCKS
    )
    return _online_links(html, origin=origin)


def _course_files(*, language: str, origin: str) -> list[PackFile]:
    from guidelines.training.models import CoursePage, LessonPage, ModulePage

    files = []
    for course in CoursePage.objects.live().public().filter(locale__language_code=language).order_by("path"):
        modules = []
        for module in ModulePage.objects.live().public().child_of(course).order_by("path"):
            lessons = LessonPage.objects.live().public().child_of(module).order_by("path")
            modules.append(
                {"module": module, "lessons": [(lesson, _lesson_html(lesson, origin=origin)) for lesson in lessons]}
            )
        content = _render("offline_packs/course.html", {"course": course, "modules": modules}, depth=1)
        version = str(course.last_published_at.date()) if course.last_published_at else ""
        files.append(PackFile(f"courses/{course.slug}.html", "course", course.title, version, content))
    return files


def _forum_files(*, country, origin: str) -> list[PackFile]:
    from django.db.models import Q

    from forum.choices import TopicKind
    from forum.rendering import render_markdown
    from forum.selectors import visible_posts, visible_topics

    anonymous = AnonymousUser()
    topics = (
        visible_topics(anonymous)
        .filter(countries=country)
        .filter(Q(accepted_answer__isnull=False) | Q(kind=TopicKind.LESSON_LEARNED))
        .order_by("pk")
    )
    files = []
    for topic in topics:
        posts = list(visible_posts(anonymous, topic).select_related("author").order_by("pk"))
        bodies = [(post, _online_links(post.body_html, origin=origin)) for post in posts]  # sanitized when saved
        lesson = [
            (heading, mark_safe(render_markdown(text, language=topic.language)))
            for heading, text in topic.lesson_sections()
        ]
        content = _render(
            "offline_packs/topic.html",
            {"topic": topic, "posts": bodies, "lesson": lesson, "accepted_id": topic.accepted_answer_id},
            depth=1,
        )
        version = str(max((post.edited_at or post.created_at for post in posts), default=topic.last_posted_at).date())
        files.append(PackFile(f"forum/{topic.pk}.html", topic.kind, topic.title, version, content))
    return files


def pack_files(*, country, language: str) -> list[PackFile]:
    """Every file of the pack but its manifest: index, style, guidelines, courses and forum threads."""
    with translation.override(language):
        origin = _site_origin()
        items = _guideline_files(country=country, language=language, origin=origin)
        items += _course_files(language=language, origin=origin)
        items += _forum_files(country=country, origin=origin)
        index = _render(
            "offline_packs/index.html",
            {"country": country, "items": [item for item in items if item.kind != "image"], "language": language},
            depth=0,
        )
    style = render_to_string("offline_packs/style.css").encode()
    return [
        PackFile("index.html", "index", country.name, "", index),
        PackFile(STYLE_PATH, "style", "", "", style),
        *items,
    ]
