from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import can_review_lessons, lessons_needing_review


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
    user = request.user
    if user.is_superuser or user.groups.filter(name="Administrator").exists():
        return
    page = context.get("page") or context.get("parent_page")
    if _is_training_page(page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
