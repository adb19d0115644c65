"""The admin's "Lessons needing review" list: lessons whose guideline sections changed in a new edition."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .models import LessonReviewFlag
from .selectors import open_review_flags
from .services import lesson_review_resolve


def can_review_lessons(user) -> bool:
    return user.has_perm("training.view_lessonreviewflag")


def lessons_needing_review(request):
    if not can_review_lessons(request.user):
        raise PermissionDenied
    if request.method == "POST":
        if not request.user.has_perm("training.change_lessonreviewflag"):
            raise PermissionDenied
        flag = get_object_or_404(LessonReviewFlag, pk=request.POST.get("flag"))
        lesson_review_resolve(flag=flag, user=request.user)
        messages.success(request, _("“%(lesson)s” is marked as reviewed.") % {"lesson": flag.lesson.title})
        return redirect("training_lessons_needing_review")
    context = {"flags": open_review_flags().select_related("lesson__locale"), "page_title": _("Lessons needing review")}
    return TemplateResponse(request, "training/admin/lessons_needing_review.html", context)
