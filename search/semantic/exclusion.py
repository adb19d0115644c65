"""What a nearest-neighbour search leaves out: the page the reader is on, and its translations."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Exclusion:
    source_key: str = ""  # "source|key": every document of one page
    groups: tuple[str, ...] = ()  # translation groups


NOTHING = Exclusion()
