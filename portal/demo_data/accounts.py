"""Demo accounts, one or two per role, with a password printed by `make run` (never in production)."""

from portal.roles import Role

DEMO_PASSWORD = "demo-portal-2026"

# (email, role, first name, last name, country code, organisation, role title, preferred language)
ACCOUNTS = [
    ("aminata.diallo@example.org", Role.READER, "Aminata", "Diallo", "GN", "IOM Guinea", "Reintegration assistant", "fr"),
    ("karim.haddad@example.org", Role.READER, "Karim", "Haddad", "LB", "IOM Lebanon", "Caseworker", "ar"),
    ("hawa.traore@example.org", Role.PRACTITIONER, "Hawa", "Traoré", "ML", "IOM Mali", "Psychosocial counsellor", "fr"),
    ("youssef.benali@example.org", Role.PRACTITIONER, "Youssef", "Benali", "MA", "IOM Morocco", "Caseworker", "ar"),
    ("samuel.bekele@example.org", Role.TRAINER, "Samuel", "Bekele", "ET", "IOM Ethiopia", "Training officer", "en"),
    ("layla.mansour@example.org", Role.EDITOR, "Layla", "Mansour", "EG", "IOM Egypt", "Protection officer", "ar"),
    ("moussa.sow@example.org", Role.MODERATOR, "Moussa", "Sow", "SN", "IOM Senegal", "Community facilitator", "fr"),
    (
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
