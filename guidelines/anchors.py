"""Permanent section anchors: generated once, never derived from the heading, so renaming or moving keeps links."""

import secrets
import string

ALPHABET = string.ascii_lowercase + string.digits


def new_anchor() -> str:
    return "s-" + "".join(secrets.choice(ALPHABET) for _ in range(6))


def assign_missing_anchors(body) -> None:
    """After: every section in `body` has an anchor unique within it; existing anchors are kept.

    A section duplicated in the editor carries its original's anchor; the later copy gets a new one.
    """
    seen: set[str] = set()
    for child in body:
        if child.block_type != "section":
            continue
        anchor = child.value.get("anchor") or ""
        if not anchor or anchor in seen:
            anchor = new_anchor()
            while anchor in seen:
                anchor = new_anchor()
            child.value["anchor"] = anchor
        seen.add(anchor)
