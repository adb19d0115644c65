"""The Training review tasks become the portal's one approval task, keeping their ids, names and groups, so
workflows in progress can still be approved; the former TrainingReviewTask table is dropped next."""

from django.db import migrations

from portal.workflows import approval_tasks_adoption


class Migration(migrations.Migration):
    dependencies = [("training", "0004_module_pass_mark_site_default"), ("portal", "0007_second_person_approval_task")]

    operations = [
        approval_tasks_adoption(app_label="training", model_name="TrainingReviewTask", task_names=["Approval by a trainer or an administrator"]),
    ]
