"""Demo course text in English, French and Arabic (see demo_courses/__init__.py for the shape)."""

COURSE = {
    "slug": "psychosocial-first-aid-reintegration",
    "countries": ["ET", "GN", "SN", "AF", "IQ"],
    "en": {
        "title": "Psychosocial first aid and reintegration",
        "summary": "Support returnees in distress and plan reintegration across its economic, social and psychosocial dimensions.",
        "audience": "Caseworkers supporting returnees",
        "duration": "2 hours 30 minutes",
        "prerequisites": "Case management basics.",
        "objectives": "<ul><li>Apply the principles of psychosocial first aid: look, listen, link.</li><li>Plan reintegration support across its three dimensions.</li></ul>",
    },
    "fr": {
        "title": "Premiers secours psychologiques et réintégration",
        "summary": "Soutenir les personnes de retour en détresse et planifier la réintégration dans ses dimensions économique, sociale et psychosociale.",
        "audience": "Gestionnaires de cas accompagnant les personnes de retour",
        "duration": "2 heures 30",
        "prerequisites": "Les bases de la gestion de cas.",
        "objectives": "<ul><li>Appliquer les principes des premiers secours psychologiques : observer, écouter, mettre en lien.</li><li>Planifier un accompagnement à la réintégration dans ses trois dimensions.</li></ul>",
    },
    "ar": {
        "title": "الإسعافات الأولية النفسية وإعادة الإدماج",
        "summary": "دعم العائدين الذين يعانون من الضيق، وتخطيط إعادة الإدماج بأبعادها الاقتصادية والاجتماعية والنفسية الاجتماعية.",
        "audience": "مديرو الحالات الذين يدعمون العائدين",
        "duration": "ساعتان ونصف",
        "prerequisites": "أساسيات إدارة الحالات.",
        "objectives": "<ul><li>تطبيق مبادئ الإسعافات الأولية النفسية: انظر، استمع، اربط.</li><li>تخطيط دعم إعادة الإدماج بأبعاده الثلاثة.</li></ul>",
    },
    "modules": [
        {
            "pass_mark": None,
            "title": {
                "en": "Psychosocial first aid",
                "fr": "Premiers secours psychologiques",
                "ar": "الإسعافات الأولية النفسية",
            },
            "lessons": [
                {
                    "title": {
                        "en": "Look, listen, link",
                        "fr": "Observer, écouter, mettre en lien",
                        "ar": "انظر، استمع، اربط",
                    },
                    "summary": {
                        "en": "The three action principles of psychosocial first aid.",
                        "fr": "Les trois principes d'action des premiers secours psychologiques.",
                        "ar": "مبادئ العمل الثلاثة للإسعافات الأولية النفسية.",
                    },
                    "text": {
                        "en": "<p><b>Look</b> for safety risks and urgent needs. <b>Listen</b> without pressing the person to talk about what happened. <b>Link</b> them to information, services and people who can help. Psychosocial first aid is not therapy: refer to specialised mental health services when needed.</p>",
                        "fr": "<p><b>Observer</b> les risques pour la sécurité et les besoins urgents. <b>Écouter</b> sans pousser la personne à raconter ce qui s'est passé. <b>Mettre en lien</b> avec les informations, les services et les personnes qui peuvent aider. Les premiers secours psychologiques ne sont pas une thérapie : orientez vers des services spécialisés de santé mentale si nécessaire.</p>",
                        "ar": "<p><b>انظر</b> إلى المخاطر على السلامة والاحتياجات العاجلة. <b>استمع</b> دون أن تضغط على الشخص ليتحدث عمّا حدث. <b>اربط</b> الشخص بالمعلومات والخدمات والأشخاص القادرين على المساعدة. الإسعافات الأولية النفسية ليست علاجاً نفسياً: أحِل إلى خدمات الصحة النفسية المتخصصة عند الحاجة.</p>",
                    },
                    "questions": [
                        (
                            "single_choice",
                            {
                                "en": (
                                    "A returnee is crying and does not want to talk. What do you do?",
                                    [
                                        (
                                            "Stay calmly nearby, offer water and say you are available",
                                            True,
                                            "Right: be present without pressing.",
                                        ),
                                        (
                                            "Ask them to tell you exactly what happened",
                                            False,
                                            "No: do not press anyone to recount painful events.",
                                        ),
                                    ],
                                ),
                                "fr": (
                                    "Une personne de retour pleure et ne veut pas parler. Que faites-vous ?",
                                    [
                                        (
                                            "Rester calmement à proximité, proposer de l'eau et dire que vous êtes disponible",
                                            True,
                                            "Exact : être présent sans insister.",
                                        ),
                                        (
                                            "Lui demander de raconter exactement ce qui s'est passé",
                                            False,
                                            "Non : ne poussez personne à raconter des événements douloureux.",
                                        ),
                                    ],
                                ),
                                "ar": (
                                    "شخص عائد يبكي ولا يريد الكلام. ماذا تفعل؟",
                                    [
                                        (
                                            "أبقى بالقرب منه بهدوء وأعرض عليه الماء وأخبره أنني متاح",
                                            True,
                                            "صحيح: كن حاضراً دون إلحاح.",
                                        ),
                                        (
                                            "أطلب منه أن يروي بالضبط ما حدث",
                                            False,
                                            "لا: لا تضغط على أحد ليروي أحداثاً مؤلمة.",
                                        ),
                                    ],
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "pass_mark": 60,
            "title": {"en": "Reintegration", "fr": "Réintégration", "ar": "إعادة الإدماج"},
            "lessons": [
                {
                    "title": {
                        "en": "Three dimensions of reintegration",
                        "fr": "Les trois dimensions de la réintégration",
                        "ar": "الأبعاد الثلاثة لإعادة الإدماج",
                    },
                    "summary": {
                        "en": "Economic, social and psychosocial support, planned together.",
                        "fr": "Un soutien économique, social et psychosocial, planifié ensemble.",
                        "ar": "دعم اقتصادي واجتماعي ونفسي اجتماعي، يُخطَّط له معاً.",
                    },
                    "text": {
                        "en": "<p>Sustainable reintegration means the returnee reaches economic self-sufficiency, social stability within the community and psychosocial well-being. A reintegration plan addresses the three dimensions together, with the returnee, the family and the community.</p>",
                        "fr": "<p>Une réintégration durable signifie que la personne de retour atteint l'autonomie économique, la stabilité sociale au sein de la communauté et le bien-être psychosocial. Un plan de réintégration traite les trois dimensions ensemble, avec la personne, sa famille et la communauté.</p>",
                        "ar": "<p>تعني إعادة الإدماج المستدامة أن يحقق العائد الاكتفاء الاقتصادي والاستقرار الاجتماعي داخل المجتمع والرفاه النفسي الاجتماعي. تعالج خطة إعادة الإدماج الأبعاد الثلاثة معاً، بالاشتراك مع العائد وأسرته ومجتمعه.</p>",
                    },
                    "questions": [
                        (
                            "multiple_choice",
                            {
                                "en": (
                                    "Which are dimensions of sustainable reintegration?",
                                    [
                                        ("Economic", True, "Yes."),
                                        ("Social", True, "Yes."),
                                        ("Psychosocial", True, "Yes."),
                                        ("Military", False, "No."),
                                    ],
                                ),
                                "fr": (
                                    "Quelles sont les dimensions d'une réintégration durable ?",
                                    [
                                        ("Économique", True, "Oui."),
                                        ("Sociale", True, "Oui."),
                                        ("Psychosociale", True, "Oui."),
                                        ("Militaire", False, "Non."),
                                    ],
                                ),
                                "ar": (
                                    "ما هي أبعاد إعادة الإدماج المستدامة؟",
                                    [
                                        ("اقتصادي", True, "نعم."),
                                        ("اجتماعي", True, "نعم."),
                                        ("نفسي اجتماعي", True, "نعم."),
                                        ("عسكري", False, "لا."),
                                    ],
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
    ],
}
