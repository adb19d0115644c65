"""A mail server for the kill -9 test: messages written to files, and two moments where it holds a message
long enough for the test to kill the worker there (each once, marked by a file in PORTAL_TEST_HOLD_DIR)."""

import os
import time
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend

HOLD_SECONDS = 120


def _hold_once(point: str, subject: str) -> None:
    if os.environ.get(f"PORTAL_TEST_HOLD_{point.upper()}") != subject:
        return
    marker = Path(os.environ["PORTAL_TEST_HOLD_DIR"]) / point
    if marker.exists():
        return
    marker.write_text(subject)
    time.sleep(HOLD_SECONDS)


class HeldFileMail(EmailBackend):
    """`before`: the server has not accepted the message yet; `after`: it has, and the connection is closing."""

    def send_messages(self, email_messages):
        for message in email_messages:
            _hold_once("before", message.subject)
        self._subjects = [message.subject for message in email_messages]
        return super().send_messages(email_messages)

    def close(self):
        for subject in getattr(self, "_subjects", []):
            _hold_once("after", subject)
        super().close()
