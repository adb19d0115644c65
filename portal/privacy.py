"""The privacy guard: text that looks like it identifies a person or a case, found before it is published.

Heuristics tuned to warn, not to block: the author confirms or edits. Patterns cover English, French and Arabic.
"""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import PrivacyOverride

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Phone: an optional + or 00, then digit groups separated by spaces, dots, dashes or brackets.
_PHONE = re.compile(r"(?<![\w/.-])(?:\+|00)?\d[\d\s().-]{6,18}\d(?![\w/.-])")
_ID_NUMBER = re.compile(r"\b(?:[A-Z]{1,3}[-\s]?\d{6,10}|\d{3}[-\s]?\d{3}[-\s]?\d{3,6}|[A-Z]\d{2}[A-Z]?\d{5,7})\b")
_ID_KEYWORD = re.compile(
    r"(passport|passeport|ID\s*(?:card|number|no)|carte\s+d'identit|pièce\s+d'identit|NIN|جواز|بطاقة|رقم\s+الهوية)",
    re.IGNORECASE,
)
_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2}\s+\w{3,10}\s+(?:19|20)\d{2})"
_BIRTH = re.compile(
    r"(?:born|birth|DOB|d\.o\.b|né\s+le|née\s+le|naissance|مواليد|تاريخ\s+الميلاد|ولد|ولدت)\W{0,3}(?:\w+\W+){0,4}?"
    + _DATE,
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"(?:\b\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|street|st\.|road|rd\.|lane|impasse|allée)\b"
    r"|\b(?:rue|avenue|boulevard|street|road|impasse)\s+[\w'’ -]{2,40}?\s*(?:n°|no\.?|#|,)\s*\d{1,4}\b"
    r"|شارع\s+[\u0600-\u06FF ]{2,30}\s*(?:رقم|،)?\s*[0-9\u0660-\u0669]{1,4}"
    r"|(?:street|rue)\s+\d{1,4}\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PrivacyFinding:
    kind: str
    label: str
    excerpt: str


LABELS = {
    "email": _("an email address"),
    "phone": _("a phone number"),
    "id_number": _("an ID or passport-like number"),
    "birth_date": _("a date of birth"),
    "address": _("an exact street address"),
}


def _mask(text: str) -> str:
    """The excerpt shown back in the warning, partly masked so the warning page does not repeat it whole."""
    text = text.strip()
    return text if len(text) <= 4 else text[:3] + "…" + text[-1]


def _phones(text: str) -> list[str]:
    found = []
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        looks_like_dates = re.fullmatch(rf"(?:19|20)\d{{2}}[\s-]+(?:19|20)\d{{2}}|{_DATE}", match.group().strip())
        if 8 <= len(digits) <= 15 and not looks_like_dates:
            found.append(match.group())
    return found


def find_personal_data(*texts: str) -> list[PrivacyFinding]:
    """What looks like personal or case-identifying data in these texts (one finding per kind)."""
    text = "\n".join(t for t in texts if t)
    checks = {
        "email": [m.group() for m in _EMAIL.finditer(text)],
        "birth_date": [m.group() for m in _BIRTH.finditer(text)],
        "phone": _phones(_EMAIL.sub(" ", text)),
        "id_number": [m.group() for m in _ID_NUMBER.finditer(text)]
        + [m.group() for m in _ID_KEYWORD.finditer(text) if re.search(r"\d{5,}", text[m.end() : m.end() + 40])],
        "address": [m.group() for m in _ADDRESS.finditer(text)],
    }
    return [
        PrivacyFinding(kind=kind, label=str(LABELS[kind]), excerpt=_mask(matches[0]))
        for kind, matches in checks.items()
        if matches
    ]


# What members write, by field, as moderators read it next to an overridden warning.
FIELD_LABELS = {
    "title": _("Title"),
    "body": _("text"),
    "context": _("Context"),
    "what_was_done": _("What was done"),
    "what_worked": _("What worked"),
    "what_did_not_work": _("What did not work"),
    "recommendation": _("Recommendation"),
    "display_name": _("Display name"),
    "organisation": _("Organisation"),
    "role_title": _("Role title"),
    "reason": _("Why you want to post"),
}


def fields_with_personal_data(texts: dict[str, str]) -> dict[str, list[str]]:
    """The kinds of personal data found in each field (fields with none are left out)."""
    found = {field: [finding.kind for finding in find_personal_data(text)] for field, text in texts.items()}
    return {field: kinds for field, kinds in found.items() if kinds}


def privacy_overrides_record(*, author, texts: dict[str, str], url: str = "") -> int:
    """After the author confirmed a warning and published: one PrivacyOverride per field that set it off."""
    rows = [
        PrivacyOverride(author=author, field=field, kinds=kinds, url=url)
        for field, kinds in fields_with_personal_data(texts).items()
    ]
    PrivacyOverride.objects.bulk_create(rows)
    return len(rows)
