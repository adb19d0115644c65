import pytest

from guidelines.models import GuidelineFeedback
from portal.roles import Role
from tests.guidelines import factories
from tests.guidelines.admin_forms import staff_member
from tests.portal.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_reader_vote_is_counted_for_the_current_edition(client):
    page = factories.guideline()

    response = client.post(f"{page.url}feedback/", {"edition": "1.0", "helpful": "yes", "comment": "Clear steps."})

    assert response.status_code == 302
    vote = GuidelineFeedback.objects.get()
    assert (vote.edition.label, vote.helpful, vote.comment) == ("1.0", True, "Clear steps.")


def test_second_vote_from_the_same_member_replaces_the_first(client):
    page = factories.guideline()
    client.force_login(UserFactory())

    client.post(f"{page.url}feedback/", {"edition": "1.0", "helpful": "yes"})
    client.post(f"{page.url}feedback/", {"edition": "1.0", "helpful": "no"})

    assert list(GuidelineFeedback.objects.values_list("helpful", flat=True)) == [False]


def test_vote_without_a_choice_is_refused_with_a_message(client):
    page = factories.guideline()

    response = client.post(f"{page.url}feedback/", {"edition": "1.0"}, follow=True)

    assert "Please choose yes or no" in response.content.decode()
    assert not GuidelineFeedback.objects.exists()


def test_editors_see_counts_per_edition_in_the_admin(client):
    page = factories.guideline()
    client.post(f"{page.url}feedback/", {"edition": "1.0", "helpful": "yes"})
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    html = client.get("/admin/reports/guideline-feedback/").content.decode()

    assert "Case management principles and process" in html
    assert "<td>1</td><td>0</td>" in html
