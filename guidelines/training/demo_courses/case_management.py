"""Demo course text in English, French and Arabic (see demo_courses/__init__.py for the shape)."""

COURSE = {
    "slug": "case-management-basics",
    "countries": ["ML", "NE", "EG"],
    "en": {
        "title": "Case management basics",
        "summary": "The steps of case management for migrants in vulnerable situations, from first contact to case closure.",
        "audience": "New caseworkers and counsellors",
        "duration": "3 hours, in three sittings",
        "prerequisites": "None.",
        "objectives": "<ul><li>Describe the steps of case management.</li><li>Obtain and record informed consent.</li><li>Write a case plan with the person.</li></ul>",
    },
    "fr": {
        "title": "Les bases de la gestion de cas",
        "summary": "Les étapes de la gestion de cas pour les migrants en situation de vulnérabilité, du premier contact à la clôture du dossier.",
        "audience": "Gestionnaires de cas et conseillers nouvellement recrutés",
        "duration": "3 heures, en trois séances",
        "prerequisites": "Aucun.",
        "objectives": "<ul><li>Décrire les étapes de la gestion de cas.</li><li>Obtenir et consigner le consentement éclairé.</li><li>Élaborer un plan de cas avec la personne.</li></ul>",
    },
    "ar": {
        "title": "أساسيات إدارة الحالات",
        "summary": "مراحل إدارة الحالات للمهاجرين في أوضاع هشّة، من أول تواصل حتى إغلاق الملف.",
        "audience": "مديرو الحالات والمرشدون الجدد",
        "duration": "ثلاث ساعات على ثلاث جلسات",
        "prerequisites": "لا يوجد.",
        "objectives": "<ul><li>وصف مراحل إدارة الحالات.</li><li>الحصول على الموافقة المستنيرة وتوثيقها.</li><li>إعداد خطة الحالة بالاشتراك مع الشخص.</li></ul>",
    },
    "modules": [
        {
            "pass_mark": None,
            "title": {"en": "First contact", "fr": "Premier contact", "ar": "التواصل الأول"},
            "lessons": [
                {
                    "guideline_section": 0,
                    "title": {
                        "en": "Informed consent",
                        "fr": "Le consentement éclairé",
                        "ar": "الموافقة المستنيرة",
                    },
                    "summary": {
                        "en": "Why consent comes first, and how to obtain it.",
                        "fr": "Pourquoi le consentement vient en premier, et comment l'obtenir.",
                        "ar": "لماذا تأتي الموافقة أولاً، وكيف نحصل عليها.",
                    },
                    "text": {
                        "en": "<p>Before any assessment or referral, explain who you are, what the programme offers and what will happen to the information shared. The person may refuse or withdraw consent at any time without losing access to assistance.</p><p>Record consent in the case file, with the date and the language used.</p>",
                        "fr": "<p>Avant toute évaluation ou orientation, expliquez qui vous êtes, ce que le programme propose et ce qu'il adviendra des informations partagées. La personne peut refuser ou retirer son consentement à tout moment sans perdre l'accès à l'assistance.</p><p>Consignez le consentement dans le dossier, avec la date et la langue utilisée.</p>",
                        "ar": "<p>قبل أي تقييم أو إحالة، عرّف بنفسك وبما يقدمه البرنامج وبما سيحدث للمعلومات التي تتم مشاركتها. يحق للشخص أن يرفض الموافقة أو يسحبها في أي وقت دون أن يفقد حقه في المساعدة.</p><p>وثّق الموافقة في ملف الحالة مع التاريخ واللغة المستخدمة.</p>",
                    },
                    "questions": [
                        (
                            "single_choice",
                            {
                                "en": (
                                    "Who decides whether a person is referred to a shelter?",
                                    [
                                        (
                                            "The person, after informed consent",
                                            True,
                                            "Right: the person decides, once they understand the options.",
                                        ),
                                        (
                                            "The caseworker, in the person's best interest",
                                            False,
                                            "No: an adult decides for themselves; the caseworker informs and advises.",
                                        ),
                                        (
                                            "The shelter manager",
                                            False,
                                            "No: the shelter can accept or not, but the person decides to go.",
                                        ),
                                    ],
                                ),
                                "fr": (
                                    "Qui décide de l'orientation d'une personne vers un centre d'hébergement ?",
                                    [
                                        (
                                            "La personne, après un consentement éclairé",
                                            True,
                                            "Exact : la personne décide, une fois les options comprises.",
                                        ),
                                        (
                                            "Le gestionnaire de cas, dans l'intérêt de la personne",
                                            False,
                                            "Non : un adulte décide pour lui-même ; le gestionnaire informe et conseille.",
                                        ),
                                        (
                                            "Le responsable du centre",
                                            False,
                                            "Non : le centre peut accepter ou non, mais c'est la personne qui décide d'y aller.",
                                        ),
                                    ],
                                ),
                                "ar": (
                                    "من يقرر إحالة الشخص إلى مركز إيواء؟",
                                    [
                                        (
                                            "الشخص نفسه بعد موافقة مستنيرة",
                                            True,
                                            "صحيح: الشخص هو من يقرر بعد أن يفهم الخيارات المتاحة.",
                                        ),
                                        (
                                            "مدير الحالة لمصلحة الشخص",
                                            False,
                                            "لا: الشخص البالغ يقرر بنفسه، ومدير الحالة يُعلِم ويَنصح.",
                                        ),
                                        (
                                            "مسؤول مركز الإيواء",
                                            False,
                                            "لا: يمكن للمركز أن يقبل أو يرفض، لكن الشخص هو من يقرر الذهاب.",
                                        ),
                                    ],
                                ),
                            },
                        ),
                    ],
                },
                {
                    "title": {"en": "The first interview", "fr": "Le premier entretien", "ar": "المقابلة الأولى"},
                    "summary": {
                        "en": "A safe, private and unhurried first conversation.",
                        "fr": "Un premier échange sûr, confidentiel et sans précipitation.",
                        "ar": "حوار أول آمن وسري ودون استعجال.",
                    },
                    "text": {
                        "en": "<p>Choose a private place, offer an interpreter of the person's choosing, and start with immediate needs: safety, health, food and rest. Do not ask for the whole story at once.</p>",
                        "fr": "<p>Choisissez un lieu à l'abri des regards, proposez un interprète choisi par la personne et commencez par les besoins immédiats : sécurité, santé, nourriture et repos. Ne demandez pas tout le récit d'un coup.</p>",
                        "ar": "<p>اختر مكاناً خاصاً، واعرض مترجماً يختاره الشخص، وابدأ بالاحتياجات العاجلة: الأمان والصحة والطعام والراحة. لا تطلب القصة كاملة دفعة واحدة.</p>",
                    },
                    "scenario": {
                        "en": (
                            "A tired arrival",
                            "<p>Moussa, 17, arrives at the transit centre late at night, exhausted and hungry. He says he wants to continue his journey tomorrow.</p>",
                            "<p>What does Moussa need tonight? Who must be informed because he is a child?</p>",
                        ),
                        "fr": (
                            "Une arrivée épuisée",
                            "<p>Moussa, 17 ans, arrive au centre de transit tard dans la nuit, épuisé et affamé. Il dit vouloir reprendre la route demain.</p>",
                            "<p>De quoi Moussa a-t-il besoin ce soir ? Qui faut-il informer parce qu'il est mineur ?</p>",
                        ),
                        "ar": (
                            "وصول منهك",
                            "<p>يصل موسى، 17 عاماً، إلى مركز العبور في وقت متأخر من الليل منهكاً وجائعاً، ويقول إنه يريد مواصلة رحلته غداً.</p>",
                            "<p>ما الذي يحتاجه موسى الليلة؟ ومن يجب إبلاغه لأنه قاصر؟</p>",
                        ),
                    },
                    "questions": [],
                },
            ],
        },
        {
            "pass_mark": 70,
            "title": {
                "en": "Planning and referral",
                "fr": "Planification et orientation",
                "ar": "التخطيط والإحالة",
            },
            "lessons": [
                {
                    "guideline_section": 1,
                    "title": {
                        "en": "Writing a case plan",
                        "fr": "Rédiger un plan de cas",
                        "ar": "كتابة خطة الحالة",
                    },
                    "summary": {
                        "en": "Goals the person chooses, actions, who does what and by when.",
                        "fr": "Des objectifs choisis par la personne, des actions, qui fait quoi et pour quand.",
                        "ar": "أهداف يختارها الشخص، وإجراءات، ومن يفعل ماذا ومتى.",
                    },
                    "text": {
                        "en": "<p>A case plan lists the goals the person has chosen, the actions agreed, who is responsible for each and the date of the next review. Review it at every follow-up visit.</p>",
                        "fr": "<p>Le plan de cas énumère les objectifs choisis par la personne, les actions convenues, le responsable de chacune et la date du prochain point. Révisez-le à chaque visite de suivi.</p>",
                        "ar": "<p>تتضمن خطة الحالة الأهداف التي اختارها الشخص، والإجراءات المتفق عليها، والمسؤول عن كل إجراء، وموعد المراجعة التالية. راجعها في كل زيارة متابعة.</p>",
                    },
                    "questions": [
                        (
                            "multiple_choice",
                            {
                                "en": (
                                    "What belongs in a case plan?",
                                    [
                                        ("Goals chosen by the person", True, "Yes: the plan is the person's plan."),
                                        (
                                            "Who is responsible for each action",
                                            True,
                                            "Yes: every action has an owner.",
                                        ),
                                        (
                                            "The caseworker's personal opinion of the person",
                                            False,
                                            "No: keep opinions out of the file.",
                                        ),
                                    ],
                                ),
                                "fr": (
                                    "Que doit contenir un plan de cas ?",
                                    [
                                        (
                                            "Les objectifs choisis par la personne",
                                            True,
                                            "Oui : le plan est celui de la personne.",
                                        ),
                                        (
                                            "Le responsable de chaque action",
                                            True,
                                            "Oui : chaque action a un responsable.",
                                        ),
                                        (
                                            "L'opinion personnelle du gestionnaire sur la personne",
                                            False,
                                            "Non : les opinions n'ont pas leur place dans le dossier.",
                                        ),
                                    ],
                                ),
                                "ar": (
                                    "ما الذي يجب أن تتضمنه خطة الحالة؟",
                                    [
                                        ("الأهداف التي اختارها الشخص", True, "نعم: الخطة هي خطة الشخص نفسه."),
                                        ("المسؤول عن كل إجراء", True, "نعم: لكل إجراء مسؤول."),
                                        (
                                            "رأي مدير الحالة الشخصي في الشخص",
                                            False,
                                            "لا: لا مكان للآراء الشخصية في الملف.",
                                        ),
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
