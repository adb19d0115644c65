"""Reads for learners and trainers; each runs a fixed number of queries whatever the course size."""

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Page

from .models import (
    CourseCompletion,
    CoursePage,
    Enrolment,
    KnowledgeCheckResult,
    LessonCompletion,
    LessonPage,
    LessonReviewFlag,
    ModulePage,
)

# ---------------------------------------------------------------- course structure


def course_lessons(*, course: Page) -> list[LessonPage]:
    """Live lessons in reading order (tree order), without their content."""
    return list(LessonPage.objects.live().descendant_of(course).defer_streamfields().order_by("path"))


def course_lesson_ids(*, course: Page) -> list[int]:
    return list(LessonPage.objects.live().descendant_of(course).values_list("pk", flat=True))


def course_content_fingerprint(*, course: Page) -> str:
    """Changes whenever the course or one of its live pages is republished, added or removed."""
    rows = Page.objects.live().filter(path__startswith=course.path).order_by("path").values_list("pk", "live_revision")
    return hashlib.sha256(repr(list(rows)).encode()).hexdigest()


@dataclass
class LessonProgress:
    lesson: LessonPage
    completed: bool


@dataclass
class ModuleProgress:
    module: ModulePage
    lessons: list[LessonProgress]

    @property
    def done(self) -> int:
        return sum(item.completed for item in self.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done / len(self.lessons)) if self.lessons else 0


@dataclass
class CourseOutline:
    course: CoursePage
    modules: list[ModuleProgress]
    enrolment: Enrolment | None
    completion: CourseCompletion | None
    resume_lesson: LessonPage | None
    updated_lessons: list["UpdatedGuidance"] = field(default_factory=list)

    @property
    def lesson_count(self) -> int:
        return sum(len(module.lessons) for module in self.modules)

    @property
    def done(self) -> int:
        return sum(module.done for module in self.modules)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.lesson_count) if self.lesson_count else 0


def course_outline(*, course: CoursePage, user) -> CourseOutline:
    """Modules and lessons with this learner's progress and where to resume."""
    if not course.pk:  # previewing a course not yet saved: nothing under it
        return CourseOutline(course=course, modules=[], enrolment=None, completion=None, resume_lesson=None)
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    lessons = course_lessons(course=course)
    enrolment = completion = None
    completed_ids: set[int] = set()
    updated = []
    if user.is_authenticated:
        enrolment = Enrolment.objects.filter(learner=user, course=course).first()
        completion = CourseCompletion.objects.filter(learner=user, course=course).first()
        completions = LessonCompletion.objects.filter(learner=user, lesson__in=[lesson.pk for lesson in lessons])
        completed_at = dict(completions.values_list("lesson_id", "completed_at"))
        completed_ids = set(completed_at)
        updated = updated_guidance_for(completed_at=completed_at)
    by_module = {module.path: ModuleProgress(module=module, lessons=[]) for module in modules}
    for lesson in lessons:
        parent = by_module.get(lesson.path[: -Page.steplen])
        if parent is not None:
            parent.lessons.append(LessonProgress(lesson=lesson, completed=lesson.pk in completed_ids))
    outline = CourseOutline(
        course=course,
        modules=list(by_module.values()),
        enrolment=enrolment,
        completion=completion,
        resume_lesson=None,
        updated_lessons=updated,
    )
    outline.resume_lesson = resume_lesson(outline=outline)
    return outline


def resume_lesson(*, outline: CourseOutline) -> LessonPage | None:
    """The lesson opened last if not yet complete, else the first incomplete lesson after it, else the first one."""
    ordered = [item for module in outline.modules for item in module.lessons]
    if not ordered:
        return None
    last_id = outline.enrolment.last_lesson_id if outline.enrolment else None
    start = next((index for index, item in enumerate(ordered) if item.lesson.pk == last_id), 0)
    for item in ordered[start:] + ordered[:start]:
        if not item.completed:
            return item.lesson
    return None


# ---------------------------------------------------------------- guideline changes


@dataclass
class UpdatedGuidance:
    lesson_id: int
    lesson_title: str
    compare_url: str
    flagged_at: datetime


def updated_guidance_for(*, completed_at: dict[int, datetime]) -> list[UpdatedGuidance]:
    """Guideline changes that came after the learner completed the lessons teaching them (one query)."""
    if not completed_at:
        return []
    flags = LessonReviewFlag.objects.filter(lesson_id__in=list(completed_at)).select_related("lesson")
    notices = {}
    for flag in flags:
        if flag.flagged_at > completed_at[flag.lesson_id] and flag.lesson_id not in notices:
            notices[flag.lesson_id] = UpdatedGuidance(
                lesson_id=flag.lesson_id,
                lesson_title=flag.lesson.title,
                compare_url=flag.compare_url,
                flagged_at=flag.flagged_at,
            )
    return list(notices.values())


