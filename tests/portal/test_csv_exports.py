"""No CSV the portal writes holds a live formula: every writer is guarded, every export's cells are neutralised."""

import csv
import io
import re
from pathlib import Path

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from django.urls import URLPattern, URLResolver, get_resolver

from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.log_actions import log
from wagtail.models import Page

from guidelines.training.models import CourseCompletion
from portal.spreadsheets import FORMULA_STARTS, safe_cell
from tests.portal.factories import CountryFactory, UserFactory
from tests.training.factories import lessons_of, right_answers, simple_course

REPO = Path(__file__).resolve().parents[2]
APP_FOLDERS = ("portal", "guidelines", "forum", "search", "bench")
GUARD = REPO / "portal" / "spreadsheets.py"
# Names a CSV content type for uploaded files it serves as they are; it writes no CSV of its own.
SERVES_UPLOADS_ONLY = {REPO / "portal" / "uploads" / "documents.py"}
PAYLOADS = [f'{start}HYPERLINK("https://evil.example/","x")' for start in FORMULA_STARTS]
PAYLOADS += ["  =1+1", "=cmd|' /C calc'!A0"]


def project_sources():
    for folder in APP_FOLDERS:
        for path in (REPO / folder).rglob("*.py"):
            if "migrations" not in path.parts:
                yield path


def test_the_source_walk_finds_the_known_csv_export():
    sources = {path: path.read_text() for path in project_sources()}
    assert any("text/csv" in text for path, text in sources.items() if "evidence" in path.parts)


def test_no_code_writes_csv_without_the_guard():
    """A new csv.writer/DictWriter anywhere in the apps must go through portal.spreadsheets instead."""
    raw_writer = re.compile(r"\bcsv\s*\.\s*(writer|DictWriter)\s*\(|from\s+csv\s+import[^\n]*\b(writer|DictWriter)\b")
    offenders = [path for path in project_sources() if path != GUARD and raw_writer.search(path.read_text())]
    assert offenders == []


def test_every_csv_response_uses_the_guarded_writer():
    unguarded = [
        path
        for path in project_sources()
        if "text/csv" in path.read_text()
        and path not in SERVES_UPLOADS_ONLY
        and "portal.spreadsheets" not in path.read_text()
        and path != GUARD
    ]
    assert unguarded == []


@pytest.mark.parametrize("payload", PAYLOADS)
def test_guard_quotes_every_formula_start(payload):
    assert safe_cell(payload) == "'" + payload
    assert safe_cell("Awa Diallo") == "Awa Diallo"
    assert safe_cell(-3) == -3


def _views(resolver=None):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _views(pattern)
        elif isinstance(pattern, URLPattern):
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                yield view_class, getattr(pattern.callback, "view_initkwargs", {})


def _csv_row_written(view, fields, payload) -> list[str]:
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=fields)
    view.write_csv_row(writer, dict.fromkeys(fields, payload))
    return next(csv.reader(io.StringIO(output.getvalue())))


@pytest.mark.django_db
def test_every_admin_spreadsheet_export_neutralises_every_cell():
    """Walks every URL whose view can export CSV (Wagtail reports, listings, form submissions)."""
    checked, exports = 0, set()
    for view_class, initkwargs in _views():
        view = view_class(**initkwargs)
        fields = [field for field in (getattr(view, "list_export", None) or []) if isinstance(field, str)]
        for payload in PAYLOADS:
            usable = []
            for field in fields:
                try:
                    view.preprocess_field_value(field, payload, view.FORMAT_CSV)
                except (AttributeError, KeyError, TypeError, ValueError):
                    continue  # a column that never holds free text (dates, objects)
                usable.append(field)
            if usable:
                assert all(cell.startswith("'") for cell in _csv_row_written(view, usable, payload)), view_class
                checked += 1
                exports.add(view_class.__name__)
    # Today: aging pages, locked pages, site history, workflows, workflow tasks and the generic listings.
    assert len(exports) >= 5, f"the walk found too few exports ({sorted(exports)}): is it still walking the admin?"


@pytest.mark.django_db
def test_site_history_export_quotes_a_formula_page_title(client):
    administrator = UserFactory(is_superuser=True, is_staff=True)
    TOTP.activate(administrator, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    client.force_login(administrator)
    page = Page.objects.get(depth=2)
    page.title = page.draft_title = PAYLOADS[0]
    page.save()
    log(instance=page, action="wagtail.edit", user=administrator)

    response = client.get("/admin/reports/site-history/?export=csv")

    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + PAYLOADS[0] in cells
    assert not [cell for cell in cells if cell.lstrip(" ").startswith(FORMULA_STARTS)]


def _course_with_formula_learner(client, start):
    """A course whose one learner, country and certificate code all start with `start`; signed in as a superuser."""
    course = simple_course(lessons=1)
    country = CountryFactory(code=f"{start}X", name_en=f'{start}HYPERLINK("https://evil.example/")')
    learner = UserFactory(display_name=f'{start}HYPERLINK("https://evil.example/","Awa")', country=country)
    learner.email = f"{start}cmd@example.org"
    learner.save()
    client.force_login(learner)
    client.post(course.enrol_url())
    client.post(lessons_of(course)[0].url, {"action": "check", **right_answers(lessons_of(course)[0])})
    CourseCompletion.objects.filter(learner=learner).update(code=f"{start}CODE")
    trainer = UserFactory(is_superuser=True)
    TOTP.activate(trainer, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
    client.force_login(trainer)
    return course


@pytest.mark.django_db
@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_course_report_csv_quotes_every_text_column(client, start):
    course = _course_with_formula_learner(client, start)

    response = client.get(course.report_csv_url())

    assert response.status_code == 200
    header, row = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    text_columns = [0, 1, 2, 3, 9]  # learner, email, country code, country, certificate code
    assert all(row[index].startswith("'" + start) for index in text_columns), row
    assert not [cell for cell in row if cell.startswith(FORMULA_STARTS)]


@pytest.mark.django_db
@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_course_report_xlsx_holds_text_never_a_formula(client, start):
    from openpyxl import load_workbook

    course = _course_with_formula_learner(client, start)

    response = client.get(course.report_url() + "?export=xlsx")

    assert response.status_code == 200
    header, row = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.iter_rows()
    assert row[0].value.startswith(start + "HYPERLINK") and row[0].data_type == "s"
    assert [cell.coordinate for cell in row if cell.data_type == "f"] == []
