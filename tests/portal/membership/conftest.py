import pytest

from portal.roles import Role
from tests.portal.factories import CountryFactory, UserFactory

ROLES = ["anonymous", "reader", "practitioner", "moderator", "editor", "administrator"]
LANGUAGES = ["en", "fr", "ar"]


@pytest.fixture
def guinea(db):
    return CountryFactory(code="GN", name_en="Guinea", name_fr="Guinée", name_ar="غينيا")


@pytest.fixture
def reader(db):
    return UserFactory(email="aminata@example.org", display_name="Aminata", roles=[Role.READER])


@pytest.fixture
def moderator(db):
    return UserFactory(email="moussa@example.org", display_name="Moussa", roles=[Role.MODERATOR], totp=True)


def member_for(role: str):
    """A signed-in member holding `role` (staff with their second factor), or None for a visitor."""
    if role == "anonymous":
        return None
    return UserFactory(
        email=f"{role}@example.org", roles=[Role(role.capitalize())], totp=role != "reader" and role != "practitioner"
    )
