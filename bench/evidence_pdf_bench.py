"""A 200-page PDF, from publish to searchable: prints the time beside the 30 s goal (issue 15).

Run: PORTAL_VAR_DIR=/tmp/bench-var .venv/bin/python bench/evidence_pdf_bench.py
The PDF is laid out by WeasyPrint at run time (not counted), with one word found only on page 137. The clock runs
from the publish of its item to the moment the database engine answers that word with that page: the text task
(django-tasks, immediate in these settings, as the embedded default runs it) and the index update after commit.
It builds a throw-away test database (SQLite, or DATABASE_URL).
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ["ELASTICSEARCH_URL"] = ""

import django  # noqa: E402

django.setup()

from django.test.utils import setup_test_environment  # noqa: E402

PAGES = int(os.environ.get("BENCH_PDF_PAGES", "200"))
GOAL_SECONDS = 30.0
MARKER_PAGE = 137
MARKER = "quetzalmarker"


def page_texts() -> list[str]:
    filler = (
        "Returnees in Conakry and Kindia describe the first months after return: housing, work, family, and the "
        "counsellor who visits. The reintegration outcomes index combines economic, social and psychosocial scores. "
    )
    return [
        f"Page {number}. {filler * 6}" + (f" The {MARKER} finding is on this page." if number == MARKER_PAGE else "")
        for number in range(1, PAGES + 1)
    ]


def main() -> None:
    from django.test import Client
    from django.test.utils import setup_databases, teardown_databases

    from guidelines.evidence.demo.pdfs import text_pdf
    from guidelines.evidence.models import EvidencePageText
    from tests.evidence.factories import evidence_index, make_item

    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        start = time.perf_counter()
        content = text_pdf(title="Reintegration outcomes: the long report", pages=page_texts())
        print(f"generated a {PAGES}-page PDF ({len(content) / 1024:.0f} KB) in {time.perf_counter() - start:.1f} s")
        evidence_index()
        start = time.perf_counter()
        item = make_item(title="Reintegration outcomes: the long report", pdf=content)
        published = time.perf_counter() - start
        response = Client().get("/api/search/", {"q": MARKER})
        hits = [hit for hit in response.json()["hits"] if hit["kind"] == "evidence"]
        searchable = time.perf_counter() - start
        pages = EvidencePageText.objects.filter(file__page=item).count()
        found = bool(hits) and hits[0]["url"].endswith(f"#page={MARKER_PAGE}")
        print(f"pages extracted and stored: {pages} of {PAGES}; publish + extraction + indexing {published:.1f} s")
        verdict = "meets" if found and searchable <= GOAL_SECONDS else "MISSES"
        print(
            f"publish to searchable (hit at #page={MARKER_PAGE}: {'yes' if found else 'NO'}): "
            f"{searchable:.1f} s, goal <= {GOAL_SECONDS:.0f} s: {verdict}"
        )
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
