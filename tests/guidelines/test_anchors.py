import pytest

from tests.guidelines import factories

pytestmark = pytest.mark.django_db


def _anchors(page) -> dict[str, str]:
    return {child.value["heading"]: child.value["anchor"] for child in page.body}


def test_sections_get_an_anchor_on_first_save():
    page = factories.guideline(
        sections=[factories.section("Identification", "Text."), factories.section("Assessment", "Text.")]
    )

    anchors = list(_anchors(page).values())

    assert all(anchor.startswith("s-") for anchor in anchors)
    assert len(set(anchors)) == 2


def test_anchor_survives_rename_and_reorder():
    page = factories.guideline(
        sections=[factories.section("Identification", "One."), factories.section("Assessment", "Two.")]
    )
    before = _anchors(page)

    raw = list(reversed(page.body.raw_data))
    raw[1]["value"]["heading"] = "Identification and first contact"
    page = factories.new_edition(page, sections=raw, label="1.1")

    after = _anchors(page)
    assert after["Identification and first contact"] == before["Identification"]
    assert after["Assessment"] == before["Assessment"]
    assert [child.value["heading"] for child in page.body] == ["Assessment", "Identification and first contact"]


def test_duplicated_section_gets_its_own_anchor():
    page = factories.guideline(
        sections=[
            factories.section("Referral", "One.", anchor="s-same01"),
            factories.section("Referral (copy)", "One.", anchor="s-same01"),
        ]
    )

    anchors = _anchors(page)

    assert anchors["Referral"] == "s-same01"
    assert anchors["Referral (copy)"] != "s-same01"


def test_permalink_of_renamed_section_still_resolves_in_current_edition(client):
    page = factories.guideline(sections=[factories.section("Closure", "Close the case.")])
    anchor = page.body[0].value["anchor"]
    raw = page.body.raw_data
    raw[0]["value"]["heading"] = "Case closure"
    page = factories.new_edition(page, sections=list(raw), label="2.0")

    html = client.get(page.url).content.decode()

    assert f'id="{anchor}"' in html
    assert "Case closure" in html
