from io import StringIO

import pytest

from guidelines.demo import load_demo_content as load_guidelines_demo
from guidelines.diff import Change, compare_sections, words_diff
from portal.demo import load_demo_content as load_portal_demo
from tests.guidelines import factories


def S(anchor: str, heading: str, text: str) -> dict:
    """A frozen section as an edition stores it."""
    return {"anchor": anchor, "number": "", "heading": heading, "text": text, "html": "", "country_notes": {}}


def _statuses(old, new) -> dict[str, str]:
    return {diff.anchor: diff.status.value for diff in compare_sections(old, new)}


def test_compare_finds_added_removed_changed_and_unchanged_sections():
    old = [
        S("a", "Identification", "Screen every new arrival."),
        S("b", "Assessment", "Assess needs."),
        S("c", "Closure", "Close."),
    ]
    new = [
        S("a", "Identification", "Screen every new arrival."),
        S("b", "Assessment", "Assess needs and risks."),
        S("d", "Follow-up", "Follow up."),
    ]

    assert _statuses(old, new) == {"a": "unchanged", "b": "changed", "c": "removed", "d": "added"}


def test_compare_marks_a_section_moved_when_its_order_changes():
    old = [S("a", "One", "x"), S("b", "Two", "y"), S("c", "Three", "z")]
    new = [S("b", "Two", "y"), S("c", "Three", "z"), S("a", "One", "x")]

    assert _statuses(old, new) == {"a": "moved", "b": "unchanged", "c": "unchanged"}


def test_compare_keeps_removed_section_where_it_stood():
    old = [S("a", "One", "x"), S("b", "Two", "y"), S("c", "Three", "z")]
    new = [S("a", "One", "x"), S("c", "Three", "z")]

    assert [diff.anchor for diff in compare_sections(old, new)] == ["a", "b", "c"]


def test_words_diff_marks_inserted_and_deleted_words():
    html = words_diff("Refer within five days.", "Refer within ten working days.")

    assert html == "Refer within <del>five</del> <ins>ten working</ins> days."


def test_words_diff_escapes_markup_in_text():
    assert "&lt;script&gt;" in words_diff("safe", "<script>")


def test_renamed_section_is_changed_with_heading_diff():
    (diff,) = compare_sections([S("a", "Closure", "x")], [S("a", "Case closure", "x")])

    assert diff.status == Change.CHANGED
    assert diff.heading_html == "<del>Closure</del> <ins>Case closure</ins>"


@pytest.mark.django_db
def test_compare_view_shows_word_changes_between_editions(client):
    page = factories.guideline(sections=[factories.section("Referral", "Refer within five days.", anchor="s-refer1")])
    factories.new_edition(
        page, sections=[factories.section("Referral", "Refer within ten days.", anchor="s-refer1")], label="2.0"
    )

    html = client.get(f"{page.url}compare/?from=1.0&to=2.0").content.decode()

    assert "<del>five</del> <ins>ten</ins>" in html
    assert "1 changed" in html


@pytest.mark.django_db
def test_compare_edition_with_itself_says_no_differences(client):
    page = factories.guideline()

    html = client.get(f"{page.url}compare/?from=1.0&to=1.0").content.decode()

    assert "There are no differences between these editions." in html


@pytest.mark.django_db
def test_compare_unknown_edition_is_a_404_with_link_to_editions(client):
    page = factories.guideline()

    response = client.get(f"{page.url}compare/?from=1.0&to=7.0")

    assert response.status_code == 404
    assert f'href="{page.url}editions/"' in response.content.decode()


def test_renumbered_section_is_shown_changed_but_is_no_change_of_content():
    from guidelines.diff import changed_anchors

    old = [{**S("a", "One", "x"), "number": "1"}, {**S("b", "Two", "y"), "number": "2"}]
    new = [
        {**S("n", "New", "w"), "number": "1"},
        {**S("a", "One", "x"), "number": "2"},
        {**S("b", "Two", "y"), "number": "3"},
    ]

    diffs = {diff.anchor: diff for diff in compare_sections(old, new)}

    assert diffs["a"].status == Change.CHANGED and diffs["a"].renumbered
    assert changed_anchors(old, new) == {"n"}  # lessons are flagged for content, not for a new number


@pytest.mark.parametrize("tone_label", ["Warning", "Avertissement", "تحذير"])
def test_callout_label_stays_apart_from_its_text(tone_label):
    html = f'<p>Intro.</p><aside class="callout"><p class="callout__label">{tone_label}</p><p>If in doubt, refer.</p></aside>'
    old = [{**S("a", "One", ""), "html": "<p>Intro.</p>"}]
    new = [{**S("a", "One", ""), "html": html}]

    diff = compare_sections(old, new)[0]

    assert f"{tone_label}</ins><br><ins>If" in diff.text_html or f"{tone_label}<br>If" in diff.text_html
    assert f"{tone_label} If" not in diff.text_html
    assert f"{tone_label} If" not in diff.whole_text_html


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "warning"), [("en", "Warning"), ("fr", "Avertissement")])
def test_demo_compare_page_keeps_callout_labels_apart_and_shows_renumbered_sections(client, language, warning):
    """The reported page: French 1.0 → 2.1 ran "Avertissement" into its text and called a renumbered section unchanged."""
    load_portal_demo(stdout=StringIO())
    load_guidelines_demo(stdout=StringIO())

    html = client.get(f"/{language}/guidelines/case-management/compare/?from=1.0&to=2.1").content.decode()

    assert f"{warning}<br>" in html  # the label on its own line, its text on the next
    assert f"{warning} Si" not in html and f"{warning} If" not in html
    identification = html[: html.index("Identification", html.index("<main"))].rsplit("<li", 1)[-1]
    assert "compare-item--changed" in identification  # section 2 became 3: not "unchanged"
    assert "<del>2</del> <ins>3</ins>" in identification
