from .offline import OfflineAttempt
from .pages import CoursePage, LessonGuidelineSection, LessonPage, ModulePage, TrainingIndexPage
from .progress import CourseCompletion, Enrolment, KnowledgeCheckResult, LessonCompletion, LessonReviewFlag

__all__ = [
    "CourseCompletion",
    "CoursePage",
    "Enrolment",
    "KnowledgeCheckResult",
    "LessonCompletion",
    "LessonGuidelineSection",
    "LessonPage",
    "LessonReviewFlag",
    "ModulePage",
    "OfflineAttempt",
    "TrainingIndexPage",
]
