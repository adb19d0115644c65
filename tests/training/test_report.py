"""The trainer's course report in the admin: figures, per-country table, SVG chart, CSV and XLSX export."""

import csv
import io

import pytest

from portal.roles import Role
from tests.portal.factories import CountryFactory, UserFactory
from tests.training.factories import lessons_of, right_answers, simple_course, wrong_answers

pytestmark = pytest.mark.django_db


@pytest.fixture
def course_with_learners(client):
    """Three learners: Malian who finished, Nigerien who started, one with no country who only enrolled."""
    course = simple_course(lessons=2, pass_mark=100)
    first, second = lessons_of(course)
    mali, niger = CountryFactory(code="ML", name_en="Mali"), CountryFactory(code="NE", name_en="Niger")
    finisher = UserFactory(display_name="Awa Finisher", email="awa@example.org", country=mali)
    starter = UserFactory(display_name="Ibrahim Starter", email="ibrahim@example.org", country=niger)
    enrolled = UserFactory(display_name="Nour Enrolled", email="nour@example.org")
    for user, answers in ((finisher, [right_answers, right_answers]), (starter, [wrong_answers]), (enrolled, [])):
        client.force_login(user)
        client.post(course.enrol_url())
        for lesson, answer in zip((first, second), answers, strict=False):
            client.post(lesson.url, {"action": "check", **answer(lesson)})
    client.logout()
    return course


def test_trainer_report_shows_enrolments_completions_scores_and_countries(client, trainer, course_with_learners):
    client.force_login(trainer)

    page = client.get(course_with_learners.report_url()).content.decode()

    assert "<dt>Enrolments</dt><dd>3</dd>" in page
    assert "<dt>Completions</dt><dd>1</dd>" in page
    assert "<dt>Average knowledge-check score</dt><dd>67%</dd>" in page  # 100, 100, 0
    assert '<th scope="row">Mali</th>' in page and '<th scope="row">Niger</th>' in page
    assert "Country not given" in page
    assert '<svg class="report-chart"' in page and "<polyline" in page


def test_administrator_reads_the_report(client, course_with_learners):
    administrator = UserFactory(roles=[Role.ADMINISTRATOR], totp=True)
    client.force_login(administrator)

    assert client.get(course_with_learners.report_url()).status_code == 200


def test_csv_export_has_one_row_per_enrolment_with_progress_and_scores(client, trainer, course_with_learners):
    client.force_login(trainer)

    response = client.get(course_with_learners.report_csv_url())

    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Learner", "Email", "Country code"]
    by_email = {row[1]: row for row in rows[1:]}
    assert len(by_email) == 3
    awa = by_email["awa@example.org"]
    assert (awa[0], awa[2], awa[3], awa[5], awa[6], awa[8]) == ("Awa Finisher", "ML", "Mali", "2", "2", "100")
    assert awa[7] and len(awa[9]) == 12
    ibrahim = by_email["ibrahim@example.org"]
    assert (ibrahim[5], ibrahim[7], ibrahim[8], ibrahim[9]) == ("0", "", "0", "")
    nour = by_email["nour@example.org"]
    assert (nour[2], nour[5], nour[8]) == ("", "0", "")


def test_xlsx_export_has_the_same_rows_as_the_csv(client, trainer, course_with_learners):
    from openpyxl import load_workbook

    client.force_login(trainer)

    response = client.get(course_with_learners.report_url() + "?export=xlsx")

    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert 'filename="course-' in response["Content-Disposition"]
    rows = list(load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.iter_rows(values_only=True))
    assert list(rows[0][:3]) == ["Learner", "Email", "Country code"]
    by_email = {row[1]: row for row in rows[1:]}
    assert sorted(by_email) == ["awa@example.org", "ibrahim@example.org", "nour@example.org"]
    awa = by_email["awa@example.org"]
    assert (awa[0], awa[2], awa[3], awa[5], awa[6], awa[8]) == ("Awa Finisher", "ML", "Mali", 2, 2, 100)


def test_report_lists_one_row_per_enrolment_in_the_admin(client, trainer, course_with_learners):
    client.force_login(trainer)

    page = client.get(course_with_learners.report_url()).content.decode()

    assert all(name in page for name in ("Awa Finisher", "Ibrahim Starter", "Nour Enrolled"))
    assert "?export=csv" in page and "?export=xlsx" in page


def test_course_page_links_its_report_for_trainers_only(client, trainer, learner, course_with_learners):
    link = f'href="{course_with_learners.report_url()}"'
    client.force_login(learner)
    assert link not in client.get(course_with_learners.url).content.decode()

    client.force_login(trainer)
    assert link in client.get(course_with_learners.url).content.decode()


def test_unknown_course_report_is_not_found(client, trainer):
    client.force_login(trainer)

    assert client.get("/admin/reports/courses/999999/", follow=True).status_code == 404


def test_anonymous_visitor_is_sent_to_sign_in_for_the_report_and_its_exports(client, course_with_learners):
    for url in (course_with_learners.report_url(), course_with_learners.report_csv_url()):
        response = client.get(url)

        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize(("language", "mali", "niger"), [("fr", "Mali (fr)", "Niger (fr)"), ("ar", "مالي", "النيجر")])
def test_report_and_csv_name_countries_in_the_readers_language(language, mali, niger):
    from django.utils import translation

    from guidelines.training.reports import course_report, course_report_rows
    from guidelines.training.services import enrolment_create
    from portal.models import Country

    course = simple_course(lessons=1)
    for code, name_en, name_fr, name_ar in (
        ("ML", "Mali", "Mali (fr)", "مالي"),
        ("NE", "Niger", "Niger (fr)", "النيجر"),
    ):
        country = CountryFactory(code=code)
        Country.objects.filter(pk=country.pk).update(name_en=name_en, name_fr=name_fr, name_ar=name_ar)
        enrolment_create(user=UserFactory(country=country), course=course)

    with translation.override(language):
        report = course_report(course=course)
        rows = list(course_report_rows(course=course))

    assert sorted(row.name for row in report.countries) == sorted([mali, niger])
    assert sorted(row["country"] for row in rows) == sorted([mali, niger])
