from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import can_review_lessons, lessons_needing_review
from .forms import training_review_may_be_skipped


@hooks.register("register_admin_urls")
def register_training_admin_urls():
    return [path("training/needs-review/", lessons_needing_review, name="training_lessons_needing_review")]


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_review_lessons(request.user)


@hooks.register("register_admin_menu_item")
def register_lessons_needing_review_menu_item():
    return ReviewMenuItem(
        _("Lessons needing review"), reverse("training_lessons_needing_review"), icon_name="warning", order=450
    )


def _is_training_page(page) -> bool:
    from .models import CoursePage, LessonPage, ModulePage, TrainingIndexPage

    return page is not None and isinstance(
        page.specific_deferred, (TrainingIndexPage, CoursePage, ModulePage, LessonPage)
    )


@hooks.register("construct_page_action_menu")
def training_changes_go_through_review(menu_items, request, context):
    """Trainers submit training pages for review instead of publishing them directly."""
    page = context.get("page") or context.get("parent_page")
    if _is_training_page(page) and not training_review_may_be_skipped(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_bulk_action")
def refuse_bulk_publish_of_training_pages(request, action_type, objects, action_class_instance):
    publishing = action_type == "publish" and not training_review_may_be_skipped(request.user)
    if publishing and any(_is_training_page(obj) for obj in objects):
        raise PermissionDenied
