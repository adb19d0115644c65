"""Wagtail's review emails reach each reviewer in their own language, with links to the portal's public address."""

import re

import pytest

from django.core import mail
from django.test import TestCase

from guidelines.services import review_workflow
from portal.roles import Role
from tests.guidelines import factories
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db

BASE_URL = "https://portal.example.org"
IN_LANGUAGE = {"fr": "Un second éditeur approuve", "ar": "موافقة محرر ثانٍ", "en": "Second editor approves"}  # the task


def test_a_submission_mails_each_editor_in_their_language_with_links_to_the_portal(settings):
    settings.WAGTAILADMIN_BASE_URL = BASE_URL
    page = factories.guideline()
    submitter = UserFactory(roles=[Role.EDITOR], totp=True, preferred_language="en")
    reviewers = {
        language: UserFactory(
            roles=[Role.EDITOR], totp=True, preferred_language=language, email=f"{language}@example.org"
        )
        for language in ("fr", "ar", "en")
    }
    with TestCase.captureOnCommitCallbacks(execute=True):
        review_workflow().start(page, submitter)

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {reviewer.email for reviewer in reviewers.values()}
    for language, reviewer in reviewers.items():
        message = by_recipient[reviewer.email]
        assert IN_LANGUAGE[language] in message.subject + message.body, (language, message.subject)
        assert reviewer.display_name in message.body.splitlines()[0]  # greeted by name, not by email address
        links = re.findall(r"https?://[^\s\"'<>]+", message.body)
        assert links and all(link.startswith(BASE_URL) for link in links), links