def open_review_flags(*, course: Page | None = None):
    flags = LessonReviewFlag.objects.filter(resolved_at=None).select_related("lesson", "guideline")
    if course is not None:
        flags = flags.filter(lesson__path__startswith=course.path)
    return flags.order_by("-flagged_at")


# ---------------------------------------------------------------- courses and dashboard


@dataclass
class CourseChoice:
    course: CoursePage
    other_languages: list[CoursePage]


def courses_for_learner(*, user, locale) -> list[CourseChoice]:
    """One entry per course, in the learner's preferred language when it exists, those courses first."""
    preferred = getattr(user, "preferred_language", "") or (get_language() or "en")[:2]
    courses = list(CoursePage.objects.live().public().select_related("locale").order_by("title"))
    by_key: dict = {}
    for course in courses:
        by_key.setdefault(course.translation_key, []).append(course)

    def rank(course):
        code = course.locale.language_code
        return (code != preferred, code != locale.language_code)

    choices = []
    for versions in by_key.values():
        versions.sort(key=rank)
        choices.append(CourseChoice(course=versions[0], other_languages=versions[1:]))
    choices.sort(key=lambda choice: (rank(choice.course), choice.course.title))
    return choices


@dataclass
class DashboardRow:
    enrolment: Enrolment
    done: int
    total: int
    completion: CourseCompletion | None
    resume_url: str

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class Dashboard:
    rows: list[DashboardRow]
    finished_elsewhere: list[CourseCompletion]  # completions of courses since deleted
    updated_guidance: list[UpdatedGuidance]


def learner_dashboard(*, user) -> Dashboard:
    """Every course the learner is enrolled in with progress, completion date and a resume link (six queries)."""
    enrolments = list(Enrolment.objects.filter(learner=user).select_related("course", "last_lesson"))
    completions = list(CourseCompletion.objects.filter(learner=user))
    completion_by_course = {completion.course_id: completion for completion in completions}
    lessons = []
    if enrolments:
        paths = Q()
        for enrolment in enrolments:
            paths |= Q(path__startswith=enrolment.course.path)
        lessons = list(LessonPage.objects.live().filter(paths).defer_streamfields().order_by("path"))
    completed_at = dict(
        LessonCompletion.objects.filter(learner=user, lesson__in=[lesson.pk for lesson in lessons]).values_list(
            "lesson_id", "completed_at"
        )
    )
    rows = []
    for enrolment in enrolments:
        course = enrolment.course
        own = [lesson for lesson in lessons if lesson.path.startswith(course.path)]
        done = sum(lesson.pk in completed_at for lesson in own)
        target = enrolment.last_lesson if enrolment.last_lesson and enrolment.last_lesson.live else None
        if target is None or target.pk in completed_at:
            target = next((lesson for lesson in own if lesson.pk not in completed_at), None)
        rows.append(
            DashboardRow(
                enrolment=enrolment,
                done=done,
                total=len(own),
                completion=completion_by_course.get(course.pk),
                resume_url=(target.url if target else course.url),
            )
        )
    return Dashboard(
        rows=rows,
        finished_elsewhere=[completion for completion in completions if completion.course_id is None],
        updated_guidance=updated_guidance_for(completed_at=completed_at),
    )


# ---------------------------------------------------------------- certificates


@dataclass
class CertificateCheck:
    completion: CourseCompletion
    content_changed: bool
    course_exists: bool


def certificate_check(*, code: str) -> CertificateCheck | None:
    """The completion a verification code names exactly (in any letter case), and whether the course changed since.

    None for an unknown code, including a truncated or extended one: the stored code is compared in full and in
    constant time, whatever the database's collation does with case or trailing spaces.
    """
    wanted = code.strip().upper()
    if not wanted or len(wanted) > CourseCompletion._meta.get_field("code").max_length:
        return None
    completion = CourseCompletion.objects.filter(code=wanted).select_related("course").first()
    if completion is None or not hmac.compare_digest(completion.code.encode(), wanted.encode()):
        return None
    course = completion.course
    if course is None:
        return CertificateCheck(completion=completion, content_changed=True, course_exists=False)
    changed = course_content_fingerprint(course=course) != completion.content_fingerprint
    return CertificateCheck(completion=completion, content_changed=changed, course_exists=True)


def lesson_check_result(*, user, lesson: LessonPage) -> KnowledgeCheckResult | None:
    if not user.is_authenticated:
        return None
    return KnowledgeCheckResult.objects.filter(learner=user, lesson=lesson).first()
