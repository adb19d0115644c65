"""Freezing a guideline's sections into plain data: what an edition stores, its HTML sanitized, for readers."""

import re
from html import unescape

from django.utils import translation
from django.utils.safestring import mark_safe

from portal.sanitize import ALLOW_LIST_VERSION, sanitize_rich_text

NUMBER_SEPARATOR = "."
SANITIZED_WITH = "sanitized_with"  # the allow-list version the snapshot's HTML was sanitized with, when it was
_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")


def html_to_text(html: str) -> str:
    """Plain words of rendered HTML, for word-level comparison and search."""
    return _SPACES.sub(" ", unescape(_TAGS.sub(" ", html))).strip()


def section_numbers(levels: list[str]) -> list[str]:
    """'1', '2', '2.1', '2.2', '3' from section levels; a leading sub-section counts under section 0."""
    numbers, major, minor = [], 0, 0
    for level in levels:
        if level == "2":
            minor += 1
            numbers.append(f"{major}{NUMBER_SEPARATOR}{minor}")
        else:
            major, minor = major + 1, 0
            numbers.append(str(major))
    return numbers


def evidence_cited(content) -> list[dict]:
    """The evidence a section's content cites, as ids: shown to each reader as they may see it, never frozen into
    the section's HTML (a members-only item's title must not reach readers of a public guideline)."""
    return [
        {"item_id": child.value["item"].pk, "pdf_page": child.value["pdf_page"]}
        for child in content
        if child.block_type == "evidence" and child.value["item"] is not None
    ]


def freeze_sections(page) -> list[dict]:
    """The page's current body as a list of section dicts, rendered in the page's own language."""
    sections = [child.value for child in page.body if child.block_type == "section"]
    numbers = section_numbers([section.get("level") or "1" for section in sections])
    frozen = []
    with translation.override(page.locale.language_code):
        for number, section in zip(numbers, sections, strict=True):
            html = sanitize_rich_text(section["content"].render_as_block()) if section["content"] else ""
            notes = {}
            for note in section["country_notes"]:
                notes[note["country"]] = notes.get(note["country"], "") + str(note["text"])
            notes = {code: sanitize_rich_text(note) for code, note in notes.items()}
            frozen.append(
                {
                    "anchor": section["anchor"],
                    "number": number,
                    "level": section.get("level") or "1",
                    "heading": section["heading"],
                    "html": html,
                    "text": html_to_text(html),
                    "country_notes": notes,
                    "evidence": evidence_cited(section["content"]),
                }
            )
    return frozen


def freeze_page(page) -> dict:
    """Everything an edition needs to be read without touching the live page again."""
    return {
        "title": page.title,
        "summary": page.summary,
        "language": page.locale.language_code,
        "sections": freeze_sections(page),
        SANITIZED_WITH: ALLOW_LIST_VERSION,
    }


def served_sections(snapshot: dict) -> list[dict]:
    """The stored sections as readers get them. HTML sanitized at freeze time with the current allow-list is
    served as stored; older snapshots (frozen before sanitizing existed) are sanitized on the way out, so they read
    the same and keep their anchors while the stored row never changes."""
    safe = mark_safe if snapshot.get(SANITIZED_WITH) == ALLOW_LIST_VERSION else sanitize_rich_text
    return [
        {
            **section,
            "html": safe(section.get("html", "")),
            "country_notes": {code: safe(note) for code, note in section.get("country_notes", {}).items()},
            "evidence": section.get("evidence", []),  # editions frozen before sections cited evidence have none
        }
        for section in snapshot.get("sections", [])
    ]
