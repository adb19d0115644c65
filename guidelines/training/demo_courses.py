"""The demo courses' text in English, French and Arabic (content, not interface strings)."""

# Each course: slug, per-language fields, modules; each module: pass mark, per-language title, lessons;
# each lesson: per-language title, summary, text (HTML), optional scenario and questions.
# A question: (kind, {lang: (prompt, [(answer, is_correct, feedback), ...])}).

COURSES = [
    {
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
    },
    {
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
    },
    {
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
    },
]

COUNTRY_NAMES = {
    "ML": ("Mali", "Mali", "مالي"),
    "NE": ("Niger", "Niger", "النيجر"),
    "EG": ("Egypt", "Égypte", "مصر"),
    "LY": ("Libya", "Libye", "ليبيا"),
    "TN": ("Tunisia", "Tunisie", "تونس"),
    "MA": ("Morocco", "Maroc", "المغرب"),
    "SD": ("Sudan", "Soudan", "السودان"),
    "ET": ("Ethiopia", "Éthiopie", "إثيوبيا"),
    "GN": ("Guinea", "Guinée", "غينيا"),
    "SN": ("Senegal", "Sénégal", "السنغال"),
    "AF": ("Afghanistan", "Afghanistan", "أفغانستان"),
    "IQ": ("Iraq", "Irak", "العراق"),
    "LB": ("Lebanon", "Liban", "لبنان"),
}
