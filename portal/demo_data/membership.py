"""Demo membership: one Reader's request waiting for the moderator, and the programme's own domain trusted."""

TRUSTED_DOMAINS = [("iom.int", "IOM")]

# (member email, organisation, role title, country code, reason)
PENDING_REQUESTS = [
    (
        "karim.haddad@example.org",
        "IOM Lebanon",
        "Caseworker",
        "LB",
        "أتابع حالات العائدين في بيروت وأود مشاركة ما تعلمناه عن الإحالة إلى الدعم النفسي والاجتماعي.",
    ),
]
