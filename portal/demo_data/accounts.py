"""Demo accounts, one or two per role, with a password printed by `make run` (never in production)."""

from typing import NamedTuple

from portal.roles import Role

DEMO_PASSWORD = "demo-portal-2026"


class DemoAccount(NamedTuple):
    email: str
    role: Role
    first_name: str
    last_name: str
    country_code: str
    organisation: str
    role_title: str
    preferred_language: str


ACCOUNTS = [
    DemoAccount(
        "aminata.diallo@example.org",
        Role.READER,
        "Aminata",
        "Diallo",
        "GN",
        "IOM Guinea",
        "Reintegration assistant",
        "fr",
    ),
    DemoAccount("karim.haddad@example.org", Role.READER, "Karim", "Haddad", "LB", "IOM Lebanon", "Caseworker", "ar"),
    DemoAccount(
        "hawa.traore@example.org",
        Role.PRACTITIONER,
        "Hawa",
        "Traoré",
        "ML",
        "IOM Mali",
        "Psychosocial counsellor",
        "fr",
    ),
    DemoAccount(
        "youssef.benali@example.org", Role.PRACTITIONER, "Youssef", "Benali", "MA", "IOM Morocco", "Caseworker", "ar"
    ),
    DemoAccount(
        "samuel.bekele@example.org", Role.TRAINER, "Samuel", "Bekele", "ET", "IOM Ethiopia", "Training officer", "en"
    ),
    DemoAccount(
        "layla.mansour@example.org", Role.EDITOR, "Layla", "Mansour", "EG", "IOM Egypt", "Protection officer", "ar"
    ),
    # A second Editor, so the "second editor approves" step of guideline review can be shown end to end.
    DemoAccount(
        "amadou.barry@example.org", Role.EDITOR, "Amadou", "Barry", "GN", "IOM Guinea", "Guidelines officer", "fr"
    ),
    DemoAccount(
        "moussa.sow@example.org", Role.MODERATOR, "Moussa", "Sow", "SN", "IOM Senegal", "Community facilitator", "fr"
    ),
    DemoAccount(
        "claire.martin@example.org",
        Role.ADMINISTRATOR,
        "Claire",
        "Martin",
        "TN",
        "IOM Regional Office",
        "Knowledge management officer",
        "en",
    ),
]
