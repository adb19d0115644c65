"""A learner's progress, keyed by page ids and stable question ids, never by position."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_certificate_code() -> str:
    """12 characters from an unambiguous alphabet, readable over the phone."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(12))


class Enrolment(models.Model):
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey("training.CoursePage", on_delete=models.CASCADE, related_name="enrolments")
    enrolled_at = models.DateTimeField(auto_now_add=True)
    last_lesson = models.ForeignKey(
        "training.LessonPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_activity_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "course"], name="training_one_enrolment_per_course")]
        verbose_name = _("enrolment")

    def __str__(self) -> str:
        return f"{self.learner} → {self.course_id}"


class LessonCompletion(models.Model):
    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey("training.LessonPage", on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "lesson"], name="training_one_completion_per_lesson")]
        verbose_name = _("lesson completion")

    def __str__(self) -> str:
        return f"{self.learner_id} completed lesson {self.lesson_id}"


class KnowledgeCheckResult(models.Model):
    """A learner's best result on one lesson's knowledge check; answers keyed by question and answer ids."""

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="check_results")
    lesson = models.ForeignKey("training.LessonPage", on_delete=models.CASCADE, related_name="check_results")
    course = models.ForeignKey("training.CoursePage", on_delete=models.CASCADE, related_name="check_results")
    score = models.PositiveSmallIntegerField(_("score (%)"))
    passed = models.BooleanField(default=False)
    answers = models.JSONField(default=dict)  # {question_id: [answer_id, ...]}
    attempts = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "lesson"], name="training_one_result_per_lesson")]
        verbose_name = _("knowledge-check result")

    def __str__(self) -> str:
        return f"{self.learner_id} scored {self.score}% on lesson {self.lesson_id}"


class CourseCompletion(models.Model):
    """Its own row, so that deleting or adding lessons later never takes a finished course away."""

    learner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="course_completions")
    course = models.ForeignKey("training.CoursePage", null=True, on_delete=models.SET_NULL, related_name="completions")
    course_title = models.CharField(_("course title"), max_length=255)
    learner_name = models.CharField(_("learner name"), max_length=255)
    completed_at = models.DateTimeField(auto_now_add=True)
    code = models.CharField(_("verification code"), max_length=16, unique=True, default=new_certificate_code)
    content_fingerprint = models.CharField(max_length=64)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["learner", "course"], name="training_one_completion_per_course")]
        verbose_name = _("course completion")

    def __str__(self) -> str:
        return f"{self.learner_name}: {self.course_title} ({self.code})"


class LessonReviewFlag(models.Model):
    """A guideline section a lesson teaches changed in a new edition; open until a trainer resolves it."""

    lesson = models.ForeignKey("training.LessonPage", on_delete=models.CASCADE, related_name="review_flags")
    guideline = models.ForeignKey("wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+")
    anchor = models.CharField(max_length=120)
    from_edition = models.CharField(max_length=40)
    to_edition = models.CharField(max_length=40)
    compare_url = models.CharField(max_length=400, blank=True)
    flagged_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["lesson", "anchor", "to_edition", "guideline"], name="training_one_flag_per_change"
            )
        ]
        ordering = ["-flagged_at"]
        verbose_name = _("lesson review flag")

    def __str__(self) -> str:
        return f"lesson {self.lesson_id} #{self.anchor} {self.from_edition}→{self.to_edition}"
