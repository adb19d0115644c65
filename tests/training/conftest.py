import pytest
from allauth.mfa.totp.internal.auth import TOTP

from django.core.cache import caches

from portal.roles import Role
from tests.portal.factories import UserFactory


@pytest.fixture(autouse=True)
def fresh_cache():
    """Wagtail caches site root paths; each test starts clean."""
    for cache in caches.all():
        cache.clear()
    yield


@pytest.fixture
def learner(db):
    return UserFactory(email="learner@example.org", display_name="Aïcha Learner")


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client


@pytest.fixture
def trainer(db):
    """A Trainer with TOTP set up, as the admin requires of staff."""
    user = UserFactory(email="trainer@example.org", display_name="Tom Trainer", roles=[Role.TRAINER])
    TOTP.activate(user, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    return user
