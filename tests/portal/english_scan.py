"""Find English interface text left in a French or Arabic rendering, using the .po catalogues as the dictionary.

The English to look for is every msgid of the project's catalogue: an interface string of ours. A msgid whose
translation is the same text (a proper noun, "Forum" in French) is not English left behind, and text inside an
element that declares another language (`lang="en"`: the language switcher, a post written in English) or
`translate="no"` is the author's, not the interface's.
"""

import re
from pathlib import Path

import html5lib

from django.conf import settings

HTML_NS = "{http://www.w3.org/1999/xhtml}"
SKIPPED_ELEMENTS = {"script", "style", "template", "code", "pre", "kbd", "samp", "svg", "noscript"}
TEXT_ATTRIBUTES = ("title", "alt", "placeholder", "aria-label", "aria-description")
PLACEHOLDER = re.compile(r"%\([^)]*\)[sdif]|%[sdif]|\{\{[^}]*\}\}|<[^>]*>|%%")

# msgids whose English may rightly appear on a French or Arabic page, with the reason.
ALLOWED: dict[str, str] = {}


def read_catalogue(language: str, *, locale_dir: Path | None = None) -> dict[str, str]:
    """msgid (and msgid_plural) -> first msgstr form, for the project's catalogue of `language` (or another's)."""
    path = Path(locale_dir or settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"
    entries, current, field = {}, {}, None
    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if line.startswith("#~"):
            continue
        if not line or line.startswith("#"):
            if current.get("msgid"):
                for key in ("msgid", "msgid_plural"):
                    if current.get(key):
                        entries[current[key]] = current.get("msgstr", "")
                current = {}
            field = None
            continue
        match = re.match(r"^(msgid_plural|msgid|msgstr(?:\[0\])?|msgstr\[\d+\]|msgctxt)\s+(\".*\")$", line)
        if match:
            field = match.group(1)
            if field == "msgstr[0]":
                field = "msgstr"
            elif field.startswith("msgstr["):
                field = "other"
            current[field] = _text(match.group(2))
        elif line.startswith('"') and field:
            current[field] = current.get(field, "") + _text(line)
    return entries


def _text(quoted: str) -> str:
    inner = quoted[1:-1]
    return inner.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def fragments(msgid: str) -> list[str]:
    """The literal runs of a msgid worth looking for: split on placeholders and tags, at least two words long."""
    parts = [" ".join(part.split()) for part in PLACEHOLDER.split(msgid)]
    return [part.strip(" .,:;()") for part in parts if len(re.findall(r"[A-Za-z]{2,}", part)) >= 2]


class EnglishFinder:
    """Looks for the catalogue's English in text pulled from a rendering in `language`."""

    def __init__(self, language: str, *, also_theirs: tuple[Path, ...] = ()):
        """`also_theirs`: locale folders of packages (Wagtail's admin) whose own msgids are theirs to translate."""
        self.language = language
        catalogue = read_catalogue(language)
        for locale_dir in also_theirs:
            for msgid in read_catalogue(language, locale_dir=locale_dir) if (locale_dir / language).exists() else ():
                catalogue.pop(msgid, None)
        # Words the translation itself uses ("Correct." in French) are not English left behind.
        self.translated = {" ".join(msgstr.split()).strip(" .:") for msgstr in catalogue.values() if msgstr}
        self.whole = {}  # text node -> msgid, for one-word interface strings (buttons, headings)
        self.partial = {}  # fragment -> msgid
        for msgid, msgstr in catalogue.items():
            if msgid in ALLOWED or (msgstr and msgstr.strip() == msgid.strip()):
                continue
            plain = " ".join(msgid.split())
            if not PLACEHOLDER.search(msgid) and re.fullmatch(r"[A-Za-z][A-Za-z’' -]{3,}", plain):
                self.whole[plain] = msgid
            for fragment in fragments(msgid):
                if len(fragment) >= 12 and fragment not in ALLOWED:
                    self.partial[fragment] = msgid
        self._pattern = re.compile(
            "|".join(re.escape(fragment) for fragment in sorted(self.partial, key=len, reverse=True))
        )

    def find(self, texts: list[str]) -> set[str]:
        found = set()
        for text in texts:
            plain = " ".join(text.split()).strip(" .:")
            if plain in self.whole and plain not in self.translated:
                found.add(self.whole[plain])
        joined = "\n".join(" ".join(text.split()) for text in texts)
        for match in self._pattern.finditer(joined):
            found.add(self.partial[match.group(0)])
        return found


def page_texts(html: str, *, language: str) -> list[str]:
    """The text a reader sees (and the labels a screen reader reads) in the parts written in `language`."""
    root = html5lib.parse(html, namespaceHTMLElements=True)
    texts: list[str] = []
    _collect(root, language, texts, inherited=language)
    return texts


def _collect(element, language: str, texts: list[str], *, inherited: str) -> None:
    tag = element.tag.removeprefix(HTML_NS) if isinstance(element.tag, str) else ""
    own = element.get("lang") or inherited
    skip = (
        tag in SKIPPED_ELEMENTS
        or own.split("-")[0] != language
        or element.get("translate") == "no"
        or element.get("hidden") is not None
    )
    if not skip:
        if element.text:
            texts.append(element.text)
        texts.extend(element.get(name) for name in TEXT_ATTRIBUTES if element.get(name))
        if tag == "meta" and element.get("name") == "description":
            texts.append(element.get("content") or "")
        if tag == "input" and element.get("type") in ("submit", "button") and element.get("value"):
            texts.append(element.get("value"))
        for child in element:
            _collect(child, language, texts, inherited=own)
    if element.tail and inherited.split("-")[0] == language:
        texts.append(element.tail)
