"""The one wording of "too long", shared by every form that bounds what a member writes."""

from django.utils.translation import ngettext


def too_long_message(*, length: int, max_length: int) -> str:
    return ngettext(
        "The text is too long: %(length)s character, at most %(max)s.",
        "The text is too long: %(length)s characters, at most %(max)s.",
        length,
    ) % {"length": length, "max": max_length}
