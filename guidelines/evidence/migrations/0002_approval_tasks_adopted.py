"""The Evidence review tasks become the portal's one approval task, keeping their ids, names and groups.

Workflows in progress (their task states point at the task's id) go on and can still be approved.
The former EvidenceReviewTask table is dropped by the next migration; rolling back returns
the section's own tasks to it.
"""

from django.db import migrations

from portal.workflows import approval_tasks_adopt, approval_tasks_return

# The name this section's set-up gives its task; rolling back returns the tasks of that name.
TASK_NAMES = ["A second editor approves"]


def adopt(apps, schema_editor):
    approval_tasks_adopt(apps, app_label="evidence", model_name="EvidenceReviewTask")


def give_back(apps, schema_editor):
    approval_tasks_return(apps, app_label="evidence", model_name="EvidenceReviewTask", task_names=TASK_NAMES)


class Migration(migrations.Migration):
    dependencies = [
        ('evidence', '0001_initial'),
        ("portal", "0007_second_person_approval_task"),
    ]

    operations = [migrations.RunPython(adopt, give_back)]
