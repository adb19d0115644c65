"""Countries and topics of the programme, named in English, French and Arabic."""

# (ISO 3166-1 alpha-2, English, French, Arabic, programme country)
COUNTRIES = [
    ("AF", "Afghanistan", "Afghanistan", "أفغانستان", True),
    ("DZ", "Algeria", "Algérie", "الجزائر", True),
    ("EG", "Egypt", "Égypte", "مصر", True),
    ("ET", "Ethiopia", "Éthiopie", "إثيوبيا", True),
    ("GN", "Guinea", "Guinée", "غينيا", True),
    ("IQ", "Iraq", "Irak", "العراق", True),
    ("LB", "Lebanon", "Liban", "لبنان", True),
    ("LY", "Libya", "Libye", "ليبيا", True),
    ("ML", "Mali", "Mali", "مالي", True),
    ("MA", "Morocco", "Maroc", "المغرب", True),
    ("NE", "Niger", "Niger", "النيجر", True),
    ("SN", "Senegal", "Sénégal", "السنغال", True),
    ("SD", "Sudan", "Soudan", "السودان", True),
    ("TN", "Tunisia", "Tunisie", "تونس", True),
    # Countries of transit and destination that posts mention, outside the programme.
    ("IT", "Italy", "Italie", "إيطاليا", False),
    ("ES", "Spain", "Espagne", "إسبانيا", False),
]

# (slug, English, French, Arabic, broader topic slug); broader topics come first.
TOPICS = [
    ("case-management", "Case management", "Gestion des cas", "إدارة الحالات", None),
    ("protection", "Protection", "Protection", "الحماية", None),
    ("reintegration", "Reintegration", "Réintégration", "إعادة الإدماج", None),
    ("return-assistance", "Return assistance", "Aide au retour", "المساعدة على العودة", None),
    (
        "mhpss",
        "Mental health and psychosocial support (MHPSS)",
        "Santé mentale et soutien psychosocial (SMSPS)",
        "الصحة النفسية والدعم النفسي والاجتماعي",
        None,
    ),
    ("data-and-evidence", "Data and evidence", "Données et éléments probants", "البيانات والأدلة", None),
    ("referral", "Referral", "Orientation", "الإحالة", "case-management"),
    (
        "counter-trafficking",
        "Counter-trafficking",
        "Lutte contre la traite des personnes",
        "مكافحة الاتجار بالأشخاص",
        "protection",
    ),
    ("smuggling-of-migrants", "Smuggling of migrants", "Trafic illicite de migrants", "تهريب المهاجرين", "protection"),
    (
        "unaccompanied-and-separated-children",
        "Unaccompanied and separated children",
        "Enfants non accompagnés et séparés",
        "الأطفال غير المصحوبين والمنفصلون عن ذويهم",
        "protection",
    ),
    (
        "gender-based-violence",
        "Gender-based violence",
        "Violence basée sur le genre",
        "العنف القائم على النوع الاجتماعي",
        "protection",
    ),
    (
        "economic-reintegration",
        "Economic reintegration",
        "Réintégration économique",
        "إعادة الإدماج الاقتصادي",
        "reintegration",
    ),
    (
        "social-reintegration",
        "Social reintegration",
        "Réintégration sociale",
        "إعادة الإدماج الاجتماعي",
        "reintegration",
    ),
    (
        "psychosocial-reintegration",
        "Psychosocial reintegration",
        "Réintégration psychosociale",
        "إعادة الإدماج النفسي والاجتماعي",
        "reintegration",
    ),
]
