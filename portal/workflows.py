"""Review shared by the sections that publish through a workflow: their set-up and the editor form.

Each section (guidelines, training, evidence) configures the one approval task, portal.SecondPersonApprovalTask,
with its own name and approver groups.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from django import forms
from django.contrib.auth.models import Group, Permission
from django.db import migrations
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

from .models import SecondPersonApprovalTask

# Wagtail publishes an approved page as its approver, so approvers need "publish"; the admin hides the direct
# Publish action from authors (portal.wagtail_hooks, ReviewedPageForm), so their changes go through review.
AUTHOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


@dataclass(frozen=True)
class ReviewSection:
    """A section of the site whose pages go live through review: who writes there, who approves, under what names.

    The names are stored in English (gettext_noop) and shown in the admin user's language (portal.admin_names).
    """

    workflow_name: str
    task_name: str
    author_role: str
    approver_roles: tuple[str, ...]
    page_permissions: tuple[str, ...] = AUTHOR_PAGE_PERMISSIONS

    def workflow(self) -> Workflow:
        """After: the workflow exists; one made here has one approval task by the members of `approver_roles`.

        A workflow that already has tasks is left as an administrator made it.
        """
        workflow, _created = Workflow.objects.get_or_create(name=self.workflow_name, defaults={"active": True})
        if not workflow.workflow_tasks.exists():
            task = SecondPersonApprovalTask.objects.filter(name=self.task_name).first()
            if task is None:
                task = SecondPersonApprovalTask.objects.create(name=self.task_name)
                task.groups.set(Group.objects.filter(name__in=self.approver_roles))
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
        return workflow

    def set_up(self, *, index_page: Page) -> None:
        """After: authors may add and edit pages under `index_page` only, and those go live through the workflow."""
        authors, _created = Group.objects.get_or_create(name=self.author_role)
        permissions = Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=self.page_permissions
        )
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=authors, page=index_page, permission=permission)
        WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": self.workflow()})


def approval_tasks_adoption(*, app_label: str, model_name: str, task_names: Iterable[str]) -> migrations.RunPython:
    """A data migration's operation: the tasks of a former per-app approval model become SecondPersonApprovalTasks.

    Each keeps its id, name, state and groups, so the workflows using it, the pages in review and their task
    states go on as before. The former model's table is dropped by the next migration (DeleteModel drops the
    child table only; deleting its rows here would delete the tasks themselves). Rolled back, the section's own
    tasks (by the names its set-up gives them) go back to the former model.
    """
    portal_task, former_task = ("portal", "SecondPersonApprovalTask"), (app_label, model_name)
    names = list(task_names)

    def adopt(apps, schema_editor):
        _approval_tasks_move(apps, source=former_task, target=portal_task)

    def give_back(apps, schema_editor):
        _approval_tasks_move(apps, source=portal_task, target=former_task, names=names)

    return migrations.RunPython(adopt, give_back)


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
