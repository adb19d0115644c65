"""The Guideline review tasks become the portal's one approval task, keeping their ids, names and groups, so
workflows in progress can still be approved; the former GuidelineReviewTask table is dropped next."""

from django.db import migrations

from portal.workflows import approval_tasks_adoption


class Migration(migrations.Migration):
    dependencies = [("guidelines", "0002_guideline_review_workflow"), ("portal", "0007_second_person_approval_task")]

    operations = [
        approval_tasks_adoption(app_label="guidelines", model_name="GuidelineReviewTask", task_names=["Second editor approves"]),
    ]
