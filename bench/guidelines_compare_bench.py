"""Compare view of two 50-section guideline editions: prints the render time of /compare/ and of the diff alone.

Run: PORTAL_VAR_DIR=/tmp/bench-var DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/guidelines_compare_bench.py
It builds its own throw-away database (or uses DATABASE_URL) through Django's test runner utilities.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.test.utils import setup_test_environment  # noqa: E402

SECTIONS = int(os.environ.get("BENCH_SECTIONS", "50"))
RUNS = 7
PARAGRAPH = (
    "Caseworkers agree the case plan with the person: each goal names the action, who does it and by when. "
    "Review the plan at every follow-up visit and whenever the person's situation changes, and record the reason. "
)


def build_editions():
    from tests.guidelines import factories

    old = [
        factories.section(f"Section {n}", PARAGRAPH * 3 + f"Deadline {n} working days.", anchor=f"s-b{n:04d}")
        for n in range(SECTIONS)
    ]
    new = [dict(raw, value=dict(raw["value"])) for raw in old]
    for n, raw in enumerate(new):
        if n % 5 == 0:  # one in five reworded
            raw["value"]["content"] = [
                {"type": "text", "value": f"<p>{PARAGRAPH * 3}Deadline {n + 2} calendar days, never later.</p>"}
            ]
    new = new[2:] + new[:2]  # two moved to the end
    del new[10]  # one removed
    new.append(factories.section("New section", PARAGRAPH, anchor="s-bnew1"))  # one added
    page = factories.guideline(sections=old, label="1.0")
    return factories.new_edition(page, sections=new, label="2.0")


def main() -> None:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from guidelines.diff import compare_sections
    from guidelines.selectors import edition_by_label

    page = build_editions()
    client = Client()
    url = f"{page.url}compare/?from=1.0&to=2.0"
    client.get(url)  # warm caches and templates
    view_times, diff_times = [], []
    for _run in range(RUNS):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        view_times.append(time.perf_counter() - start)
        assert response.status_code == 200
    old, new = edition_by_label(page, "1.0"), edition_by_label(page, "2.0")
    for _run in range(RUNS):
        start = time.perf_counter()
        compare_sections(old.sections, new.sections)
        diff_times.append(time.perf_counter() - start)
    print(
        f"compare view, {SECTIONS} sections per edition, {connection.vendor}: median {statistics.median(view_times) * 1000:.1f} ms, "
        f"max {max(view_times) * 1000:.1f} ms, {len(queries)} queries, {len(response.content) // 1024} KB"
    )
    print(f"diff alone: median {statistics.median(diff_times) * 1000:.1f} ms")


if __name__ == "__main__":
    from django.conf import settings
    from django.test.utils import get_runner

    setup_test_environment()
    runner = get_runner(settings)(verbosity=0, interactive=False)
    old_config = runner.setup_databases()
    try:
        main()
    finally:
        runner.teardown_databases(old_config)
