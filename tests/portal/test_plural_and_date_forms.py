"""Counts use plural forms (Arabic has six) and dates use formats that read right in French ("1 déc. 2026"):
checked over every template and Python module, so a new count or date written the old way fails here."""

import re
from pathlib import Path

import pytest

from django.conf import settings
from django.utils import dateformat, translation

ROOT = Path(settings.BASE_DIR)
TEMPLATES = sorted((ROOT / "templates").rglob("*.html")) + sorted((ROOT / "templates").rglob("*.txt"))
MODULES = [path for app in ("portal", "forum", "guidelines", "search") for path in sorted((ROOT / app).rglob("*.py"))]
# A number followed by a counted English noun: "{{ total }} lessons", "%(count)s topics".
NOUNS = (
    "lessons|topics|posts|replies|results|attempts|members|characters|seconds|minutes|hours|days|sections|courses|"
    "learners|modules|questions|flags|countries|items|files|searches|times|megapixels|completions|changes|codes|"
    "matches|people|views"
)
COUNTED = re.compile(
    rf"(?:\{{\{{ *\w+ *\}}\}}|%\(\w+\)[sd]) (?:of (?:\{{\{{ *\w+ *\}}\}}|%\(\w+\)[sd]) )?(?:{NOUNS})\b"
)
BLOCK = re.compile(r"\{% blocktranslate([^%]*)%\}(.*?)\{% endblocktranslate %\}", re.S)
GETTEXT_CALL = re.compile(r"""\b_\(\s*(["'])(.*?)\1\s*\)""", re.S)


def test_counts_in_templates_use_blocktranslate_count():
    offenders = [
        f"{path.relative_to(ROOT)}: {body.strip()[:80]}"
        for path in TEMPLATES
        for options, body in BLOCK.findall(path.read_text(encoding="utf-8"))
        if COUNTED.search(body) and " count " not in f" {options} "
    ]
    assert not offenders, "\n".join(offenders)


def test_counts_in_python_use_ngettext():
    offenders = [
        f"{path.relative_to(ROOT)}: {text[:80]}"
        for path in MODULES
        for _quote, text in GETTEXT_CALL.findall(path.read_text(encoding="utf-8"))
        if COUNTED.search(text)
    ]
    assert not offenders, "\n".join(offenders)


def test_no_template_formats_dates_with_the_three_letter_month():
    """`M` renders "Déc" and "Jui" (June and July alike) in French; `N` renders "déc.", "juin", "juil."."""
    formats = [
        (path, fmt)
        for path in TEMPLATES
        for fmt in re.findall(r'\|date:"([^"]*)"', path.read_text(encoding="utf-8"))
        if not re.fullmatch(r"[A-Z_]+", fmt)  # DATE_FORMAT and the like: the locale's own formats
    ]
    offenders = [f"{path.relative_to(ROOT)}: {fmt}" for path, fmt in formats if re.search(r"(?<!\\)[Mb]", fmt)]
    assert not offenders, "\n".join(offenders)


@pytest.mark.parametrize(("language", "expected"), [("fr", "1 déc. 2026"), ("en", "1 Dec. 2026")])
def test_short_dates_read_naturally(language, expected):
    import datetime

    with translation.override(language):
        assert dateformat.format(datetime.date(2026, 12, 1), "j N Y") == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [(1, "اكتمل 1 من درس واحد"), (2, "اكتمل 1 من درسين"), (5, "اكتمل 1 من 5 دروس"), (11, "اكتمل 1 من 11 درسًا")],
)
def test_arabic_lesson_progress_takes_the_plural_form_of_its_count(total, expected):
    """The reported "اكتمل 1 من 2 دروس": two lessons are a dual in Arabic, 3–10 a plural, 11–99 a singular accusative."""
    from django.template.loader import render_to_string

    with translation.override("ar"):
        html = render_to_string(
            "training/includes/progress.html", {"done": 1, "total": total, "percent": 100 // total, "label_id": "p"}
        )
    assert expected in html
