"""Demo places, people and categories: the programme's countries and the caseworkers who post."""

# code, English, French, Arabic, a city where caseworkers meet returnees or migrants
COUNTRIES = [
    ("AF", "Afghanistan", "Afghanistan", "أفغانستان", "Herat"),
    ("DZ", "Algeria", "Algérie", "الجزائر", "Tamanrasset"),
    ("EG", "Egypt", "Égypte", "مصر", "Cairo"),
    ("ET", "Ethiopia", "Éthiopie", "إثيوبيا", "Dire Dawa"),
    ("GN", "Guinea", "Guinée", "غينيا", "Conakry"),
    ("IQ", "Iraq", "Irak", "العراق", "Erbil"),
    ("LB", "Lebanon", "Liban", "لبنان", "Tripoli"),
    ("LY", "Libya", "Libye", "ليبيا", "Misrata"),
    ("ML", "Mali", "Mali", "مالي", "Gao"),
    ("MA", "Morocco", "Maroc", "المغرب", "Oujda"),
    ("NE", "Niger", "Niger", "النيجر", "Agadez"),
    ("SN", "Senegal", "Sénégal", "السنغال", "Tambacounda"),
    ("SD", "Sudan", "Soudan", "السودان", "Kassala"),
    ("TN", "Tunisia", "Tunisie", "تونس", "Sfax"),
]

# The same cities written in Arabic, for Arabic posts.
CITIES_AR = {
    "Herat": "هرات", "Tamanrasset": "تمنراست", "Cairo": "القاهرة", "Dire Dawa": "دير داوا", "Conakry": "كوناكري",
    "Erbil": "أربيل", "Tripoli": "طرابلس", "Misrata": "مصراتة", "Gao": "غاو", "Oujda": "وجدة", "Agadez": "أغاديس",
    "Tambacounda": "تامباكوندا", "Kassala": "كسلا", "Sfax": "صفاقس",
}  # fmt: skip

FRENCH_SPEAKING = ["GN", "ML", "SN", "NE", "MA", "DZ", "TN"]
ARABIC_SPEAKING = ["EG", "IQ", "LB", "LY", "SD", "MA", "TN", "DZ"]
ENGLISH_SPEAKING = [code for code, *_rest in COUNTRIES]

TOPICS = [
    ("case-management", "Case management", "Gestion des cas", "إدارة الحالات"),
    ("reintegration", "Reintegration", "Réintégration", "إعادة الإدماج"),
    ("counter-trafficking", "Counter-trafficking", "Lutte contre la traite", "مكافحة الاتجار بالأشخاص"),
    ("psychosocial-support", "Psychosocial support", "Soutien psychosocial", "الدعم النفسي والاجتماعي"),
    ("child-protection", "Child protection", "Protection de l'enfance", "حماية الطفل"),
    ("referral", "Referral", "Orientation", "الإحالة"),
    ("data-protection", "Data protection", "Protection des données", "حماية البيانات"),
]

# slug, English, French, Arabic names, descriptions in English, French and Arabic, restricted group (or "")
CATEGORIES = [
    ("case-management", "Case management", "Gestion des cas", "إدارة الحالات",
     ("Assessments, case plans, follow-up and closure.",
      "Évaluations, plans de prise en charge, suivi et clôture.",
      "التقييمات وخطط الحالات والمتابعة والإغلاق."), ""),
    ("protection", "Protection", "Protection", "الحماية",
     ("Protection risks on the routes and in reception.",
      "Risques de protection sur les routes et à l'accueil.",
      "مخاطر الحماية على طرق الهجرة وفي الاستقبال."), ""),
    ("counter-trafficking", "Counter-trafficking", "Lutte contre la traite", "مكافحة الاتجار بالأشخاص",
     ("Identifying and assisting victims of trafficking.",
      "Identifier et assister les victimes de la traite.",
      "تحديد ضحايا الاتجار بالأشخاص ومساعدتهم."), ""),
    ("reintegration", "Reintegration", "Réintégration", "إعادة الإدماج",
     ("Economic, social and psychosocial reintegration of returnees.",
      "Réintégration économique, sociale et psychosociale des personnes de retour.",
      "إعادة الإدماج الاقتصادي والاجتماعي والنفسي للعائدين."), ""),
    ("psychosocial-support", "Psychosocial support", "Soutien psychosocial", "الدعم النفسي والاجتماعي",
     ("Mental health and psychosocial support for migrants and staff.",
      "Santé mentale et soutien psychosocial pour les migrants et le personnel.",
      "الصحة النفسية والدعم النفسي والاجتماعي للمهاجرين والعاملين."), ""),
    ("data-and-evidence", "Data and evidence", "Données et preuves", "البيانات والأدلة",
     ("Monitoring, data protection and using evidence in casework.",
      "Suivi, protection des données et usage des preuves dans la gestion des cas.",
      "الرصد وحماية البيانات واستخدام الأدلة في إدارة الحالات."), ""),
    ("verified-caseworkers", "Verified caseworkers", "Travailleurs sociaux vérifiés", "أخصائيو الحالات المعتمدون",
     ("Restricted space for verified caseworkers to discuss sensitive (anonymised) cases.",
      "Espace réservé aux travailleurs sociaux vérifiés pour discuter de cas sensibles (anonymisés).",
      "مساحة مقيدة لأخصائيي الحالات المعتمدين لمناقشة الحالات الحساسة (بعد إخفاء الهوية)."), "Practitioner"),
]  # fmt: skip

# email local part, display name, country code, role title, preferred language
AUTHORS = [
    ("mariama.bah", "Mariama Bah", "GN", "Caseworker", "fr"),
    ("ousmane.diallo", "Ousmane Diallo", "GN", "Reintegration officer", "fr"),
    ("aminata.sow", "Aminata Sow", "SN", "Psychosocial counsellor", "fr"),
    ("cheikh.ndiaye", "Cheikh Ndiaye", "SN", "Caseworker", "fr"),
    ("fatoumata.traore", "Fatoumata Traoré", "ML", "Protection officer", "fr"),
    ("ibrahim.maiga", "Ibrahim Maïga", "ML", "Caseworker", "fr"),
    ("salma.elidrissi", "Salma El Idrissi", "MA", "Social worker", "ar"),
    ("youssef.benali", "Youssef Benali", "MA", "Counter-trafficking focal point", "fr"),
    ("moussa.issoufou", "Moussa Issoufou", "NE", "Transit centre caseworker", "fr"),
    ("nour.haddad", "Nour Haddad", "LB", "Case manager", "ar"),
    ("ahmed.salem", "Ahmed Salem", "LY", "Protection assistant", "ar"),
    ("mona.abdelrahman", "Mona Abdelrahman", "EG", "Caseworker", "ar"),
    ("hassan.karim", "Hassan Karim", "IQ", "Reintegration assistant", "ar"),
    ("amal.osman", "Amal Osman", "SD", "Psychosocial counsellor", "ar"),
    ("sami.trabelsi", "Sami Trabelsi", "TN", "Caseworker", "fr"),
    ("karima.boudiaf", "Karima Boudiaf", "DZ", "Social worker", "fr"),
    ("tigist.alemu", "Tigist Alemu", "ET", "Caseworker", "en"),
    ("dawit.bekele", "Dawit Bekele", "ET", "Reintegration officer", "en"),
    ("farid.ahmadi", "Farid Ahmadi", "AF", "Protection officer", "en"),
    ("zahra.rahimi", "Zahra Rahimi", "AF", "Psychosocial counsellor", "en"),
]
