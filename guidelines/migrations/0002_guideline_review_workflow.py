"""Creates the 'Guideline review' workflow: one task that a second Editor approves.

Guidelines index pages are attached to it when they are created (guidelines.services.guideline_index_prepare).
"""

from django.db import migrations


def create_review_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GuidelineReviewTask = apps.get_model("guidelines", "GuidelineReviewTask")

    content_type, _created = ContentType.objects.get_or_create(app_label="guidelines", model="guidelinereviewtask")
    workflow, _created = Workflow.objects.get_or_create(name="Guideline review", defaults={"active": True})
    if WorkflowTask.objects.filter(workflow=workflow).exists():
        return
    task = GuidelineReviewTask.objects.create(name="Second editor approves", content_type=content_type, active=True)
    task.groups.set(Group.objects.filter(name="Editor"))
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [
        ("guidelines", "0001_initial"),
        ("portal", "0003_roles_locales_and_home"),
    ]

    operations = [migrations.RunPython(create_review_workflow, migrations.RunPython.noop)]
