"""Section functions an app would declare on its AppConfig (`country_page_sections`), for the registry tests."""

from pathlib import Path

TEMPLATE_DIR = Path(__file__).parent / "templates"


def evidence_like(*, country_code: str, request) -> dict | None:
    """As the evidence library declares it: order 10, before every other section."""
    return {
        "title": "Latest evidence",
        "template": "test_countries/section.html",
        "context": {"marker": "zqregistryevidence", "country_code": country_code},
        "order": 10,
    }


def nothing_here(*, country_code: str, request) -> dict | None:
    return None


def last_words(*, country_code: str, request) -> dict | None:
    return {
        "title": "Last words",
        "template": "test_countries/section.html",
        "context": {"marker": "zqregistrylast", "country_code": country_code},
        "order": 99,
    }


def incomplete(*, country_code: str, request) -> dict | None:
    return {"title": "No template", "context": {}, "order": 1}
