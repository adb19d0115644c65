"""The PDF of an edition: made once from the frozen text, served from storage, restricted like its pages."""

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from guidelines import pdf_files
from tests.guidelines import factories
from tests.portal.factories import CountryFactory, UserFactory

pytestmark = pytest.mark.django_db

CANARY = "CANARY-restricted-7f3a"
BIDI_CONTROLS = {chr(code) for code in range(0x202A, 0x202F)} | {"\u200e", "\u200f"}


@pytest.fixture(autouse=True)
def private_files(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path


@pytest.fixture
def renders(monkeypatch):
    """Counts the PDFs actually laid out by WeasyPrint."""
    calls = []
    real = pdf_files.render_edition_pdf

    def counting(**kwargs):
        calls.append(kwargs["edition"].label)
        return real(**kwargs)

    monkeypatch.setattr(pdf_files, "render_edition_pdf", counting)
    return calls


def pdf_text(content: bytes, tmp_path, *, layout: bool = False) -> str:
    path = tmp_path / "edition.pdf"
    path.write_bytes(content)
    options = ["-layout"] if layout else []
    text = subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return "".join(char for char in unicodedata.normalize("NFKC", text) if char not in BIDI_CONTROLS)


def get_pdf(client, url: str) -> tuple[object, bytes]:
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body


def sections_with_note() -> list[dict]:
    return [
        factories.section(
            "Referral", "Refer the person with consent.", anchor="s-refer1", notes={"ML": "<p>Mali note.</p>"}
        ),
        factories.section("Follow-up", "Call within a week.", anchor="s-follow", level="2"),
    ]


@pytest.fixture
def english():
    CountryFactory(code="ML", name_en="Mali", name_fr="Mali", name_ar="مالي")
    return factories.guideline(sections=sections_with_note())


def test_pdf_has_title_page_contents_numbered_sections_citations_and_country_appendix(client, english, tmp_path):
    response, body = get_pdf(client, f"{english.url}editions/1.0/pdf/")

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pages = pdf_text(body, tmp_path).split("\f")
    assert "Edition 1.0" in pages[0] and "15 January 2026" in pages[0]
    assert "Contents" in pages[1] and "1 Referral" in pages[1] and "1.1 Follow-up" in pages[1]
    text = "".join(pages)
    assert "Case management principles and process · Edition 1.0 · 15 January 2026" in pages[2]  # running header
    assert "http://localhost/en/guidelines/case-management/editions/1.0/#s-refer1" in text.replace("\n", "")
    appendix = pages[-2]
    assert "Appendix: country notes" in appendix and "Mali (ML)" in appendix and "Mali note." in appendix


def test_pdf_contents_and_appendix_link_to_the_sections_inside_the_file(client, english, tmp_path):
    from pypdf import PdfReader

    _, body = get_pdf(client, f"{english.url}editions/1.0/pdf/")
    (tmp_path / "links.pdf").write_bytes(body)
    reader = PdfReader(tmp_path / "links.pdf")

    internal = [
        annotation.get_object()
        for page in reader.pages
        for annotation in page.get("/Annots", [])
        if annotation.get_object().get("/Dest") is not None or "/D" in annotation.get_object().get("/A", {})
    ]
    assert len(internal) >= 4  # two contents entries, the appendix entry, the note's link back to its section
    assert [item.title for item in reader.outline if not isinstance(item, list)][:2] == ["Contents", "1 Referral"]


def test_pdf_of_a_french_edition_is_in_french(client, english, tmp_path):
    french = factories.translate(
        english,
        "fr",
        title="Principes de la gestion des cas",
        sections=[factories.section("Orientation", "Orienter la personne.", anchor="s-refer1")],
    )

    response, body = get_pdf(client, f"{french.url}editions/1.0/pdf/")

    text = pdf_text(body, tmp_path)
    assert response.status_code == 200
    assert "Principes de la gestion des cas" in text and "1 Orientation" in text
    assert "/fr/guidelines/" in text.replace("\n", "")


def test_pdf_of_an_arabic_edition_reads_right_to_left_in_logical_order(client, english, tmp_path):
    arabic = factories.translate(
        english,
        "ar",
        title="مبادئ إدارة الحالات",
        sections=[
            factories.section(
                "الإحالة",
                "يحيل الأخصائي الحالة إلى الخدمة المناسبة بموافقة الشخص.",
                anchor="s-refer1",
                notes={"ML": "<p>ملاحظة خاصة بمالي.</p>"},
            )
        ],
    )

    response, body = get_pdf(client, f"{arabic.url}editions/1.0/pdf/")

    text = pdf_text(body, tmp_path)
    assert response.status_code == 200
    # pdftotext gives the words in reading order only when the glyphs were shaped and laid out right to left.
    assert "يحيل الأخصائي الحالة إلى الخدمة المناسبة بموافقة الشخص" in text
    assert "ملاحظة خاصة بمالي" in text and "مبادئ إدارة الحالات" in text


def test_arabic_pdf_is_laid_out_from_the_right(client, english, tmp_path):
    arabic = factories.translate(
        english, "ar", title="مبادئ", sections=[factories.section("الإحالة", "نص قصير.", anchor="s-refer1")]
    )
    _, body = get_pdf(client, f"{arabic.url}editions/1.0/pdf/")
    (tmp_path / "ar.pdf").write_bytes(body)

    bbox = subprocess.run(
        ["pdftotext", "-f", "3", "-l", "3", "-bbox", str(tmp_path / "ar.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # -bbox lists glyphs in visual order, so the word appears reversed there.
    word = next(line for line in bbox.splitlines() if "قصير"[::-1] in line or "قصير" in line)
    x_max = float(word.split('xMax="')[1].split('"')[0])
    assert x_max > 595 * 0.6  # the short line ends near the right margin of an A4 page (595 pt wide)


def test_pdf_is_rendered_once_then_served_from_storage(client, english, renders):
    url = f"{english.url}editions/1.0/pdf/"

    first, first_body = get_pdf(client, url)
    second, second_body = get_pdf(client, url)

    assert renders == ["1.0"]
    assert first_body == second_body
    assert second["Cache-Control"] == "public, max-age=31536000, immutable"


def test_each_edition_has_its_own_pdf_which_a_new_edition_does_not_change(client, english, renders, tmp_path):
    _, old = get_pdf(client, f"{english.url}editions/1.0/pdf/")
    factories.new_edition(
        english, sections=[factories.section("Referral", "New wording.", anchor="s-refer1")], label="2.0"
    )

    _, old_again = get_pdf(client, f"{english.url}editions/1.0/pdf/")
    _, new = get_pdf(client, f"{english.url}editions/2.0/pdf/")

    assert old_again == old and "New wording." not in pdf_text(old, tmp_path)
    assert "New wording." in pdf_text(new, tmp_path)
    assert renders == ["1.0", "2.0"]


def test_first_request_without_an_inline_worker_answers_being_prepared(client, english, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    url = f"{english.url}editions/1.0/pdf/"

    waiting = client.get(url)

    assert waiting.status_code == 503 and waiting["Retry-After"] == "10"
    assert "The PDF is being prepared" in waiting.content.decode()
    edition = english.editions.get(label="1.0")
    assert pdf_files.make_edition_pdf.call(edition_id=edition.pk) is True
    ready, _ = get_pdf(client, url)
    assert ready.status_code == 200 and ready["Content-Type"] == "application/pdf"


@pytest.mark.parametrize("label", ["9.9", "1.0x", "%00", "1.0;drop"])
def test_unknown_edition_label_is_a_404_with_a_reason(client, english, label, renders):
    response = client.get(f"{english.url}editions/{label}/pdf/")

    assert response.status_code == 404
    assert renders == []


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_edition_pages_and_print_view_link_the_pdf(client, english, language):
    if language != "en":
        page = factories.translate(
            english, language, title=f"Guideline {language}", sections=[factories.section("S", "T.", anchor="s-a")]
        )
    else:
        page = english
    pdf_url = f"{page.url}editions/1.0/pdf/"

    pages = (
        page.url,
        f"{page.url}editions/",
        f"{page.url}editions/1.0/",
        f"{page.url}print/",
        f"{page.url}editions/1.0/print/",
    )
    for url in pages:
        assert f'href="{pdf_url}"' in client.get(url).content.decode(), url


def restricted_guideline(kind: str):
    page = factories.guideline(
        slug="restricted", sections=[factories.section("Secret", CANARY, anchor="s-secret")], title="Restricted"
    )
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind)
    group = Group.objects.create(name="Case conference")
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(group)
    return page, group


@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.GROUPS])
def test_restricted_guideline_pdf_follows_the_page_restriction_canary(client, kind, tmp_path, renders, settings):
    page, group = restricted_guideline(kind)
    url = f"{page.url}editions/1.0/pdf/"
    outsider = UserFactory()

    anonymous, body = get_pdf(client, url)
    assert anonymous.status_code == 302 and CANARY.encode() not in body
    if kind == PageViewRestriction.GROUPS:
        client.force_login(outsider)
        refused, body = get_pdf(client, url)
        assert refused.status_code in (302, 403) and CANARY.encode() not in body
    assert renders == []

    allowed = UserFactory()
    allowed.groups.add(group)
    client.force_login(allowed)
    served, body = get_pdf(client, url)
    assert served.status_code == 200 and CANARY in pdf_text(body, tmp_path)
    assert "no-store" in served["Cache-Control"] and "public" not in served["Cache-Control"]
    # Kept beside, never inside, the folder the web server publishes as /media/.
    media = tmp_path / "media"
    assert not media.exists() or not any(path.suffix == ".pdf" for path in media.rglob("*"))

    client.logout()
    again, body = get_pdf(client, url)
    assert again.status_code == 302 and CANARY.encode() not in body


def test_an_arabic_pdf_page_rendered_to_an_image_is_inked_from_the_right(client, english, tmp_path):
    """pdftoppm draws the section page as a reader sees it (kept in test-artifacts/ to be looked at): the short
    Arabic line starts at the right margin and ends short of the left one."""
    from PIL import Image, ImageOps

    arabic = factories.translate(
        english,
        "ar",
        title="مبادئ إدارة الحالات",
        sections=[factories.section("الإحالة", "يحيل الأخصائي الحالة بموافقة الشخص.", anchor="s-refer1")],
    )
    _, body = get_pdf(client, f"{arabic.url}editions/1.0/pdf/")
    (tmp_path / "ar.pdf").write_bytes(body)
    subprocess.run(
        [
            "pdftoppm",
            "-f",
            "3",
            "-l",
            "3",
            "-r",
            "60",
            "-png",
            "-singlefile",
            str(tmp_path / "ar.pdf"),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    artifacts = Path(__file__).resolve().parents[2] / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    shutil.copy(tmp_path / "page.png", artifacts / "pdf-arabic-section-page.png")

    with Image.open(tmp_path / "page.png") as page:
        width, height = page.size
        body_band = ImageOps.invert(page.convert("L")).crop((0, int(height * 0.12), width, int(height * 0.9)))
    left, _top, right, _bottom = body_band.point(lambda value: 255 if value > 64 else 0).getbbox()
    assert right > width * 0.8  # headings and text hang from the right margin
    assert left > width * 0.1  # and stop short of the left margin (nothing is laid out left to right)
