"""Section-by-section comparison of two editions, with word-level insertions and deletions."""

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    MOVED = "moved"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class SectionDiff:
    anchor: str
    status: Change
    old: dict | None
    new: dict | None
    moved: bool = False  # also true for a changed section that moved
    renumbered: bool = False  # same anchor, another number (a section added or removed before it)
    heading_html: SafeString = mark_safe("")
    text_html: SafeString = mark_safe("")

    @property
    def changed_text(self) -> bool:
        return self.status == Change.CHANGED

    @property
    def whole_text_html(self) -> SafeString:
        """An added or removed section's words, line breaks kept."""
        section = self.new if self.new is not None else self.old
        return mark_safe(_joined(_words(compared_text(section))))


_WORD_OR_BREAK = re.compile(r"\n|[^\s]+")
_BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|aside|div|blockquote|tr)>|<br\s*/?>", re.IGNORECASE)
_TAGS = re.compile(r"<[^>]+>")


def _words(text: str) -> list[str]:
    return _WORD_OR_BREAK.findall(text)


def _joined(words: list[str]) -> str:
    return " ".join(escape(word) if word != "\n" else "<br>" for word in words).replace(" <br> ", "<br>")


def words_diff(old: str, new: str) -> SafeString:
    """Escaped `new` text with <del> for removed words and <ins> for inserted ones; line breaks kept as <br>."""
    old_words, new_words = _words(old), _words(new)
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    parts: list[str] = []
    for operation, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if operation == "equal":
            parts.append(_joined(new_words[new_start:new_end]))
            continue
        if operation in ("delete", "replace"):
            parts.append(f"<del>{_joined(old_words[old_start:old_end])}</del>")
        if operation in ("insert", "replace"):
            parts.append(f"<ins>{_joined(new_words[new_start:new_end])}</ins>")
    return mark_safe(" ".join(parts))


def compared_text(section: dict) -> str:
    """The section's words, one line per paragraph, list item or callout label (so "Warning" and the warning's
    first sentence stay apart); read from the frozen HTML, so editions frozen earlier compare the same way."""
    from html import unescape

    html = section.get("html")
    if not html:
        return section.get("text", "")
    lines = unescape(_TAGS.sub(" ", _BLOCK_END.sub("\n", html))).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


def _section_signature(section: dict) -> tuple:
    return (section["heading"], compared_text(section), tuple(sorted(section.get("country_notes", {}).items())))


def _moved_anchors(old_order: list[str], new_order: list[str]) -> set[str]:
    """Anchors kept in both editions that are not on the longest common ordering (they moved)."""
    common = set(old_order) & set(new_order)
    old_common = [anchor for anchor in old_order if anchor in common]
    new_common = [anchor for anchor in new_order if anchor in common]
    matcher = SequenceMatcher(None, old_common, new_common, autojunk=False)
    in_place = set()
    for block in matcher.get_matching_blocks():
        in_place.update(new_common[block.b : block.b + block.size])
    return common - in_place


def compare_sections(old_sections: list[dict], new_sections: list[dict]) -> list[SectionDiff]:
    """Every section of both editions, in the new edition's order, removed ones where they stood before."""
    old_by_anchor = {section["anchor"]: section for section in old_sections}
    new_by_anchor = {section["anchor"]: section for section in new_sections}
    moved = _moved_anchors(list(old_by_anchor), list(new_by_anchor))
    result: list[SectionDiff] = []
    for section in new_sections:
        anchor = section["anchor"]
        old = old_by_anchor.get(anchor)
        renumbered = old is not None and old.get("number") != section.get("number")
        if old is None:
            result.append(SectionDiff(anchor, Change.ADDED, None, section))
        elif renumbered or _section_signature(old) != _section_signature(section):
            result.append(
                SectionDiff(
                    anchor,
                    Change.CHANGED,
                    old,
                    section,
                    moved=anchor in moved,
                    renumbered=renumbered,
                    heading_html=words_diff(old["heading"], section["heading"]),
                    text_html=words_diff(compared_text(old), compared_text(section)),
                )
            )
        else:
            result.append(
                SectionDiff(
                    anchor, Change.MOVED if anchor in moved else Change.UNCHANGED, old, section, moved=anchor in moved
                )
            )
    for position, section in enumerate(old_sections):
        if section["anchor"] not in new_by_anchor:
            result.insert(min(position, len(result)), SectionDiff(section["anchor"], Change.REMOVED, section, None))
    return result


def changed_anchors(old_sections: list[dict], new_sections: list[dict]) -> set[str]:
    """Anchors whose content was added, removed or changed (a pure move or renumbering is not a change of content)."""
    return {
        diff.anchor
        for diff in compare_sections(old_sections, new_sections)
        if diff.status in (Change.ADDED, Change.REMOVED)
        or (diff.status == Change.CHANGED and _section_signature(diff.old) != _section_signature(diff.new))
    }
