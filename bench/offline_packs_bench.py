"""Edition PDFs and field packs, each figure printed beside its goal.

- PDF of a 60-section edition made once in <= 10 s, then served from storage (English and Arabic);
- the Arabic PDF's text, read back by poppler's pdftotext, in reading order;
- the demo's largest country pack <= 2 MB; the delta after one new edition <= 10 % of the pack.

Run: PORTAL_VAR_DIR=/tmp/bench-var DJANGO_SETTINGS_MODULE=portal.settings.test .venv/bin/python bench/offline_packs_bench.py
It builds its own throw-away database (or uses DATABASE_URL) and loads the demo content into it.
"""

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

from django.test.utils import setup_test_environment  # noqa: E402

SECTIONS = 60
PARAGRAPH = (
    "Caseworkers agree the case plan with the person: each goal names the action, who does it and by when. "
    "Review the plan at every follow-up visit and whenever the person's situation changes, and record the reason. "
)
BIDI_CONTROLS = {chr(code) for code in range(0x202A, 0x202F)} | {"\u200e", "\u200f"}
ARABIC = "يتفق الأخصائي مع الشخص على خطة الحالة، ويحدد كل هدف الإجراء ومن يقوم به ومتى. "


def _sixty_sections(text: str) -> list[dict]:
    from tests.guidelines import factories

    return [
        factories.section(
            f"Section {n}" if text == PARAGRAPH else f"القسم {n}",
            text * 4,
            anchor=f"s-p{n:04d}",
            level="2" if n % 4 else "1",
            notes={"ML": f"<p>{text}</p>"} if n % 6 == 0 else None,
        )
        for n in range(1, SECTIONS + 1)
    ]


def bench_pdf() -> None:
    from django.test import Client

    from guidelines import pdf_files
    from tests.guidelines import factories

    page = factories.guideline(slug="bench-pdf", sections=_sixty_sections(PARAGRAPH))
    arabic = factories.translate(page, "ar", title="مبادئ إدارة الحالات", sections=_sixty_sections(ARABIC))
    one = factories.guideline(slug="bench-pdf-floor", sections=_sixty_sections(PARAGRAPH)[:1])
    start, cpu = time.perf_counter(), time.process_time()
    pdf_files.make_edition_pdf.call(edition_id=one.editions.get().pk)
    floor, floor_cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"floor, same run: a 1-section edition's PDF made in {floor:.2f} s, {floor_cpu:.2f} s of CPU "
        "(WeasyPrint's fixed cost on this machine now)"
    )
    client = Client()
    for name, guideline in (("English", page), ("Arabic", arabic)):
        edition = guideline.editions.get()
        start, cpu = time.perf_counter(), time.process_time()
        pdf_files.make_edition_pdf.call(edition_id=edition.pk)
        made, made_cpu = time.perf_counter() - start, time.process_time() - cpu
        start = time.perf_counter()
        response = client.get(f"{guideline.url}editions/1.0/pdf/")
        body = b"".join(response.streaming_content)
        served = time.perf_counter() - start
        print(
            f"PDF, {SECTIONS} sections, {name}: made once in {made:.2f} s, {made_cpu:.2f} s of CPU (goal <= 10 s), then served from storage "
            f"in {served * 1000:.0f} ms; {len(body) // 1024} KB"
        )
        if name == "Arabic":
            with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
                file.write(body)
                file.flush()
                text = subprocess.run(["pdftotext", file.name, "-"], capture_output=True, text=True).stdout
            # Word order is what a reader (or a search) needs; pdftotext sticks "،" and "." to the next word.
            plain = "".join(char for char in text if char not in BIDI_CONTROLS | {"،", "."})
            in_order = " ".join(ARABIC.replace("،", "").replace(".", "").split()) in " ".join(plain.split())
            print(f"Arabic PDF read back by pdftotext in reading order: {'yes' if in_order else 'NO'} (goal: yes)")


def bench_packs() -> None:
    import zipfile

    from django.core.management import call_command

    from portal.models import Country
    from portal.offline_packs.packs import current_manifest, pack_archive, pack_delta
    from tests.guidelines import factories

    call_command("load_demo_content", stdout=io.StringIO())
    call_command("build_offline_packs", stdout=io.StringIO())
    sizes = []
    for country in Country.objects.programme():
        for language in ("en", "fr", "ar"):
            manifest = current_manifest(country=country.code, language=language)
            with pack_archive(country=country.code, language=language, manifest=manifest) as stored:
                sizes.append((len(stored.read()), country.code, language, len(manifest["items"])))
    size, code, language, items = max(sizes)
    print(f"largest demo pack: {code} {language}, {items} files, {size / 1024:.0f} KB (goal <= 2048 KB)")

    from guidelines.models import GuidelinePage

    guideline = GuidelinePage.objects.live().public().filter(locale__language_code=language).first()
    body = guideline.body.raw_data
    first = next(block for block in body if block["type"] == "section")
    first["value"]["content"] = [{"type": "text", "value": "<p>Reworded for the bench: a new edition.</p>"}]
    factories.new_edition(guideline, sections=list(body), label="bench-2")
    call_command("build_offline_packs", "--language", language, stdout=io.StringIO())
    manifest = current_manifest(country=code, language=language)
    delta = pack_delta(country=code, language=language, manifest=manifest, since=manifest["version"] - 1)
    with pack_archive(country=code, language=language, manifest=manifest) as stored:
        full = len(stored.read())
    with zipfile.ZipFile(io.BytesIO(delta)) as archive:
        names = len(archive.namelist())
        for info in archive.infolist():
            print(f"  in the delta: {info.filename} {info.compress_size} bytes zipped ({info.file_size} plain)")
    print(
        f"delta after one new edition of “{guideline.title}”: {len(delta) / 1024:.0f} KB, {names} files, "
        f"{100 * len(delta) / full:.1f} % of the {full / 1024:.0f} KB pack (goal <= 10 %)"
    )


if __name__ == "__main__":
    from django.conf import settings
    from django.test.utils import get_runner

    setup_test_environment()
    settings.MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="bench-media-")) / "media"
    runner = get_runner(settings)(verbosity=0, interactive=False)
    old_config = runner.setup_databases()
    try:
        print(f"machine load: {os.getloadavg()[0]:.2f} (1 min), {os.cpu_count()} cores")
        bench_packs()  # on the demo content alone, before the PDF bench adds its 60-section guidelines
        bench_pdf()
    finally:
        runner.teardown_databases(old_config)
