"""Done means: a Reader verified today asks to post, is approved and posts, all in one session, in each language."""

import pytest

from django.conf import settings
from django.core import mail
from django.test import Client

from forum.models import Topic
from portal.models import MembershipRequest
from portal.roles import Role
from tests.forum.factories import CategoryFactory
from tests.forum.helpers import new_topic_data
from tests.portal.factories import UserFactory

from .conftest import LANGUAGES

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_new_reader_asks_is_approved_and_posts_in_one_session(
    client, guinea, language, django_capture_on_commit_callbacks
):
    reader = UserFactory(email=f"new-{language}@example.org", roles=[Role.READER], preferred_language=language)
    moderator = UserFactory(roles=[Role.MODERATOR], totp=True)
    category = CategoryFactory()
    client.force_login(reader)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    assert client.get(f"/{language}/forum/new/").status_code == 403
    with django_capture_on_commit_callbacks(execute=True):
        asked = client.post(
            f"/{language}/membership/request/",
            {"organisation": "IOM", "role_title": "Caseworker", "country": guinea.pk, "reason": "Returnees"},
        )
    assert asked.status_code == 302

    reviewer = Client()
    reviewer.force_login(moderator)
    pending = MembershipRequest.objects.get(member=reader)
    with django_capture_on_commit_callbacks(execute=True):
        decided = reviewer.post(f"/{language}/membership/requests/{pending.pk}/decide/", {"action": "approve"})
    assert decided.status_code == 302
    assert [message.to for message in mail.outbox] == [[reader.email]]

    assert client.get(f"/{language}/forum/new/").status_code == 200  # the same session, no new sign-in
    posted = client.post(f"/{language}/forum/new/", new_topic_data(category, language=language))
    assert posted.status_code == 302, posted.content.decode()[:500]
    assert Topic.objects.filter(author=reader).count() == 1
