"""No guideline view serves markup that runs, whatever an editor (or an old edition) stored in a section.

Every field of every block a section can hold gets each payload of tests.guidelines.xss; every route of the
guideline page (walked from its router, so a new route is covered) and the admin's preview, revision and compare
views are read for editions frozen now and for editions frozen before sanitizing existed (stored unsanitized).
Each page is compared with the same page built from plain words: it must run nothing more and lose nothing it had.
"""

import pytest

from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.urls import reverse

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from guidelines.blocks import SectionBlock
from guidelines.models import GuidelineEdition, GuidelinePage
from guidelines.snapshot import SANITIZED_WITH, freeze_page
from portal.roles import Role
from tests.guidelines import factories
from tests.guidelines.admin_forms import staff_member
from tests.guidelines.xss import (
    LEGITIMATE_NOTE,
    LEGITIMATE_RICH_TEXT,
    LEGITIMATE_TEXT,
    PAYLOADS,
    features_changed,
    fill,
    leaf_filler,
    sanitizing_off,
    subtree,
    what_runs,
)
from tests.portal.factories import CountryFactory

pytestmark = pytest.mark.django_db

PLAIN_HTML = "<p>Plain words.</p>"
LEGIT_ANCHOR = "s-legit1"
ROUTE_ARGUMENTS = {"label": "1.0"}
# Query strings that make a route render more (a country's notes, two editions side by side).
ROUTE_QUERIES = {
    "current_edition": ["", "?country=EG"],
    "edition_detail": ["", "?country=NE"],
    "compare": ["?from=1.0&to=2.0"],
    "country_notes": ["?country=EG&country=NE"],
}


def _media(title: str):
    document = Document.objects.create(title=title, file=ContentFile(b"%PDF-1.4\n", name="form.pdf"))
    image = Image.objects.create(title=title, file=get_test_image_file())
    return document, image


def _legitimate_section(*, document, image, target) -> dict:
    value = fill(
        SectionBlock(), leaf_filler(LEGITIMATE_TEXT, LEGITIMATE_RICH_TEXT, document=document, image=image, page=target)
    )
    value.update(heading="Identification", level="1", anchor=LEGIT_ANCHOR)
    value["country_notes"] = [{"country": "EG", "text": LEGITIMATE_NOTE}]
    for child in value["content"]:
        if child["type"] == "callout":
            child["value"]["tone"] = "warning"
        if child["type"] == "cross_reference":
            child["value"]["anchor"] = "s-refer1"
    return {"type": "section", "value": value}


def _sections(values: list[str], *, media, legitimate_media, target) -> list[dict]:
    """The legitimate section, then one section per value with that value in every field and note."""
    document, image = legitimate_media
    sections = [_legitimate_section(document=document, image=image, target=target)]
    document, image = media
    for number, value in enumerate(values):
        section = fill(SectionBlock(), leaf_filler(value, value, document=document, image=image, page=target))
        section["anchor"] = f"s-x{number:03d}"
        section["country_notes"] = [{"country": "EG", "text": value}, {"country": "NE", "text": value}]
        sections.append({"type": "section", "value": section})
    return sections


def _guideline(slug: str, values: list[str], *, media, legitimate_media, frozen_before_sanitizing: bool):
    """A guideline with editions 1.0 and 2.0 (2.0 in reverse order, so compare has moves and changes)."""
    target = GuidelinePage.objects.get(slug="cross-reference-target")
    sections = _sections(values, media=media, legitimate_media=legitimate_media, target=target)
    page = factories.guideline(title="Case management", slug=slug, sections=sections, label="1.0")
    page = factories.new_edition(page, sections=list(reversed(sections)), label="2.0")
    if frozen_before_sanitizing:
        for label, body in (("1.0", sections), ("2.0", list(reversed(sections)))):
            draft = GuidelinePage(title=page.title, summary=page.summary, body=body, locale=page.locale)
            with sanitizing_off():
                snapshot = freeze_page(draft)
            del snapshot[SANITIZED_WITH]  # as stored before sanitizing existed
            GuidelineEdition.objects.filter(guideline=page, label=label).update(snapshot=snapshot)
    return page


