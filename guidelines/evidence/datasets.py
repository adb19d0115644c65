"""Data files read as tables: a first column of labels (countries or periods), then one numeric column per series.

Person-level counts below the minimum cell size (EVIDENCE_MIN_CELL_SIZE) are suppressed everywhere the table
goes: the chart, the table beside it and the CSV a reader downloads.
"""

import csv
import io
import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from portal.spreadsheets import csv_writer

from .uploads import content_check, read_upload

MAX_ROWS = 500
MAX_SERIES = 12
PERIOD_HEADERS = {"period", "year", "date", "month", "quarter", "période", "année", "الفترة", "السنة"}
_PERIOD_VALUE = re.compile(r"^\d{4}([-/]\d{1,2}([-/]\d{1,2})?|[-\s]?(Q|T)[1-4]|[-\s]?S[12])?$", re.I)


@dataclass(frozen=True)
class Table:
    label_heading: str
    labels: list[str]
    series: list[str]
    values: list[list[float | None]]  # values[row][series]; None: missing or suppressed
    suppressed: int = 0  # how many cells were hidden as too small

    @property
    def is_time_series(self) -> bool:
        if self.label_heading.strip().casefold() in PERIOD_HEADERS:
            return True
        return bool(self.labels) and all(_PERIOD_VALUE.match(label.strip()) for label in self.labels)


def _number(raw: str) -> float | None:
    text = raw.strip().replace("\u202f", "").replace("\xa0", "").replace(",", "").rstrip("%")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(_("“%(value)s” is not a number.") % {"value": raw[:40]}) from None


def parse_table(text: str) -> Table:
    """The table in CSV `text`; ValidationError with the reason when it is not one we can chart."""
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if len(rows) < 2 or len(rows[0]) < 2:
        raise ValidationError(_("A data file needs a heading row and at least one row of figures, in two columns."))
    if len(rows) - 1 > MAX_ROWS or len(rows[0]) - 1 > MAX_SERIES:
        raise ValidationError(
            _("A data file can have at most %(rows)s rows and %(series)s columns of figures.")
            % {"rows": MAX_ROWS, "series": MAX_SERIES}
        )
    heading, *series = (cell.strip() for cell in rows[0])
    labels, values = [], []
    for row in rows[1:]:
        cells = [*row, *[""] * len(series)][: len(series) + 1]
        labels.append(cells[0].strip())
        values.append([_number(cell) for cell in cells[1:]])
    return Table(label_heading=heading, labels=labels, series=series, values=values)


def suppress_small_cells(table: Table, *, min_cell_size: int | None = None) -> Table:
    """The table with counts greater than zero and below the minimum cell size hidden."""
    limit = settings.EVIDENCE_MIN_CELL_SIZE if min_cell_size is None else min_cell_size
    hidden = 0
    values = []
    for row in table.values:
        kept = []
        for value in row:
            if value is not None and 0 < value < limit:
                kept.append(None)
                hidden += 1
            else:
                kept.append(value)
        values.append(kept)
    return Table(table.label_heading, table.labels, table.series, values, suppressed=table.suppressed + hidden)


def table_csv(table: Table, *, into=None):
    """The table written back as CSV (suppressed cells empty) into `into` (a response), or returned as text."""
    out = into if into is not None else io.StringIO()
    writer = csv_writer(out)  # a label a spreadsheet would run as a formula gets a leading apostrophe
    writer.writerow([table.label_heading, *table.series])
    for label, row in zip(table.labels, table.values, strict=True):
        writer.writerow([label, *("" if value is None else _plain(value) for value in row)])
    return out if into is not None else out.getvalue()


def _plain(value: float) -> int | float:
    """Whole numbers without '.0'; numbers stay numbers, so a negative one is never taken for a formula."""
    return int(value) if value == int(value) else value


def read_table(data_file) -> Table:
    with data_file.file.open("rb") as handle:
        text = handle.read(settings.EVIDENCE_CSV_MAX_BYTES + 1).decode("utf-8-sig", errors="replace")
    table = parse_table(text)
    return suppress_small_cells(table) if data_file.person_level else table


def csv_check(upload) -> None:
    """Refuses a data file that is too big, not UTF-8 CSV, or not a table of figures."""
    content = read_upload(upload, max_bytes=settings.EVIDENCE_CSV_MAX_BYTES)
    content_check(".csv", content)
    parse_table(content.decode("utf-8-sig"))
