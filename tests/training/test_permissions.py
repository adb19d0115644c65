"""Trainers work on the training section only, and publish through review."""

import pytest

from wagtail.models import Page, WorkflowPage

from guidelines.training.models import LessonPage
from portal.models import HomePage
from portal.roles import Role
from tests.guidelines import factories as guideline_factories
from tests.portal.factories import UserFactory
from tests.training.factories import lessons_of, simple_course, training_index

pytestmark = pytest.mark.django_db


def test_trainer_can_edit_course_pages(client, trainer):
    course = simple_course(lessons=1)
    client.force_login(trainer)

    assert client.get(f"/admin/pages/{lessons_of(course)[0].pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/add/training/coursepage/{course.get_parent().pk}/").status_code == 200


def test_trainer_cannot_edit_home_page_or_guidelines(client, trainer):
    training_index()
    guideline = guideline_factories.guideline()
    home = HomePage.objects.get(locale__language_code="en")
    client.force_login(trainer)

    assert client.get(f"/admin/pages/{home.pk}/edit/").status_code in (302, 403)
    assert client.get(f"/admin/pages/{guideline.pk}/edit/").status_code in (302, 403)
    permissions = guideline.permissions_for_user(trainer)
    assert not permissions.can_edit()
    assert not home.permissions_for_user(trainer).can_add_subpage()


def test_trainer_edit_page_offers_submit_for_review_not_publish(client, trainer):
    course = simple_course(lessons=1)
    client.force_login(trainer)

    page = client.get(f"/admin/pages/{lessons_of(course)[0].pk}/edit/").content.decode()

    assert 'name="action-submit"' in page
    assert 'name="action-publish"' not in page


def test_training_section_goes_through_the_training_review_workflow():
    index = training_index()

    workflow = WorkflowPage.objects.get(page=index).workflow
    task = workflow.tasks.get().specific
    assert workflow.name == "Training review"
    assert set(task.groups.values_list("name", flat=True)) == {"Trainer", "Administrator"}
    course = simple_course(lessons=1)
    assert Page.objects.get(pk=course.pk).get_workflow() == workflow


def test_practitioner_cannot_read_course_report(client, learner):
    course = simple_course()
    client.force_login(learner)

    for url in (course.report_url(), course.report_csv_url(), course.report_url() + "?export=xlsx"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role", [Role.EDITOR, Role.MODERATOR])
def test_other_staff_without_the_report_permission_are_refused_the_report(client, role):
    course = simple_course()
    client.force_login(UserFactory(roles=[role], totp=True))

    for url in (course.report_url(), course.report_csv_url(), course.report_url() + "?export=xlsx"):
        response = client.get(url)  # the admin turns a refusal into its "no permission" message on the dashboard
        assert response.status_code == 302 and response["Location"] == "/admin/"


def test_trainers_and_administrators_hold_the_report_permission_by_codename():
    trainer = UserFactory(roles=[Role.TRAINER])
    administrator = UserFactory(roles=[Role.ADMINISTRATOR])
    editor = UserFactory(roles=[Role.EDITOR])

    assert trainer.has_perm("training.view_course_report") and administrator.has_perm("training.view_course_report")
    assert not editor.has_perm("training.view_course_report")
    assert administrator.has_perm("training.publish_training_without_review")
    assert not trainer.has_perm("training.publish_training_without_review")


def test_trainer_change_is_published_when_another_trainer_approves(trainer):
    course = simple_course(lessons=1)
    lesson = LessonPage.objects.get(pk=lessons_of(course)[0].pk)
    lesson.title = "Consent, revised by a trainer"
    revision = lesson.save_revision(user=trainer)
    workflow_state = lesson.get_workflow().start(lesson, trainer)
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    practitioner = UserFactory(roles=[Role.PRACTITIONER])
    reviewer = UserFactory(roles=[Role.TRAINER])

    assert task.get_actions(lesson, practitioner) == []
    assert task.get_actions(lesson, trainer) == []  # the submitter cannot approve their own change
    assert "approve" in [name for name, *_rest in task.get_actions(lesson, reviewer)]
    task.on_action(task_state, reviewer, "approve")

    lesson.refresh_from_db()
    assert lesson.live_revision_id == revision.pk
    assert LessonPage.objects.live().get(pk=lesson.pk).title == "Consent, revised by a trainer"


def _module_edit_data(module, action: str) -> dict:
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    data = nested_form_data(
        {
            "title": module.title + " (revised)",
            "slug": module.slug,
            "introduction": "Revised introduction.",
            "pass_mark": "",
            "comments": inline_formset([]),
        }
    )
    data[action] = "1"
    return data


def test_trainer_publish_sent_by_hand_is_refused_and_nothing_goes_live(client, trainer):
    course = simple_course(lessons=1)
    module = course.get_children().first().specific
    client.force_login(trainer)

    response = client.post(f"/admin/pages/{module.pk}/edit/", _module_edit_data(module, "action-publish"))

    module.refresh_from_db()
    assert response.status_code == 200
    assert "Training changes go live after review" in response.content.decode()
    assert "(revised)" not in module.title


def test_trainer_bulk_publish_of_training_pages_is_refused(client, trainer):
    course = simple_course(lessons=1)
    lesson = lessons_of(course)[0]
    lesson.title = "Changed without review"
    lesson.save_revision(user=trainer)
    client.force_login(trainer)

    client.post(f"/admin/bulk/wagtailcore/page/publish/?id={lesson.pk}", {"include_descendants": ""})

    lesson.refresh_from_db()
    assert lesson.title != "Changed without review"


def test_superuser_may_still_publish_training_directly(client):
    from tests.guidelines.admin_forms import staff_member

    course = simple_course(lessons=1)
    module = course.get_children().first().specific
    superuser = staff_member(Role.ADMINISTRATOR, "admin@example.org")
    superuser.is_superuser = True
    superuser.save()
    client.force_login(superuser)

    client.post(f"/admin/pages/{module.pk}/edit/", _module_edit_data(module, "action-publish"))

    module.refresh_from_db()
    assert module.title.endswith("(revised)") and module.live
