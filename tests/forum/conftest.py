import pytest

from django.core.cache import caches

from portal.roles import Role

from .factories import CategoryFactory, ForumTopicFactory, MemberFactory

CANARY = "CANARY-7f3a9c-restricted-casefile"
RESTRICTED_GROUP = "Verified caseworkers"


@pytest.fixture(autouse=True)
def fresh_caches():
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def practitioner(db):
    return MemberFactory(email="awa@example.org", display_name="Awa")


@pytest.fixture
def reader(db):
    return MemberFactory(email="reader@example.org", display_name="Reader", roles=[Role.READER])


@pytest.fixture
def moderator(db):
    return MemberFactory(email="moderator@example.org", display_name="Moussa", roles=[Role.MODERATOR], totp=True)


@pytest.fixture
def public_category(db):
    return CategoryFactory(slug="reintegration", name_en="Reintegration")


@pytest.fixture
def restricted_category(db):
    return CategoryFactory(
        slug="verified-caseworkers", name_en="Verified caseworkers", restricted_to=[RESTRICTED_GROUP]
    )


@pytest.fixture
def insider(db):
    """A practitioner in the restricted category's group."""
    from django.contrib.auth.models import Group

    member = MemberFactory(email="insider@example.org", display_name="Insider")
    member.groups.add(Group.objects.get_or_create(name=RESTRICTED_GROUP)[0])
    return member


@pytest.fixture
def canary_topic(restricted_category, insider):
    return ForumTopicFactory(
        category=restricted_category, author=insider, title=f"Referral case {CANARY}", opening=f"Details {CANARY}"
    )
