import pytest

from guidelines.models import GuidelineEdition
from guidelines.models.editions import ImmutableEditionError
from tests.guidelines import factories
from tests.page_text import visible_text

pytestmark = pytest.mark.django_db


def _first_two_editions():
    page = factories.guideline(
        sections=[factories.section("Assessment", "Assess needs within five working days.", anchor="s-assess")]
    )
    return page, factories.new_edition(
        page,
        sections=[factories.section("Assessment", "Assess needs within ten working days.", anchor="s-assess")],
        label="2.0",
    )


def test_publishing_records_an_edition_with_label_date_and_note():
    page = factories.guideline(label="1.0", change_note="First edition.")

    edition = GuidelineEdition.objects.get(guideline=page)

    assert (edition.label, str(edition.effective_date), edition.change_note) == ("1.0", "2026-01-15", "First edition.")
    assert [section["number"] for section in edition.sections] == ["1", "2", "3"]


def test_old_edition_url_serves_its_text_byte_for_byte_after_a_new_edition(client):
    page = factories.guideline(
        sections=[factories.section("Assessment", "Assess needs within five working days.", anchor="s-assess")]
    )
    before = client.get(f"{page.url}editions/1.0/").content

    factories.new_edition(
        page,
        sections=[factories.section("Assessment", "Assess needs within ten working days.", anchor="s-assess")],
        label="2.0",
    )
    after = client.get(f"{page.url}editions/1.0/").content.decode()

    # Banners and "changed since" notes may be added around it; the frozen sections themselves are identical.
    article_before = before.decode().split('<div class="guideline__sections">')[1].split("</article>")[0]
    article_after = after.split('<div class="guideline__sections">')[1].split("</article>")[0]
    assert "five working days" in article_after
    assert "ten working days" not in article_after
    assert _without_section_status(article_after) == article_before


def _without_section_status(html: str) -> str:
    import re

    return re.sub(r'\s*<p class="section-status[^"]*">.*?</p>', "", html, flags=re.S)


def test_frozen_snapshot_is_unchanged_by_later_edits():
    page, _page = _first_two_editions()
    first = GuidelineEdition.objects.get(guideline=page, label="1.0")

    assert first.section("s-assess")["text"] == "Assess needs within five working days."


def test_edition_cannot_be_saved_again():
    page = factories.guideline()
    edition = GuidelineEdition.objects.get(guideline=page)
    edition.change_note = "Rewritten history"

    with pytest.raises(ImmutableEditionError):
        edition.save()


def test_current_page_shows_newest_edition_with_label_and_date(client):
    _page, page = _first_two_editions()

    text = visible_text(client.get(page.url).content.decode())

    assert "Edition 2.0" in text
    assert "ten working days" in text
    assert "1 June 2026" in text
    assert "superseded" not in text


def test_superseded_edition_shows_banner_with_link_to_changes(client):
    _page, page = _first_two_editions()

    html = client.get(f"{page.url}editions/1.0/").content.decode()

    assert "Edition 1.0 has been superseded by edition 2.0." in visible_text(html)
    assert f"{page.url}compare/?from=1.0&amp;to=2.0" in html


def test_superseded_section_says_it_changed_in_current_edition(client):
    _page, page = _first_two_editions()

    html = client.get(f"{page.url}editions/1.0/").content.decode()

    assert "This section changed in the current edition (2.0)." in visible_text(html)


def test_edition_list_shows_every_edition_with_change_note(client):
    _page, page = _first_two_editions()

    html = client.get(f"{page.url}editions/").content.decode()

    assert html.index("Edition 2.0") < html.index("Edition 1.0")
    assert "Revised." in html and "First edition." in html


def test_unknown_edition_is_a_404_with_a_link_to_the_editions(client):
    page = factories.guideline()

    response = client.get(f"{page.url}editions/9.9/")

    assert response.status_code == 404
    assert f'href="{page.url}editions/"' in response.content.decode()


def test_section_offers_a_citation_with_edition_number_and_permalink(client):
    page = factories.guideline(sections=[factories.section("Referral", "Refer with consent.", anchor="s-refer1")])

    html = client.get(page.url).content.decode()

    assert (
        "Case management principles and process, edition 1.0 (15 January 2026), §1 “Referral”. "
        f"http://testserver{page.url}editions/1.0/#s-refer1"
    ) in html.replace("&#x27;", "'").replace("&ldquo;", "“").replace("&rdquo;", "”")


def test_subsections_are_numbered_under_their_section(client):
    page = factories.guideline(
        sections=[
            factories.section("Referral", "Refer."),
            factories.section("Consent", "Ask.", level="2"),
            factories.section("Sharing", "Share.", level="2"),
            factories.section("Follow-up", "Follow."),
        ]
    )

    numbers = [section["number"] for section in GuidelineEdition.objects.get(guideline=page).sections]

    assert numbers == ["1", "1.1", "1.2", "2"]
