"""kill -9 of the task worker while it drains 200 emails: after restarts, each email delivered exactly once."""

import re
from collections import Counter

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.mail import send_mail

from .task_helpers import DATABASE_TASKS
from .worker_processes import WorkerProcess

pytestmark = [pytest.mark.postgresql, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

EMAILS = 200


def _delivered(mail_dir) -> Counter:
    return Counter(
        match.group(1)
        for message in mail_dir.iterdir()
        for match in re.finditer(r"^Subject: (Email \d+)$", message.read_text(errors="replace"), re.MULTILINE)
    )


def _running_subjects() -> set[str]:
    return {
        result.args_kwargs["kwargs"]["message"]["subject"] for result in DBTaskResult.objects.filter(status="RUNNING")
    }


def test_killed_task_worker_loses_and_duplicates_no_email(postgresql, settings, tmp_path):
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = "portal.mail.TaskEmailBackend"
    for number in range(EMAILS):
        send_mail(f"Email {number:03}", "Your reply was posted.", None, [f"member{number}@example.org"])
    mail_dir, hold_dir = tmp_path / "mail", tmp_path / "hold"
    mail_dir.mkdir(), hold_dir.mkdir()
    environment = {
        "DJANGO_SETTINGS_MODULE": "tests.portal.fault_settings",
        "PORTAL_TEST_MAIL_DIR": str(mail_dir),
        "PORTAL_TEST_HOLD_DIR": str(hold_dir),
        # The worker is killed once after the server accepted email 60, once before it accepted email 140.
        "PORTAL_TEST_HOLD_AFTER": "Email 060",
        "PORTAL_TEST_HOLD_BEFORE": "Email 140",
        "TASKS_RUNNING_TIMEOUT": "1",
    }

    started: list[WorkerProcess] = []

    def worker() -> WorkerProcess:
        process = WorkerProcess(
            "tasks_worker", "--interval", "0.2", log=tmp_path / "worker.log", environment=environment
        )
        started.append(process)
        return process

    try:
        first = worker().start()
        first.wait_for(lambda: (hold_dir / "after").exists(), seconds=120, what="email 60 accepted")
        first.kill()
        second = worker().start()
        second.wait_for(lambda: (hold_dir / "before").exists(), seconds=120, what="email 140 being sent")
        second.kill()
        assert "Email 140" in _running_subjects()  # what the second worker left
        third = worker().start()
        third.wait_for(
            lambda: DBTaskResult.objects.filter(status="SUCCESSFUL").count() == EMAILS, seconds=120, what="every email"
        )
    finally:
        for process in started:
            process.stop()

    delivered = _delivered(mail_dir)
    assert set(delivered) == {f"Email {number:03}" for number in range(EMAILS)}  # none lost
    assert [subject for subject, count in delivered.items() if count > 1] == []  # none twice
    run_twice = {
        result.args_kwargs["kwargs"]["message"]["subject"]
        for result in DBTaskResult.objects.all()
        if len(result.worker_ids) > 1
    }
    assert run_twice == {"Email 060", "Email 140"}  # the two the killed workers left running, reclaimed
