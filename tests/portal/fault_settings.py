"""Settings of the task worker the kill -9 test starts: tasks in the database, mail through HeldFileMail."""

import os

from portal.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "portal.mail.TaskEmailBackend"
EMAIL_DELIVERY_BACKEND = "tests.portal.held_mail.HeldFileMail"
EMAIL_FILE_PATH = os.environ["PORTAL_TEST_MAIL_DIR"]
