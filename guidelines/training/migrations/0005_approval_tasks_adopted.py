"""The Training review tasks become the portal's one approval task, keeping their ids, names and groups.

Workflows in progress (their task states point at the task's id) go on and can still be approved.
The former TrainingReviewTask table is dropped by the next migration; rolling back returns
the section's own tasks to it.
"""

from django.db import migrations

from portal.workflows import approval_tasks_adopt, approval_tasks_return

# The name this section's set-up gives its task; rolling back returns the tasks of that name.
TASK_NAMES = ["Approval by a trainer or an administrator"]


def adopt(apps, schema_editor):
    approval_tasks_adopt(apps, app_label="training", model_name="TrainingReviewTask")


def give_back(apps, schema_editor):
    approval_tasks_return(apps, app_label="training", model_name="TrainingReviewTask", task_names=TASK_NAMES)


class Migration(migrations.Migration):
    dependencies = [
        ('training', '0004_module_pass_mark_site_default'),
        ("portal", "0007_second_person_approval_task"),
    ]

    operations = [migrations.RunPython(adopt, give_back)]
