"""What the knowledge index holds about training: one document per live course, module and lesson page."""

from collections.abc import Iterable

from django.utils.html import strip_tags

from wagtail.models import Page, PageViewRestriction

from search.sources import KnowledgeDocument, Visibility

from .models import CoursePage, LessonPage, ModulePage

SOURCE_NAME = "training.page"
TRAINING_PAGE_MODELS = (CoursePage, ModulePage, LessonPage)
KIND_BY_MODEL = {CoursePage: "course", ModulePage: "module", LessonPage: "lesson"}


def _visibility(page: Page) -> tuple[str, list[str]] | None:
    """Public unless a view restriction applies; password-protected pages are not indexed at all."""
    restrictions = page.get_view_restrictions()
    if not restrictions:
        return Visibility.PUBLIC, []
    if any(item.restriction_type == PageViewRestriction.PASSWORD for item in restrictions):
        return None
    group_names = set()
    for item in restrictions:
        if item.restriction_type == PageViewRestriction.GROUPS:
            group_names.update(item.groups.values_list("name", flat=True))
    if group_names:
        return Visibility.GROUPS, sorted(group_names)
    return Visibility.MEMBERS, []


def _text(page: Page) -> str:
    if isinstance(page, CoursePage):
        parts = [page.summary, page.audience, strip_tags(page.learning_objectives), page.prerequisites]
    elif isinstance(page, ModulePage):
        parts = [page.introduction]
    else:
        parts = [page.summary]
        parts.extend(_block_text(child) for child in page.body)
    return "\n".join(part for part in parts if part).strip()


def _block_text(child) -> str:
    """The words of one lesson block, from its stored value (no template rendering)."""
    value = child.value
    if child.block_type == "paragraph":
        return strip_tags(value.source)
    if child.block_type == "video":
        return f"{value['title']}\n{strip_tags(value['transcript'].source)}"
    if child.block_type == "case_scenario":
        return "\n".join(
            [
                value["title"],
                *(strip_tags(value[name].source) for name in ("situation", "questions_to_consider") if value[name]),
            ]
        )
    if child.block_type == "material":
        return value["description"]
    if child.block_type in ("single_choice", "multiple_choice"):
        return value["prompt"]
    return ""


def _course_of(page: Page) -> CoursePage | None:
    if isinstance(page, CoursePage):
        return page
    return CoursePage.objects.ancestor_of(page).first()


def training_page_document(page: Page) -> KnowledgeDocument | None:
    """The document for one live training page, or None when it must not be found."""
    if not page.live:
        return None
    visibility = _visibility(page)
    if visibility is None:
        return None
    course = _course_of(page)
    return KnowledgeDocument(
        id=f"training-page:{page.pk}",
        kind=KIND_BY_MODEL[type(page)],
        title=page.title,
        text=_text(page),
        language=page.locale.language_code,
        url=page.url or "",
        countries=list(course.countries.values_list("code", flat=True)) if course else [],
        topics=list(course.topics.values_list("slug", flat=True)) if course else [],
        visibility=visibility[0],
        groups=visibility[1],
        translation_key=str(page.translation_key),
        published_at=page.first_published_at,
        updated_at=page.last_published_at,
        extra={"course": course.title if course else ""},
    )


class TrainingPageSource:
    name = SOURCE_NAME

    def all_keys(self) -> Iterable[str]:
        for model in TRAINING_PAGE_MODELS:
            yield from (str(pk) for pk in model.objects.live().values_list("pk", flat=True))

    def keys_for_pages(self, page_ids: list[int]) -> list[str]:
        return [
            str(pk)
            for pk in Page.objects.filter(pk__in=page_ids).type(*TRAINING_PAGE_MODELS).values_list("pk", flat=True)
        ]

    def documents_for(self, keys: list[str]) -> dict[str, list[KnowledgeDocument]]:
        ids = [int(key) for key in keys if str(key).isdigit()]
        documents: dict[str, list[KnowledgeDocument]] = {}
        for model in TRAINING_PAGE_MODELS:
            for page in model.objects.filter(pk__in=ids).select_related("locale"):
                document = training_page_document(page)
                if document is not None:
                    documents[str(page.pk)] = [document]
        return documents
