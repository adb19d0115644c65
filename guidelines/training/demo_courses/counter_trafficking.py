"""Demo course text in English, French and Arabic (see demo_courses/__init__.py for the shape)."""

COURSE = {
    "slug": "counter-trafficking-identification",
    "countries": ["LY", "TN", "MA", "SD"],
    "en": {
        "title": "Identifying victims of trafficking",
        "summary": "Recognise the indicators of trafficking in persons and respond safely when you suspect it.",
        "audience": "Caseworkers, outreach teams and reception staff",
        "duration": "2 hours",
        "prerequisites": "Case management basics.",
        "objectives": "<ul><li>Recognise indicators of trafficking in persons.</li><li>Respond safely and refer with consent.</li></ul>",
    },
    "fr": {
        "title": "Identifier les victimes de la traite",
        "summary": "Reconnaître les indicateurs de la traite des personnes et réagir en sécurité en cas de soupçon.",
        "audience": "Gestionnaires de cas, équipes de proximité et personnel d'accueil",
        "duration": "2 heures",
        "prerequisites": "Les bases de la gestion de cas.",
        "objectives": "<ul><li>Reconnaître les indicateurs de la traite des personnes.</li><li>Réagir en sécurité et orienter avec le consentement de la personne.</li></ul>",
    },
    "ar": {
        "title": "التعرّف على ضحايا الاتجار بالأشخاص",
        "summary": "التعرّف على مؤشرات الاتجار بالأشخاص والتصرّف بأمان عند الاشتباه.",
        "audience": "مديرو الحالات وفرق التواصل الميداني وموظفو الاستقبال",
        "duration": "ساعتان",
        "prerequisites": "أساسيات إدارة الحالات.",
        "objectives": "<ul><li>التعرّف على مؤشرات الاتجار بالأشخاص.</li><li>التصرّف بأمان والإحالة بموافقة الشخص.</li></ul>",
    },
    "modules": [
        {
            "pass_mark": 80,
            "title": {"en": "Indicators", "fr": "Les indicateurs", "ar": "المؤشرات"},
            "lessons": [
                {
                    "title": {"en": "Common indicators", "fr": "Indicateurs courants", "ar": "المؤشرات الشائعة"},
                    "summary": {
                        "en": "Control of documents, debt, restricted movement, deception about work.",
                        "fr": "Confiscation des documents, dette, liberté de mouvement restreinte, tromperie sur le travail.",
                        "ar": "مصادرة الوثائق، الديون، تقييد الحركة، الخداع بشأن العمل.",
                    },
                    "text": {
                        "en": "<p>No single indicator proves trafficking. Look for a combination: identity documents held by someone else, a debt that keeps growing, work different from what was promised, threats against family, and being unable to leave.</p>",
                        "fr": "<p>Aucun indicateur ne prouve à lui seul la traite. Cherchez une combinaison : documents d'identité détenus par un tiers, dette qui ne cesse d'augmenter, travail différent de celui promis, menaces contre la famille, impossibilité de partir.</p>",
                        "ar": "<p>لا يوجد مؤشر واحد يثبت الاتجار بمفرده. ابحث عن مجموعة مؤشرات: وثائق هوية يحتفظ بها شخص آخر، ودَين يتزايد باستمرار، وعمل يختلف عمّا وُعد به، وتهديدات ضد الأسرة، وعدم القدرة على المغادرة.</p>",
                    },
                    "questions": [
                        (
                            "multiple_choice",
                            {
                                "en": (
                                    "Which of these are indicators of trafficking?",
                                    [
                                        (
                                            "The employer keeps the person's passport",
                                            True,
                                            "Yes: control of documents is a key indicator.",
                                        ),
                                        (
                                            "A debt to the recruiter that keeps growing",
                                            True,
                                            "Yes: debt bondage is a common means of control.",
                                        ),
                                        (
                                            "Travelling with a sibling",
                                            False,
                                            "Not on its own: many people travel with family.",
                                        ),
                                    ],
                                ),
                                "fr": (
                                    "Lesquels de ces éléments sont des indicateurs de traite ?",
                                    [
                                        (
                                            "L'employeur garde le passeport de la personne",
                                            True,
                                            "Oui : le contrôle des documents est un indicateur clé.",
                                        ),
                                        (
                                            "Une dette envers le recruteur qui ne cesse d'augmenter",
                                            True,
                                            "Oui : la servitude pour dettes est un moyen de contrôle fréquent.",
                                        ),
                                        (
                                            "Voyager avec un frère ou une sœur",
                                            False,
                                            "Pas à lui seul : beaucoup de personnes voyagent en famille.",
                                        ),
                                    ],
                                ),
                                "ar": (
                                    "أيّ مما يلي يُعد من مؤشرات الاتجار؟",
                                    [
                                        (
                                            "صاحب العمل يحتفظ بجواز سفر الشخص",
                                            True,
                                            "نعم: السيطرة على الوثائق مؤشر أساسي.",
                                        ),
                                        (
                                            "دَين للوسيط يتزايد باستمرار",
                                            True,
                                            "نعم: عبودية الدَّين وسيلة سيطرة شائعة.",
                                        ),
                                        ("السفر مع أخ أو أخت", False, "ليس بمفرده: كثيرون يسافرون مع أسرهم."),
                                    ],
                                ),
                            },
                        ),
                    ],
                },
            ],
        },
        {
            "pass_mark": 80,
            "title": {"en": "Responding safely", "fr": "Réagir en sécurité", "ar": "التصرّف بأمان"},
            "lessons": [
                {
                    "title": {
                        "en": "When you suspect trafficking",
                        "fr": "En cas de soupçon de traite",
                        "ar": "عند الاشتباه في الاتجار",
                    },
                    "summary": {
                        "en": "Safety first, then information, consent and referral.",
                        "fr": "La sécurité d'abord, puis l'information, le consentement et l'orientation.",
                        "ar": "الأمان أولاً، ثم المعلومات والموافقة والإحالة.",
                    },
                    "text": {
                        "en": "<p>Never confront a suspected trafficker. Check the person's immediate safety, speak with them alone, explain the protection available and refer only with their consent. If the person is a child, follow the child protection procedure at once.</p>",
                        "fr": "<p>Ne confrontez jamais un trafiquant présumé. Vérifiez la sécurité immédiate de la personne, parlez-lui seule à seule, expliquez la protection disponible et n'orientez qu'avec son consentement. S'il s'agit d'un enfant, appliquez immédiatement la procédure de protection de l'enfance.</p>",
                        "ar": "<p>لا تواجه أبداً مشتبهاً به في الاتجار. تحقّق من سلامة الشخص الفورية، وتحدّث إليه على انفراد، واشرح الحماية المتاحة، ولا تُحِل إلا بموافقته. وإذا كان الشخص طفلاً، فطبّق إجراءات حماية الطفل فوراً.</p>",
                    },
                    "scenario": {
                        "en": (
                            "A worker at the market",
                            "<p>A young woman tells you quietly that her 'boss' waits outside and that she cannot leave until she repays 3,000 dinars.</p>",
                            "<p>What do you do in the next ten minutes?</p>",
                        ),
                        "fr": (
                            "Une travailleuse au marché",
                            "<p>Une jeune femme vous confie à voix basse que son « patron » l'attend dehors et qu'elle ne peut pas partir avant d'avoir remboursé 3 000 dinars.</p>",
                            "<p>Que faites-vous dans les dix prochaines minutes ?</p>",
                        ),
                        "ar": (
                            "عاملة في السوق",
                            "<p>تخبرك شابة بصوت منخفض أن «مديرها» ينتظر في الخارج وأنها لا تستطيع المغادرة قبل أن تسدد 3000 دينار.</p>",
                            "<p>ماذا تفعل خلال الدقائق العشر القادمة؟</p>",
                        ),
                    },
                    "questions": [
                        (
                            "single_choice",
                            {
                                "en": (
                                    "The person's 'boss' is waiting outside. What do you do first?",
                                    [
                                        (
                                            "Check the person's immediate safety and speak with them alone",
                                            True,
                                            "Right: safety first, in private.",
                                        ),
                                        (
                                            "Go outside and ask the boss for the passport",
                                            False,
                                            "No: never confront a suspected trafficker.",
                                        ),
                                    ],
                                ),
                                "fr": (
                                    "Le « patron » de la personne attend dehors. Que faites-vous d'abord ?",
                                    [
                                        (
                                            "Vérifier la sécurité immédiate de la personne et lui parler seule à seule",
                                            True,
                                            "Exact : la sécurité d'abord, en privé.",
                                        ),
                                        (
                                            "Sortir demander le passeport au patron",
                                            False,
                                            "Non : ne confrontez jamais un trafiquant présumé.",
                                        ),
                                    ],
                                ),
                                "ar": (
                                    "«مدير» الشخص ينتظر في الخارج. ماذا تفعل أولاً؟",
                                    [
                                        (
                                            "أتحقق من سلامة الشخص الفورية وأتحدث إليه على انفراد",
                                            True,
                                            "صحيح: الأمان أولاً وعلى انفراد.",
                                        ),
                                        (
                                            "أخرج وأطلب من المدير جواز السفر",
                                            False,
                                            "لا: لا تواجه أبداً مشتبهاً به في الاتجار.",
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
