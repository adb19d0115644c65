"""What cites an evidence item, as the reader may see it: forum topics, through the `evidence_discussions`
extension the forum offers (this app never imports the forum)."""

from portal.extensions import app_hook


def evidence_discussions(*, item, user) -> list:
    discussions = app_hook("evidence_discussions")
    return discussions(item.slug, user=user) if discussions else []
