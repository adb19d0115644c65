"""Every CSV the portal writes goes through here, so that no cell is read as a formula by a spreadsheet program.

A cell whose text starts with = + - @ (or their full-width forms), a tab or a carriage return — also after
leading spaces — is prefixed with a single quote: Excel, LibreOffice and Google Sheets then show it as text
instead of running `=HYPERLINK(...)` or `=cmd|...`. Numbers and dates are left as they are.
Wagtail's own admin exports (reports, listings, form submissions) are guarded by `guard_wagtail_exports`.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """The value, with a quote in front when a spreadsheet would take it for a formula."""
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCsvWriter:
    """csv.writer's writerow/writerows, with every cell passed through `safe_cell`."""

    def __init__(self, file, **options):
        self._writer = csv.writer(file, **options)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_writer(file, **options) -> SafeCsvWriter:
    return SafeCsvWriter(file, **options)


def guard_wagtail_exports() -> None:
    """Wagtail's SpreadsheetExportMixin guards XLSX cells but writes CSV cells as they are: guard those too."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    def write_csv_row(self, writer, row_dict):
        return writer.writerow(
            {
                field: safe_cell(self.preprocess_field_value(field, value, self.FORMAT_CSV))
                for field, value in row_dict.items()
            }
        )

    SpreadsheetExportMixin.write_csv_row = write_csv_row
