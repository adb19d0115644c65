"""The Evidence review tasks become the portal's one approval task, keeping their ids, names and groups, so
workflows in progress can still be approved; the former EvidenceReviewTask table is dropped next."""

from django.db import migrations

from portal.workflows import approval_tasks_adoption


class Migration(migrations.Migration):
    dependencies = [("evidence", "0001_initial"), ("portal", "0007_second_person_approval_task")]

    operations = [
        approval_tasks_adoption(app_label="evidence", model_name="EvidenceReviewTask", task_names=["A second editor approves"]),
    ]
