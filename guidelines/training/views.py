"""Thin views for the training pages: parse, call one service or selector, render."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from wagtail.models import Page

from .guideline_links import section_links
from .models import CoursePage, LessonPage, ModulePage, TrainingIndexPage
from .selectors import certificate_check, course_outline, learner_dashboard, lesson_check_result
from .services import (
    TrainingError,
    enrolment_create,
    enrolment_record_visit,
    knowledge_check_score,
    knowledge_check_submit,
    lesson_complete,
)


def enrol(request, *, course: CoursePage):
    if request.method != "POST":
        return redirect(course.url)
    try:
        _enrolment, created = enrolment_create(user=request.user, course=course)
    except TrainingError as error:
        messages.error(request, str(error))
        if not request.user.is_authenticated:
            return redirect(f"{_login_url()}?next={course.url}")
        return redirect(course.url)
    if created:
        messages.success(
            request, _("You are enrolled in “%(course)s”. Your progress is saved as you go.") % {"course": course.title}
        )
    else:
        messages.info(
            request, _("You are already enrolled in “%(course)s”; nothing changed.") % {"course": course.title}
        )
    next_url = request.POST.get("next", "")
    return redirect(next_url if next_url.startswith(course.url) else course.url)


def _login_url() -> str:
    from django.urls import reverse

    return reverse("account_login")


def lesson(request, *, lesson_page: LessonPage):
    module = ModulePage.objects.filter(path=lesson_page.path[: -Page.steplen]).first() if lesson_page.path else None
    course = CoursePage.objects.filter(path=lesson_page.path[: -2 * Page.steplen]).first() if module else None
    if course is None:  # a preview of a lesson not yet saved in the tree: its content alone
        return TemplateResponse(request, "training/lesson_preview.html", {"page": lesson_page, "self": lesson_page})
    outline = course_outline(course=course, user=request.user)
    enrolment = outline.enrolment
    outcome = None
    if request.method == "POST":
        if enrolment is None:
            messages.info(request, _("Enrol in this course to save your answers and progress."))
            return redirect(lesson_page.url)
        try:
            outcome = _lesson_post(request, lesson_page=lesson_page, module=module, course=course)
        except TrainingError as error:
            messages.error(request, str(error))
            return redirect(lesson_page.url + "#knowledge-check")
        if outcome is None:
            return redirect(lesson_page.url)
        outline = course_outline(course=course, user=request.user)
    elif enrolment is not None:
        enrolment_record_visit(enrolment=enrolment, lesson=lesson_page)
    check_result = lesson_check_result(user=request.user, lesson=lesson_page)
    ordered = [item for module_progress in outline.modules for item in module_progress.lessons]
    position = next((index for index, item in enumerate(ordered) if item.lesson.pk == lesson_page.pk), None)
    context = {
        "page": lesson_page,
        "self": lesson_page,
        "module": module,
        "course": course,
        "outline": outline,
        "completed": any(item.completed for item in ordered if item.lesson.pk == lesson_page.pk),
        "previous_lesson": ordered[position - 1].lesson if position else None,
        "next_lesson": ordered[position + 1].lesson if position is not None and position + 1 < len(ordered) else None,
        "questions": _questions_for_display(lesson_page, outcome=outcome, result=check_result),
        "check_result": check_result,
        "outcome": outcome,
        "guideline_sections": section_links(
            links=lesson_page.guideline_sections.select_related("guideline"), locale=lesson_page.locale
        ),
        "updated_guidance": next((item for item in outline.updated_lessons if item.lesson_id == lesson_page.pk), None),
    }
    return TemplateResponse(request, "training/lesson_page.html", context)


def _questions_for_display(lesson_page, *, outcome, result) -> list[dict]:
    """Each question with its answers, the learner's last choices and, once answered, the feedback."""
    if outcome is not None:
        chosen = {question.question_id: question.chosen for question in outcome.questions}
        correct = {question.question_id: question.correct for question in outcome.questions}
    elif result is not None:
        chosen = result.answers
        _score, outcomes = knowledge_check_score(lesson=lesson_page, answers=chosen)
        correct = {question.question_id: question.correct for question in outcomes}
    else:
        chosen, correct = {}, {}
    questions = []
    for question in lesson_page.questions():
        picked = chosen.get(question.id, [])
        questions.append(
            {
                "id": question.id,
                "prompt": question.value["prompt"],
                "multiple": question.block_type == "multiple_choice",
                "explanation": question.value["explanation"],
                "answered": question.id in correct,
                "correct": correct.get(question.id),
                "answers": [
                    {
                        "id": item.id,
                        "text": item.value["text"],
                        "checked": item.id in picked,
                        "feedback": item.value["feedback"] if item.id in picked else "",
                        "is_correct": bool(item.value["is_correct"]),
                    }
                    for item in question.value["answers"].bound_blocks
                ],
            }
        )
    return questions


def _lesson_post(request, *, lesson_page, module, course):
    """Either a knowledge-check submission (returns its outcome) or a plain "mark complete" (returns None)."""
    if request.POST.get("action") == "check":
        answers = {question.id: request.POST.getlist(f"q-{question.id}") for question in lesson_page.questions()}
        outcome = knowledge_check_submit(
            user=request.user, lesson=lesson_page, course=course, pass_mark=module.check_pass_mark, answers=answers
        )
        if outcome.already_passed:
            messages.info(
                request,
                _("You already passed this knowledge check (%(score)s%%); your result is kept.")
                % {"score": outcome.score},
            )
        elif outcome.passed:
            messages.success(request, _("Passed with %(score)s%%. This lesson is complete.") % {"score": outcome.score})
        else:
            messages.warning(
                request,
                _("You scored %(score)s%%; %(pass_mark)s%% is needed. Read the feedback and try again.")
                % {"score": outcome.score, "pass_mark": outcome.pass_mark},
            )
        if outcome.course_completion:
            messages.success(request, _("Congratulations, you completed the course! Your certificate is ready."))
        return outcome
    if lesson_page.questions():
        raise TrainingError(_("This lesson is completed by passing its knowledge check."))
    completion = lesson_complete(user=request.user, lesson=lesson_page, course=course)
    messages.success(request, _("Lesson marked as complete."))
    if completion:
        messages.success(request, _("Congratulations, you completed the course! Your certificate is ready."))
    return None


def dashboard(request, *, index_page: TrainingIndexPage):
    if not request.user.is_authenticated:
        return redirect(f"{_login_url()}?next={request.path}")
    context = {"page": index_page, "self": index_page, "dashboard": learner_dashboard(user=request.user)}
    return TemplateResponse(request, "training/dashboard.html", context)


def certificate(request, *, index_page: TrainingIndexPage, code: str):
    check = certificate_check(code=code)
    context = {"page": index_page, "self": index_page, "check": check, "code": code}
    if check is None:
        return TemplateResponse(request, "training/certificate_not_found.html", context, status=404)
    context["is_owner"] = request.user.is_authenticated and check.completion.learner_id == request.user.pk
    return TemplateResponse(request, "training/certificate.html", context)
