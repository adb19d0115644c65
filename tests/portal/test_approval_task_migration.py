"""The three sections' former approval-task models became one, portal.SecondPersonApprovalTask, by migration:
a page in review before the migration can still be approved after it, by the same groups, never by its author."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from wagtail.models import Task, WorkflowState

from guidelines.training.models import LessonPage
from portal.models import SecondPersonApprovalTask
from portal.roles import Role
from tests.evidence.factories import evidence_index
from tests.guidelines.factories import guidelines_index
from tests.training.factories import lessons_of, simple_course

from .factories import UserFactory

# A schema change on the shared test database: rows must be committed, and the migrations' rows restored after.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [
    ("guidelines", "0002_guideline_review_workflow"),
    ("training", "0004_module_pass_mark_site_default"),
    ("evidence", "0001_initial"),
]
FORMER_MODELS = {
    "guidelines": "guidelinereviewtask",
    "training": "trainingreviewtask",
    "evidence": "evidencereviewtask",
}


def _migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return MigrationExecutor(connection)


def _task_types_before_the_migration() -> dict[int, tuple[str, str]]:
    """Rolls the database back to before the migration, returns each task's (app, model) there, migrates forward."""
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        old_task = _migrate(BEFORE).loader.project_state(BEFORE).apps.get_model("wagtailcore", "Task")
        return {task.pk: (task.content_type.app_label, task.content_type.model) for task in old_task.objects.all()}
    finally:
        _migrate(latest)


def test_lesson_in_review_before_the_migration_is_approved_after_it():
    trainer = UserFactory(roles=[Role.TRAINER])
    course = simple_course(lessons=1)
    lesson = LessonPage.objects.get(pk=lessons_of(course)[0].pk)
    lesson.title = "Consent, revised before the migration"
    revision = lesson.save_revision(user=trainer)
    lesson.get_workflow().start(lesson, trainer)
    task_id = WorkflowState.objects.get().current_task_state.task_id

    assert _task_types_before_the_migration()[task_id] == ("training", "trainingreviewtask")

    lesson = LessonPage.objects.get(pk=lesson.pk)
    task_state = WorkflowState.objects.get().current_task_state
    task = task_state.task.specific
    reviewer = UserFactory(roles=[Role.TRAINER])
    assert isinstance(task, SecondPersonApprovalTask)
    assert task.pk == task_id
    assert set(task.groups.values_list("name", flat=True)) == {Role.TRAINER.value, Role.ADMINISTRATOR.value}
    assert task.get_actions(lesson, trainer) == []
    task.on_action(task_state, reviewer, "approve")
    lesson.refresh_from_db()
    assert lesson.live_revision_id == revision.pk
    assert LessonPage.objects.live().get(pk=lesson.pk).title == "Consent, revised before the migration"


def test_every_section_task_keeps_its_id_name_and_groups_across_the_migration():
    guidelines_index()
    evidence_index()
    simple_course(lessons=1)
    section_tasks = SecondPersonApprovalTask.objects.all()
    before = {task.pk: (task.name, set(task.groups.values_list("name", flat=True))) for task in section_tasks}

    types_before = _task_types_before_the_migration()

    assert sorted(types_before[pk] for pk in before) == sorted(FORMER_MODELS.items())
    after = {task.pk: (task.name, set(task.groups.values_list("name", flat=True))) for task in section_tasks}
    assert after == before
    assert all(isinstance(task.specific, SecondPersonApprovalTask) for task in Task.objects.filter(pk__in=before))
