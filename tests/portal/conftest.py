"""Portal fixtures: mail queued as in production, through a mail server a test can take down."""

import pytest

from django.test import TestCase, override_settings

from tests.conftest import module_data

from .page_cache_site import build_site
from .task_helpers import DATABASE_TASKS, MailServer


@pytest.fixture
def mail_server(settings, monkeypatch):
    """Every email queued as in production, delivered to the outbox through MailServer (up unless told)."""
    settings.EMAIL_BACKEND = "portal.mail.TaskEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "tests.portal.task_helpers.MailServer"
    monkeypatch.setattr(MailServer, "failure", None)
    return MailServer


@pytest.fixture
def database_tasks(settings, monkeypatch):
    """Tasks wait in the database for a worker, as in production (the worker keeps pytest's signal handlers)."""
    settings.TASKS = DATABASE_TASKS
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.Worker.configure_signals", lambda worker: None)


@pytest.fixture
def site(django_capture_on_commit_callbacks, settings):
    """The page-cache tests' site, on the database search engine: these tests are about the page cache, and a search that falls
    back from an absent index is degraded, which is rightly never cached."""
    settings.ELASTICSEARCH_URL = ""
    with django_capture_on_commit_callbacks(execute=True):
        return build_site()


@module_data
def shared_site():
    """`site` built once for a module whose tests only read it; such a module overrides `site`:

    @pytest.fixture
    def site(shared_site, settings):
        settings.ELASTICSEARCH_URL = ""
        return shared_site
    """
    with override_settings(ELASTICSEARCH_URL=""), TestCase.captureOnCommitCallbacks(execute=True):
        return build_site()
