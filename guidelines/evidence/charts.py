"""A dataset's table drawn as SVG on the server: a line chart along a period axis, bars otherwise.

Pure: a table in, markup out (no request, no database). The SVG names itself with <title> and <desc> and the
page puts the same figures in a table beside it. Arabic charts run right to left: the first label sits on the
right and labels are set in RTL, so the chart reads in the same direction as the page.
"""

from django.utils.html import escape

from .datasets import Table

WIDTH, HEIGHT = 640, 320
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_AXIS = 20, 60, 16, 56
COLOURS = ("#1f5f8b", "#c2571a", "#3d7d3a", "#7a4f9a", "#9a7b1f", "#5b6770")
MAX_LABEL_CHARACTERS = 18


def _nice_maximum(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** (len(str(int(value))) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _number(value: float) -> str:
    return f"{int(value):,}".replace(",", "\u202f") if value == int(value) else f"{value:.1f}"


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARACTERS else label[: MAX_LABEL_CHARACTERS - 1] + "…"


def chart_svg(*, table: Table, title: str, description: str, rtl: bool = False) -> str:
    """The chart of `table` as an SVG string, safe to put in a page (every text escaped)."""
    values = [value for row in table.values for value in row if value is not None]
    top = _nice_maximum(max(values, default=0))
    plot_left, plot_right = MARGIN_SIDE + (0 if rtl else MARGIN_AXIS), WIDTH - MARGIN_SIDE - (MARGIN_AXIS if rtl else 0)
    plot_top, plot_bottom = MARGIN_TOP, HEIGHT - MARGIN_BOTTOM
    count = max(len(table.labels), 1)
    slot = (plot_right - plot_left) / count

    def x_centre(index: int) -> float:
        position = index if not rtl else count - 1 - index
        return plot_left + slot * (position + 0.5)

    def y(value: float) -> float:
        return plot_bottom - (plot_bottom - plot_top) * value / top

    direction = ' direction="rtl"' if rtl else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="chart-title chart-desc" class="evidence-chart" font-family="sans-serif" font-size="12">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(description)}</desc>',
    ]
    axis_x = plot_right if rtl else plot_left
    anchor = "start" if rtl else "end"
    label_x = axis_x + 6 if rtl else axis_x - 6
    for step in range(5):
        value = top * step / 4
        parts.append(
            f'<line x1="{plot_left}" x2="{plot_right}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="#d0d4d8"/>'
            f'<text x="{label_x}" y="{y(value) + 4:.1f}" text-anchor="{anchor}">{_number(value)}</text>'
        )
    series_count = max(len(table.series), 1)
    if table.is_time_series:
        for series_index in range(len(table.series)):
            colour = COLOURS[series_index % len(COLOURS)]
            points = [
                (x_centre(row), y(values_row[series_index]))
                for row, values_row in enumerate(table.values)
                if values_row[series_index] is not None
            ]
            if points:
                path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
                parts.append(
                    f'<polyline class="line" points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"/>'
                )
                parts.extend(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{colour}"/>' for px, py in points)
    else:
        bar = slot * 0.8 / series_count
        for row, values_row in enumerate(table.values):
            for series_index, value in enumerate(values_row):
                if value is None:
                    continue
                offset = (series_index - series_count / 2) * bar * (-1 if rtl else 1)
                left = x_centre(row) + offset - (bar if rtl else 0)
                parts.append(
                    f'<rect class="bar" x="{left:.1f}" y="{y(value):.1f}" width="{bar:.1f}" height="{plot_bottom - y(value):.1f}" '
                    f'fill="{COLOURS[series_index % len(COLOURS)]}"><title>{escape(table.labels[row])}, '
                    f"{escape(table.series[series_index])}: {_number(value)}</title></rect>"
                )
    parts.append(f'<line x1="{plot_left}" x2="{plot_right}" y1="{plot_bottom}" y2="{plot_bottom}" stroke="#333"/>')
    for row, label in enumerate(table.labels):
        parts.append(
            f'<text x="{x_centre(row):.1f}" y="{plot_bottom + 18}" text-anchor="middle"{direction}>'
            f"{escape(_short(label))}</text>"
        )
    if len(table.series) > 1:
        for series_index, name in enumerate(table.series):
            legend_x = (WIDTH - MARGIN_SIDE - 140 * series_index - 12) if rtl else (MARGIN_SIDE + 140 * series_index)
            colour = COLOURS[series_index % len(COLOURS)]
            text_x = legend_x - 6 if rtl else legend_x + 16
            parts.append(
                f'<rect x="{legend_x:.1f}" y="{HEIGHT - 22}" width="12" height="12" fill="{colour}"/>'
                f'<text x="{text_x:.1f}" y="{HEIGHT - 12}" text-anchor="{"end" if rtl else "start"}"{direction}>'
                f"{escape(_short(name))}</text>"
            )
    parts.append("</svg>")
    return "".join(parts)
