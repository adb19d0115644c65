"""No English interface string of ours is left on the French and Arabic Wagtail admin (role groups, the site,
workflows and tasks) nor in the emails members get beyond the account ones (membership decisions, watched topics),
scanned against the .po catalogues' msgids like the page walk of test_no_english_left."""

from datetime import timedelta
from pathlib import Path

import pytest

from django.core import mail
from django.test import TestCase
from django.utils import timezone, translation

import wagtail
from wagtail.models import Page, Site, Task, Workflow

from forum.models import Post, Watch
from forum.services import post_create
from guidelines.evidence.section import EVIDENCE_REVIEW
from guidelines.services import review_workflow
from guidelines.training.section import TRAINING_REVIEW
from portal.membership.services import membership_request_approve, membership_request_decline, membership_request_submit
from portal.roles import Role
from tests.forum.factories import CategoryFactory, ForumTopicFactory, MemberFactory
from tests.guidelines import factories as guideline_factories
from tests.portal.english_scan import EnglishFinder, page_texts
from tests.portal.factories import CountryFactory, UserFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "ar")


@pytest.fixture(scope="module")
def finders():
    return {language: EnglishFinder(language) for language in LANGUAGES}


@pytest.fixture(scope="module")
def admin_finders():
    """Words Wagtail's admin also prints as its own ("Search", "Actions") are its translators' to cover."""
    theirs = tuple(Path(wagtail.__file__).parent.glob("**/locale"))
    return {language: EnglishFinder(language, also_theirs=theirs) for language in LANGUAGES}


def _admin_paths() -> list[str]:
    """The admin screens that print the names the portal stores: roles, the site, workflows and tasks."""
    review_workflow()
    TRAINING_REVIEW.workflow()
    EVIDENCE_REVIEW.workflow()
    page = guideline_factories.guideline(title="Principes et processus")  # content, not interface
    member = UserFactory(roles=[Role.MODERATOR, Role.PRACTITIONER])
    workflow = Workflow.objects.order_by("pk").first()
    task = Task.objects.order_by("pk").first()
    return [
        "/admin/",
        "/admin/groups/",
        "/admin/users/",
        f"/admin/users/edit/{member.pk}/",
        "/admin/sites/",
        f"/admin/sites/edit/{Site.objects.get(is_default_site=True).pk}/",
        "/admin/workflows/list/",
        f"/admin/workflows/edit/{workflow.pk}/",
        "/admin/workflows/tasks/index/",
        f"/admin/workflows/tasks/edit/{task.pk}/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.get_parent().pk}/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_admin_reads_without_english(client, admin_finders, language):
    paths = _admin_paths()
    # The pages' titles are content an editor wrote (in English here), not the interface.
    titles = {" ".join(title.split()) for title in Page.objects.values_list("title", flat=True)}
    client.force_login(UserFactory(is_superuser=True, totp=True, preferred_language=language))
    found = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        texts = page_texts(response.content.decode(), language=language)
        texts = [text for text in texts if " ".join(text.split()) not in titles]
        for msgid in admin_finders[language].find(texts):
            found.setdefault(msgid, []).append(path)
    assert not found, found


def _message_texts(message) -> list[str]:
    texts = [message.subject, *message.body.splitlines()]
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            texts += page_texts(content, language=translation.get_language())
    return texts


def _scan_outbox(finder, language) -> dict:
    found = {}
    with translation.override(language):
        for message in mail.outbox:
            for msgid in finder.find(_message_texts(message)):
                found.setdefault(msgid, []).append(message.subject)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_membership_decision_emails_read_without_english(finders, language):
    guinea = CountryFactory(code="GN", name_en="Guinea", name_fr="Guinée", name_ar="غينيا")
    moderator = UserFactory(roles=[Role.MODERATOR], totp=True, preferred_language="en")
    for decide, reason in ((membership_request_approve, "Known partner"), (membership_request_decline, "Who?")):
        member = UserFactory(roles=[Role.READER], preferred_language=language)
        with TestCase.captureOnCommitCallbacks(execute=True):
            request = membership_request_submit(
                member=member, organisation="IOM", role_title="Caseworker", country=guinea, reason="Returnees"
            )
        with TestCase.captureOnCommitCallbacks(execute=True):
            decide(reviewer=moderator, request=request, reason=reason)
    assert len(mail.outbox) == 2
    assert not _scan_outbox(finders[language], language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_watched_topic_emails_read_without_english(finders, language):
    watcher = MemberFactory(email=f"watcher-{language}@example.org", preferred_language=language)
    topic = ForumTopicFactory(category=CategoryFactory(slug="reintegration"), title="Family tracing in Mali")
    Watch.objects.create(user=watcher, topic=topic)
    Post.objects.update(created_at=timezone.now() - timedelta(minutes=5))
    with TestCase.captureOnCommitCallbacks(execute=True):
        post_create(author=MemberFactory(), topic=topic, body="A reply about referral", language="en")
    assert len(mail.outbox) == 1
    assert not _scan_outbox(finders[language], language)
