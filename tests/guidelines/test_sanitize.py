"""The rich-text allow-list: every payload comes out inert, what editors write comes out as it went in, and the
guideline and training templates have no way left to print stored HTML unsanitized."""

import re
from pathlib import Path

import pytest

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from guidelines.blocks import SectionBlock
from guidelines.models import GuidelineEdition, GuidelinePage
from guidelines.snapshot import SANITIZED_WITH, freeze_page
from portal.sanitize import ALLOW_LIST_VERSION, sanitize_rich_text
from tests.guidelines import factories
from tests.guidelines.xss import (
    LEGITIMATE_NOTE,
    LEGITIMATE_RICH_TEXT,
    LEGITIMATE_TEXT,
    PAYLOADS,
    canonical,
    fill,
    leaf_filler,
    page_features,
    runnable_markup,
    sanitizing_off,
)

ROOT = Path(__file__).resolve().parents[2]
RICH_TEXT_TEMPLATES = [ROOT / "templates" / folder for folder in ("guidelines", "training", "blocks")]
# Ways a template prints a value without escaping it; rich text goes through |sanitized_richtext instead.
UNESCAPED = re.compile(r"\|\s*safe\b|\|\s*richtext\b|{%\s*autoescape\s+off|\|\s*safeseq\b")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_comes_out_inert(payload):
    html = sanitize_rich_text(f"<p>Before</p>{payload}<p>After</p>")

    assert runnable_markup(html) == []
    assert page_features(html) == {}
    assert html.startswith("<p>Before</p>")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sanitizing_twice_changes_nothing(payload):
    once = sanitize_rich_text(payload)

    assert sanitize_rich_text(once) == once


@pytest.mark.parametrize("html", [LEGITIMATE_RICH_TEXT, LEGITIMATE_NOTE], ids=["section text", "country note"])
def test_what_editors_write_comes_out_as_it_went_in(html):
    assert canonical(sanitize_rich_text(html)) == canonical(html)


@pytest.mark.django_db
def test_every_block_a_section_holds_is_frozen_as_it_renders():
    """Headings, lists, links, callouts, checklists, procedures, tables, images, documents, cross-references, ids."""
    target = factories.guideline(slug="referral")
    document = Document.objects.create(title="Referral form", file=ContentFile(b"%PDF-1.4\n", name="form.pdf"))
    image = Image.objects.create(title="Referral pathway", file=get_test_image_file())
    value = fill(
        SectionBlock(), leaf_filler(LEGITIMATE_TEXT, LEGITIMATE_RICH_TEXT, document=document, image=image, page=target)
    )
    value.update(level="1", anchor="s-legit1", country_notes=[{"country": "EG", "text": LEGITIMATE_NOTE}])
    draft = GuidelinePage(title="Case management", body=[{"type": "section", "value": value}], locale=target.locale)

    with sanitizing_off():
        as_rendered = freeze_page(draft)["sections"][0]
    frozen = freeze_page(draft)["sections"][0]

    assert {child["type"] for child in value["content"]} >= {"text", "callout", "checklist", "table", "image"}
    assert canonical(frozen["html"]) == canonical(as_rendered["html"])
    assert canonical(frozen["country_notes"]["EG"]) == canonical(LEGITIMATE_NOTE)
    assert frozen["text"] == as_rendered["text"]


@pytest.mark.django_db
def test_an_edition_frozen_now_is_stored_sanitized_and_served_as_stored():
    payload = "<script>alert(1)</script>"
    page = factories.guideline(
        sections=[
            factories.section("Referral", f"Refer with consent.{payload}", anchor="s-refer1", notes={"EG": payload})
        ]
    )
    edition = GuidelineEdition.objects.get(guideline=page)

    stored = edition.snapshot["sections"][0]

    assert edition.snapshot[SANITIZED_WITH] == ALLOW_LIST_VERSION
    assert "script" not in stored["html"] and "alert" not in stored["text"] and stored["country_notes"] == {"EG": ""}
    assert [section["html"] for section in edition.served_sections] == [stored["html"]]


@pytest.mark.django_db
@pytest.mark.parametrize("version", [None, ALLOW_LIST_VERSION - 1], ids=["before sanitizing", "older allow-list"])
def test_an_edition_frozen_before_sanitizing_is_served_clean_and_kept_as_stored(version):
    page = factories.guideline(sections=[factories.section("Referral", "Refer with consent.", anchor="s-refer1")])
    stored = {
        "title": page.title,
        "language": "en",
        **({SANITIZED_WITH: version} if version is not None else {}),
        "sections": [
            {
                "anchor": "s-refer1",
                "number": "1",
                "level": "1",
                "heading": "Referral",
                "html": '<p id="s-step1">Refer <b>with consent</b>.</p><script>alert(1)</script>',
                "text": "Refer with consent.",
                "country_notes": {"EG": "<p onclick=alert(1)>Call the hotline.</p>"},
            }
        ],
    }
    GuidelineEdition.objects.filter(guideline=page).update(snapshot=stored)
    edition = GuidelineEdition.objects.get(guideline=page)

    served = edition.served_sections[0]

    assert served["html"] == '<p id="s-step1">Refer <b>with consent</b>.</p>'
    assert served["country_notes"] == {"EG": "<p>Call the hotline.</p>"}
    assert served["anchor"] == "s-refer1"
    assert GuidelineEdition.objects.get(pk=edition.pk).snapshot == stored


@pytest.mark.parametrize("folder", RICH_TEXT_TEMPLATES, ids=lambda folder: folder.name)
def test_no_template_prints_stored_html_unescaped(folder):
    templates = sorted(folder.rglob("*.html"))
    unescaped = {
        str(path.relative_to(ROOT)): UNESCAPED.findall(path.read_text(encoding="utf-8"))
        for path in templates
        if UNESCAPED.search(path.read_text(encoding="utf-8"))
    }

    assert templates
    assert unescaped == {}


def test_no_template_anywhere_prints_editor_rich_text_unsanitized():
    """Editors' rich text (Wagtail's |richtext) goes through the allow-list in every template of every app."""
    raw_richtext = re.compile(r"\|\s*richtext\b")
    offenders = sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "templates").rglob("*.html")
        if raw_richtext.search(path.read_text(encoding="utf-8"))
    )

    assert offenders == []
