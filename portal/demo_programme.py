"""The programme's countries and topics, read from one table (portal/demo_data/programme.json) by every demo.

The portal's demo seeds the taxonomy from it, and each app's demo makes sure the countries and topics it
refers to exist, so an app's demo also loads on its own. A country or topic already there keeps its names.
"""

import json
from functools import cache
from pathlib import Path

from .models import Country, Topic

DEMO_DATA = Path(__file__).with_name("demo_data")


def read_demo_json(path: Path):
    """The parsed content of a demo data file."""
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def programme() -> dict:
    """{"countries": [{code, name: {en, fr, ar}, programme_country, city?}], "topics": [{slug, name, broader}]}."""
    return read_demo_json(DEMO_DATA / "programme.json")


def load_countries() -> int:
    """After: every country of the table exists; returns how many were created."""
    created = 0
    for country in programme()["countries"]:
        _country, was_created = Country.objects.get_or_create(
            code=country["code"],
            defaults={
                **{f"name_{language}": name for language, name in country["name"].items()},
                "is_programme_country": country["programme_country"],
            },
        )
        created += was_created
    return created


def load_topics() -> int:
    """After: every topic of the table exists, under its broader topic (listed before it); returns how many were created."""
    created = 0
    for topic in programme()["topics"]:
        parent = Topic.objects.get(slug=topic["broader"]) if topic["broader"] else None
        _topic, was_created = Topic.objects.get_or_create(
            slug=topic["slug"],
            defaults={**{f"name_{language}": name for language, name in topic["name"].items()}, "parent": parent},
        )
        created += was_created
    return created


def programme_cities() -> dict[str, dict[str, str]]:
    """{country code: {language: city name}} for the countries where the demo's caseworkers meet people."""
    return {country["code"]: country["city"] for country in programme()["countries"] if "city" in country}