def _reader_urls(page) -> dict[str, str]:
    """Every GET route of the guideline page, from its router, with the query strings that show more."""
    urls = {}
    for pattern in page.get_subpage_urls():
        if pattern.name == "feedback":
            continue  # POST only: answers 405 to a GET, renders no section
        if pattern.name == "edition_pdf":
            continue  # not HTML: the same sanitized sections laid out by WeasyPrint, which runs no script
        arguments = {name: ROUTE_ARGUMENTS[name] for name in pattern.pattern.regex.groupindex}
        path = page.url + page.reverse_subpage(pattern.name, kwargs=arguments)
        for query in ROUTE_QUERIES.get(pattern.name, [""]):
            urls[f"{pattern.name}{query}"] = path + query
    return urls


def _pages(client, user, page, *, intro: str) -> dict[str, str]:
    """The guidelines index with `intro`, each reader route, the admin's revision preview and comparison, and
    Wagtail's preview panel."""
    index = factories.guidelines_index()
    index.intro = intro
    factories.publish(index)
    revision = page.latest_revision
    urls = {
        "guidelines index": index.url,
        **_reader_urls(page),
        "admin revision preview": reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        "admin revision compare": reverse(
            "wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", str(revision.pk)]
        ),
    }
    pages = {}
    for name, url in urls.items():
        response = client.get(url)
        assert response.status_code == 200, f"{name}: {url} answered {response.status_code}"
        pages[name] = response.content.decode()
    request = RequestFactory().get(page.url)
    request.user = user
    response = page.get_latest_revision_as_object().serve_preview(request, "")
    response.render()
    pages["admin preview panel"] = response.content.decode()
    return pages


@pytest.fixture
def editor():
    return staff_member(Role.EDITOR, "editor@example.org")


@pytest.fixture(autouse=True)
def countries_and_target():
    CountryFactory(code="EG", name_en="Egypt")
    CountryFactory(code="NE", name_en="Niger")
    factories.guideline(title="Referral", slug="cross-reference-target", sections=factories.numbered_sections(1))


@pytest.mark.parametrize("frozen_before_sanitizing", [False, True], ids=["frozen-now", "frozen-before-sanitizing"])
def test_no_guideline_view_serves_markup_that_runs_and_legitimate_text_reads_the_same(
    client, editor, frozen_before_sanitizing
):
    client.force_login(editor)
    legitimate_media = _media("Referral form")
    attacked = _guideline(
        "attacked",
        PAYLOADS,
        media=_media(PAYLOADS[0]),
        legitimate_media=legitimate_media,
        frozen_before_sanitizing=frozen_before_sanitizing,
    )
    plain = _guideline(
        "plain",
        [PLAIN_HTML] * len(PAYLOADS),
        media=_media("Referral form"),
        legitimate_media=legitimate_media,
        frozen_before_sanitizing=frozen_before_sanitizing,
    )

    attacked_pages = _pages(client, editor, attacked, intro="".join(PAYLOADS))
    plain_pages = _pages(client, editor, plain, intro=PLAIN_HTML * len(PAYLOADS))

    runnable = what_runs(attacked_pages)
    changed = features_changed(attacked_pages, plain_pages)
    compared = [name for name, html in plain_pages.items() if f'id="{LEGIT_ANCHOR}"' in html]
    different = [
        name
        for name in compared
        if subtree(attacked_pages[name].replace("/attacked/", "/plain/"), LEGIT_ANCHOR)
        != subtree(plain_pages[name], LEGIT_ANCHOR)
    ]
    assert len(attacked_pages) == 14 and len(compared) >= 8
    assert runnable == {}
    assert changed == {}
    assert different == []
