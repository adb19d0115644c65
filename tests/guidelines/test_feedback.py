import re

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
    cells = [cell.strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", html, re.DOTALL)]
    assert cells[-3:] == ["1", "0", "0"]  # yes, no, comments


@pytest.mark.parametrize("comment", ["", '=HYPERLINK("http://example.org")'])
def test_editors_export_the_counts_as_csv_and_xlsx_with_formulas_defused(client, comment):
    page = factories.guideline(title="=cmd|' /C calc'!A0")
    client.post(f"{page.url}feedback/", {"edition": "1.0", "helpful": "no", "comment": comment})
    client.force_login(staff_member(Role.EDITOR, "editor@example.org"))

    csv = client.get("/admin/reports/guideline-feedback/?export=csv")
    xlsx = client.get("/admin/reports/guideline-feedback/?export=xlsx")

    rows = b"".join(csv.streaming_content).decode().splitlines()
    assert rows == [
        "Guideline,Language,Edition,Yes,No,Comments",
        f"'=cmd|' /C calc'!A0,en,1.0,0,1,{int(bool(comment))}",
    ]
    assert xlsx.status_code == 200
    assert xlsx["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_trainers_cannot_export_the_feedback_report(client):
    factories.guideline()
    client.force_login(staff_member(Role.TRAINER, "trainer@example.org"))

    response = client.get("/admin/reports/guideline-feedback/?export=csv")

    assert response.status_code in (302, 403)
