"""Datasets drawn as SVG on the server: the chart's kind follows the data, it names itself, Arabic runs right to left,
and person-level counts below the minimum cell size are hidden everywhere the table goes."""

import xml.etree.ElementTree as ET

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from guidelines.evidence.charts import chart_svg
from guidelines.evidence.datasets import parse_table, suppress_small_cells, table_csv

SVG = "{http://www.w3.org/2000/svg}"
BY_PERIOD = "Period,Guinea,Morocco\n2022,41,48\n2023,47,52\n2024,55,58\n"
BY_COUNTRY = "Country,Returnees\nGuinea,120\nMali,80\nNiger,3\n"


def _svg(csv: str, *, rtl: bool = False) -> ET.Element:
    return ET.fromstring(chart_svg(table=parse_table(csv), title="Outcomes", description="Three years", rtl=rtl))


def test_a_period_axis_draws_lines_and_other_labels_draw_bars():
    by_period, by_country = _svg(BY_PERIOD), _svg(BY_COUNTRY)
    assert len(by_period.findall(f"{SVG}polyline[@class='line']")) == 2
    assert not by_period.findall(f"{SVG}rect[@class='bar']")
    assert len(by_country.findall(f"{SVG}rect[@class='bar']")) == 3
    assert not by_country.findall(f"{SVG}polyline")


def test_the_chart_names_itself_for_screen_readers():
    svg = _svg(BY_PERIOD)
    assert svg.get("role") == "img"
    assert svg.find(f"{SVG}title").text == "Outcomes"
    assert svg.find(f"{SVG}desc").text == "Three years"


def test_an_arabic_chart_puts_the_first_label_on_the_right():
    def label_positions(svg):
        return {text.text: float(text.get("x")) for text in svg.findall(f"{SVG}text") if text.text in ("2022", "2024")}

    ltr, rtl = label_positions(_svg(BY_PERIOD)), label_positions(_svg(BY_PERIOD, rtl=True))
    assert ltr["2022"] < ltr["2024"]
    assert rtl["2022"] > rtl["2024"]
    assert any(text.get("direction") == "rtl" for text in _svg(BY_PERIOD, rtl=True).findall(f"{SVG}text"))


def test_labels_are_escaped():
    markup = chart_svg(table=parse_table('Country,N\n"<script>x</script>",5\n'), title="<b>", description="&")
    assert "<script>" not in markup and "<b>" not in markup
    ET.fromstring(markup)


def test_small_person_counts_are_hidden_in_the_table_and_the_download():
    table = suppress_small_cells(parse_table(BY_COUNTRY), min_cell_size=5)
    assert table.values == [[120.0], [80.0], [None]]
    assert table.suppressed == 1
    assert table_csv(table).splitlines()[-1] == "Niger,"
    bars = ET.fromstring(chart_svg(table=table, title="t", description="d")).findall(f"{SVG}rect[@class='bar']")
    assert [bar.find(f"{SVG}title").text for bar in bars] == ["Guinea, Returnees: 120", "Mali, Returnees: 80"]


def test_a_download_defuses_spreadsheet_formulas():
    assert "'=HYPERLINK" in table_csv(parse_table('Country,N\n"=HYPERLINK(1)",5\n'))


@pytest.mark.parametrize(
    "csv, reason",
    [
        ("only a heading\n", "heading row"),
        ("Country,N\nGuinea,many\n", "not a number"),
        ("Country," + ",".join(f"s{n}" for n in range(20)) + "\nGuinea" + ",1" * 20 + "\n", "at most"),
    ],
)
def test_a_data_file_that_cannot_be_charted_says_why(csv, reason):
    # In English whatever language an earlier test of the same worker left active.
    with translation.override("en"), pytest.raises(ValidationError) as error:
        parse_table(csv)
    assert reason in " ".join(error.value.messages)
