"""Workers run as real processes on the test database, so a test can kill them with SIGKILL mid-work."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.db import connection


def worker_database_url() -> str:
    """The test database, for a process of its own (rows the test committed are visible to it)."""
    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class WorkerProcess:
    """`manage.py <command>` with the test's database and `environment`; its output goes to `log`."""

    def __init__(self, *command: str, log: Path, environment: dict[str, str]):
        self.command = [sys.executable, "manage.py", *command]
        self.log = log
        self.environment = {
            **{key: value for key, value in os.environ.items() if not key.startswith("PYTEST_")},
            "DATABASE_URL": worker_database_url(),
            "PYTHONPATH": str(settings.BASE_DIR),
            "PYTHONUNBUFFERED": "1",
            **environment,
        }
        self.process: subprocess.Popen | None = None

    def start(self) -> "WorkerProcess":
        with self.log.open("a") as output:
            self.process = subprocess.Popen(
                self.command, cwd=settings.BASE_DIR, env=self.environment, stdout=output, stderr=subprocess.STDOUT
            )
        return self

    def kill(self) -> None:
        """kill -9: no signal handler, no cleanup, whatever it was doing is left as it was."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def wait_for(self, condition: Callable[[], bool], *, seconds: float, what: str) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if self.process.poll() is not None:
                raise AssertionError(
                    f"the worker exited ({self.process.returncode}) before {what}:\n{self.log.read_text()}"
                )
            if time.monotonic() > deadline:
                raise AssertionError(f"no {what} within {seconds} s:\n{self.log.read_text()[-3000:]}")
            time.sleep(0.05)
