"""Review shared by the sections that publish through a workflow: their set-up and the editor form.

Each section (guidelines, training, evidence) configures the one approval task, portal.SecondPersonApprovalTask,
with its own name and approver groups.
"""

from collections.abc import Iterable

from django import forms
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from .models import SecondPersonApprovalTask

# Wagtail publishes an approved page as its approver, so approvers need "publish"; the admin hides the direct
# Publish action from authors (portal.wagtail_hooks, ReviewedPageForm), so their changes go through review.
AUTHOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def review_workflow_ensure(*, workflow_name: str, task_name: str, approver_roles: Iterable[str]) -> Workflow:
    """After: the named workflow exists; one made here has one approval task by the members of `approver_roles`.

    A workflow that already has tasks is left as an administrator made it.
    """
    workflow, _created = Workflow.objects.get_or_create(name=workflow_name, defaults={"active": True})
    if not workflow.workflow_tasks.exists():
        task = SecondPersonApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = SecondPersonApprovalTask.objects.create(name=task_name)
            task.groups.set(Group.objects.filter(name__in=list(approver_roles)))
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def review_section_set_up(
    *, index_page: Page, author_role: str, workflow: Workflow, page_permissions: Iterable[str] = AUTHOR_PAGE_PERMISSIONS
) -> None:
    """After: members of `author_role` may add and edit pages under `index_page` only; they go live through `workflow`."""
    authors, _created = Group.objects.get_or_create(name=author_role)
    codenames = list(page_permissions)
    permissions = Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames)
    for permission in permissions:
        GroupPagePermission.objects.get_or_create(group=authors, page=index_page, permission=permission)
    WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})


def approval_tasks_adopt(apps, *, app_label: str, model_name: str) -> None:
    """For a data migration: the tasks of a former per-app approval model become SecondPersonApprovalTasks.

    Each keeps its id, name, state and groups, so the workflows using it, the pages in review and their task
    states go on as before. The former model's table is dropped by the next migration (DeleteModel drops the
    child table only; deleting its rows here would delete the tasks themselves).
    """
    _approval_tasks_move(apps, source=(app_label, model_name), target=("portal", "SecondPersonApprovalTask"))


def approval_tasks_return(apps, *, app_label: str, model_name: str, task_names: Iterable[str]) -> None:
    """For a data migration's reverse: the section's own tasks (by their stored names) go back to its former model."""
    _approval_tasks_move(
        apps, source=("portal", "SecondPersonApprovalTask"), target=(app_label, model_name), names=list(task_names)
    )


def _approval_tasks_move(apps, *, source: tuple[str, str], target: tuple[str, str], names: list[str] | None = None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    SourceTask, TargetTask = apps.get_model(*source), apps.get_model(*target)
    content_type, _created = ContentType.objects.get_or_create(app_label=target[0], model=target[1].lower())
    moved = SourceTask.objects.prefetch_related("groups")
    if names is not None:
        moved = moved.filter(name__in=names)
    moved = list(moved)
    for former in moved:
        task = TargetTask(
            task_ptr_id=former.pk, name=former.name, active=former.active, content_type_id=content_type.pk
        )
        task.save()
        task.groups.set(former.groups.all())
        former.groups.clear()
    # Only the child rows: a model delete would cascade to the shared wagtailcore_task rows.
    SourceTask.objects.filter(pk__in=[task.pk for task in moved])._raw_delete(SourceTask.objects.db)


class ReviewedPageForm(WagtailAdminPageForm):
    """The admin form of pages that go live through review: a direct publish is refused unless review may be skipped.

    The editor hides the Publish button (portal.wagtail_hooks); this refuses a publish sent by hand. Approvers
    still publish through the workflow, which does not go through this form.
    """

    direct_publish_refused = _("This page goes live after review: submit it for review instead of publishing it.")

    @staticmethod
    def review_may_be_skipped(user) -> bool:
        return bool(user and user.is_superuser)

    def clean(self):
        cleaned_data = super().clean()
        if "action-publish" in self.data and not self.review_may_be_skipped(self.for_user):
            raise forms.ValidationError(self.direct_publish_refused)
        return cleaned_data


def reviewed_form_class(page_class) -> type[ReviewedPageForm] | None:
    """The page class's admin form when its pages go live through review, else None."""
    form_class = getattr(page_class, "base_form_class", None)
    return form_class if isinstance(form_class, type) and issubclass(form_class, ReviewedPageForm) else None
