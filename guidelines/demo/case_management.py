"""Demo guideline: case management principles and process, three editions, EN/FR/AR, country notes."""

SLUG = "case-management"
TITLE = {
    "en": "Case management principles and process",
    "fr": "Principes et processus de gestion des cas",
    "ar": "مبادئ إدارة الحالات وإجراءاتها",
}
SUMMARY = {
    "en": "How caseworkers identify, assess, plan, refer, follow up and close the case of a migrant in need of protection.",
    "fr": "Comment les travailleurs sociaux identifient, évaluent, planifient, orientent, suivent et clôturent le dossier d'une personne migrante ayant besoin de protection.",
    "ar": "كيف يحدد الأخصائيون الحالة ويقيّمونها ويخططون لها ويحيلونها ويتابعونها ويغلقونها عند دعم مهاجر يحتاج إلى الحماية.",
}

SECTIONS = {
    "principles": {
        "anchor": "s-cmprin",
        "heading": {"en": "Guiding principles", "fr": "Principes directeurs", "ar": "المبادئ التوجيهية"},
        "text": {
            "en": "Every action in a case follows four principles: do no harm, informed consent, confidentiality, and the best interests of the child. When two principles pull in different directions, stop and discuss the case with your supervisor before acting.",
            "fr": "Chaque action dans un dossier respecte quatre principes : ne pas nuire, le consentement éclairé, la confidentialité et l'intérêt supérieur de l'enfant. Lorsque deux principes s'opposent, arrêtez-vous et discutez du cas avec votre superviseur avant d'agir.",
            "ar": "يلتزم كل إجراء في الحالة بأربعة مبادئ: عدم الإضرار، والموافقة المستنيرة، والسرية، والمصلحة الفضلى للطفل. وعندما يتعارض مبدآن، توقّف وناقش الحالة مع مشرفك قبل اتخاذ أي إجراء.",
        },
    },
    "identification": {
        "anchor": "s-cmiden",
        "heading": {"en": "Identification", "fr": "Identification", "ar": "تحديد الحالات"},
        "text": {
            "en": "A case begins when a person asks for help or is referred to us by a partner, a shelter or a community focal point. Use the screening form at first contact to see whether the person is at risk of violence, exploitation or abuse, or is a child travelling alone.",
            "fr": "Un dossier commence lorsqu'une personne demande de l'aide ou nous est orientée par un partenaire, un centre d'hébergement ou un point focal communautaire. Utilisez le formulaire de dépistage lors du premier contact pour savoir si la personne risque la violence, l'exploitation ou les abus, ou s'il s'agit d'un enfant voyageant seul.",
            "ar": "تبدأ الحالة عندما يطلب شخص المساعدة أو يحيله إلينا شريك أو مأوى أو منسّق مجتمعي. استخدم استمارة الفرز عند أول تواصل لمعرفة ما إذا كان الشخص معرّضًا لخطر العنف أو الاستغلال أو الإساءة، أو كان طفلًا يسافر بمفرده.",
        },
        "steps": [
            {
                "en": "Introduce yourself and explain the service in a language the person understands.",
                "fr": "Présentez-vous et expliquez le service dans une langue que la personne comprend.",
                "ar": "عرّف بنفسك واشرح الخدمة بلغة يفهمها الشخص.",
            },
            {
                "en": "Complete the screening questions in a private space.",
                "fr": "Remplissez les questions de dépistage dans un espace privé.",
                "ar": "أكمل أسئلة الفرز في مكان خاص.",
            },
            {
                "en": "If any risk indicator is present, open a case the same day.",
                "fr": "Si un indicateur de risque est présent, ouvrez un dossier le jour même.",
                "ar": "إذا ظهر أي مؤشر خطر، افتح ملف الحالة في اليوم نفسه.",
            },
        ],
        "notes": {
            "NE": {
                "en": "In Niger, children identified in Agadez are registered with the regional directorate for child protection within 24 hours.",
                "fr": "Au Niger, les enfants identifiés à Agadez sont signalés à la direction régionale de la protection de l'enfant dans les 24 heures.",
                "ar": "في النيجر، يُبلَّغ عن الأطفال الذين يُحدَّدون في أغاديز إلى المديرية الإقليمية لحماية الطفل خلال 24 ساعة.",
            },
        },
    },
    "assessment@1": {
        "anchor": "s-cmasse",
        "heading": {"en": "Assessment", "fr": "Évaluation", "ar": "التقييم"},
        "text": {
            "en": "Complete the full needs assessment within five working days of opening the case. Cover safety, health, legal status, family links, livelihood and psychosocial wellbeing, and record only what the case plan needs.",
            "fr": "Réalisez l'évaluation complète des besoins dans les cinq jours ouvrables suivant l'ouverture du dossier. Couvrez la sécurité, la santé, le statut juridique, les liens familiaux, les moyens de subsistance et le bien-être psychosocial, et n'enregistrez que ce dont le plan d'action a besoin.",
            "ar": "أكمل التقييم الشامل للاحتياجات خلال خمسة أيام عمل من فتح الحالة. غطِّ السلامة والصحة والوضع القانوني والروابط الأسرية وسبل العيش والرفاه النفسي والاجتماعي، ولا تسجّل إلا ما تحتاجه خطة الحالة.",
        },
    },
    "assessment@2": {
        "anchor": "s-cmasse",
        "heading": {
            "en": "Assessment of needs and risks",
            "fr": "Évaluation des besoins et des risques",
            "ar": "تقييم الاحتياجات والمخاطر",
        },
        "text": {
            "en": "Complete the full needs assessment within five working days of opening the case, and within two working days when the person is a child or at high risk. Cover safety, health, legal status, family links, livelihood and psychosocial wellbeing, and record only what the case plan needs.",
            "fr": "Réalisez l'évaluation complète des besoins dans les cinq jours ouvrables suivant l'ouverture du dossier, et dans les deux jours ouvrables lorsque la personne est un enfant ou court un risque élevé. Couvrez la sécurité, la santé, le statut juridique, les liens familiaux, les moyens de subsistance et le bien-être psychosocial, et n'enregistrez que ce dont le plan d'action a besoin.",
            "ar": "أكمل التقييم الشامل للاحتياجات خلال خمسة أيام عمل من فتح الحالة، وخلال يومي عمل إذا كان الشخص طفلًا أو معرّضًا لخطر مرتفع. غطِّ السلامة والصحة والوضع القانوني والروابط الأسرية وسبل العيش والرفاه النفسي والاجتماعي، ولا تسجّل إلا ما تحتاجه خطة الحالة.",
        },
        "callout": {
            "en": "If the person faces an immediate threat, make a safety plan before finishing the assessment.",
            "fr": "Si la personne fait face à une menace immédiate, établissez un plan de sécurité avant de terminer l'évaluation.",
            "ar": "إذا كان الشخص يواجه تهديدًا مباشرًا، ضع خطة للسلامة قبل إنهاء التقييم.",
        },
    },
    "planning": {
        "anchor": "s-cmplan",
        "heading": {"en": "Case planning", "fr": "Plan d'action du dossier", "ar": "التخطيط للحالة"},
        "text": {
            "en": "Agree the case plan with the person: each goal names the action, who does it, and by when. Review the plan at every follow-up and whenever the person's situation changes.",
            "fr": "Convenez du plan d'action avec la personne : chaque objectif précise l'action, qui la mène et dans quel délai. Revoyez le plan à chaque suivi et dès que la situation de la personne change.",
            "ar": "اتفق على خطة الحالة مع الشخص: يحدد كل هدف الإجراء ومن يقوم به وموعد إنجازه. راجع الخطة في كل متابعة وكلما تغيّر وضع الشخص.",
        },
    },
    "conference": {
        "anchor": "s-cmconf",
        "heading": {"en": "Case conferences", "fr": "Conférences de cas", "ar": "اجتماعات مناقشة الحالات"},
        "text": {
            "en": "Hold a case conference with the partners involved when a case has more than three open referrals or has not progressed for one month.",
            "fr": "Organisez une conférence de cas avec les partenaires concernés lorsqu'un dossier compte plus de trois orientations ouvertes ou n'a pas progressé depuis un mois.",
            "ar": "اعقد اجتماعًا لمناقشة الحالة مع الشركاء المعنيين عندما تكون للحالة أكثر من ثلاث إحالات مفتوحة أو لم تتقدم منذ شهر.",
        },
    },
    "referral@1": {
        "anchor": "s-cmrefe",
        "heading": {"en": "Referral", "fr": "Orientation", "ar": "الإحالة"},
        "text": {
            "en": "Refer the person to a service only with their informed consent, and share only the information that service needs. Use the inter-agency referral form and confirm by phone that the referral was received.",
            "fr": "N'orientez la personne vers un service qu'avec son consentement éclairé, et ne partagez que les informations dont ce service a besoin. Utilisez le formulaire d'orientation interinstitutionnel et confirmez par téléphone la réception de l'orientation.",
            "ar": "لا تُحِل الشخص إلى أي خدمة إلا بموافقته المستنيرة، ولا تشارك إلا المعلومات التي تحتاجها تلك الخدمة. استخدم استمارة الإحالة المشتركة بين الوكالات وتأكد هاتفيًا من استلام الإحالة.",
        },
    },
    "referral@2": {
        "anchor": "s-cmrefe",
        "heading": {"en": "Referral", "fr": "Orientation", "ar": "الإحالة"},
        "text": {
            "en": "Refer the person to a service only with their informed consent, or for a child with the consent of a parent or guardian and the child's own assent. Share only the information that service needs, use the inter-agency referral form and confirm within two working days that the referral was received.",
            "fr": "N'orientez la personne vers un service qu'avec son consentement éclairé, ou pour un enfant avec le consentement d'un parent ou tuteur et l'assentiment de l'enfant lui-même. Ne partagez que les informations dont ce service a besoin, utilisez le formulaire d'orientation interinstitutionnel et confirmez dans les deux jours ouvrables la réception de l'orientation.",
            "ar": "لا تُحِل الشخص إلى أي خدمة إلا بموافقته المستنيرة، أو في حالة الطفل بموافقة أحد الوالدين أو الوصي مع قبول الطفل نفسه. لا تشارك إلا المعلومات التي تحتاجها تلك الخدمة، واستخدم استمارة الإحالة المشتركة بين الوكالات وتأكد خلال يومي عمل من استلام الإحالة.",
        },
        "notes": {
            "EG": {
                "en": "In Egypt, cases of trafficking in persons are referred through the national referral mechanism coordinated by the national committee; call its hotline before any transfer.",
                "fr": "En Égypte, les cas de traite des personnes sont orientés par le mécanisme national d'orientation coordonné par le comité national ; appelez sa ligne d'assistance avant tout transfert.",
                "ar": "في مصر، تُحال حالات الاتجار بالأشخاص عبر آلية الإحالة الوطنية التي تنسّقها اللجنة الوطنية؛ اتصل بخطها الساخن قبل أي نقل.",
            },
            "NE": {
                "en": "In Niger, refer unaccompanied children to the regional directorate for child protection, which assigns a social worker.",
                "fr": "Au Niger, orientez les enfants non accompagnés vers la direction régionale de la protection de l'enfant, qui désigne un travailleur social.",
                "ar": "في النيجر، أحِل الأطفال غير المصحوبين إلى المديرية الإقليمية لحماية الطفل التي تعيّن أخصائيًا اجتماعيًا.",
            },
            "MA": {
                "en": "In Morocco, medical referrals for migrants go through the public health centres; accompany the person on the first visit when possible.",
                "fr": "Au Maroc, les orientations médicales des personnes migrantes passent par les centres de santé publics ; accompagnez la personne lors de la première visite si possible.",
                "ar": "في المغرب، تمر الإحالات الطبية للمهاجرين عبر المراكز الصحية العمومية؛ رافق الشخص في الزيارة الأولى كلما أمكن.",
            },
            "ML": {
                "en": "In Mali, the regional directorate for the promotion of women, children and the family receives child protection referrals in Gao and Mopti.",
                "fr": "Au Mali, la direction régionale de la promotion de la femme, de l'enfant et de la famille reçoit les orientations de protection de l'enfance à Gao et à Mopti.",
                "ar": "في مالي، تستقبل المديرية الإقليمية للنهوض بالمرأة والطفل والأسرة إحالات حماية الطفل في غاو وموبتي.",
            },
        },
    },
    "data": {
        "anchor": "s-cmdata",
        "heading": {
            "en": "Protecting personal data",
            "fr": "Protection des données personnelles",
            "ar": "حماية البيانات الشخصية",
        },
        "text": {
            "en": "Keep case files in the case management system only, never in personal phones or messaging groups. Use the case number, not the person's name, when you discuss a case with partners.",
            "fr": "Conservez les dossiers uniquement dans le système de gestion des cas, jamais sur un téléphone personnel ni dans des groupes de messagerie. Utilisez le numéro de dossier, et non le nom de la personne, lorsque vous discutez d'un cas avec des partenaires.",
            "ar": "احفظ ملفات الحالات في نظام إدارة الحالات فقط، ولا تحفظها أبدًا في الهواتف الشخصية أو مجموعات المراسلة. استخدم رقم الحالة لا اسم الشخص عند مناقشة الحالة مع الشركاء.",
        },
    },
    "followup": {
        "anchor": "s-cmfoll",
        "heading": {"en": "Follow-up", "fr": "Suivi", "ar": "المتابعة"},
        "text": {
            "en": "Contact the person at least every two weeks while goals are open, and after every referral. Record what changed, what was done and the next step.",
            "fr": "Contactez la personne au moins toutes les deux semaines tant que des objectifs restent ouverts, et après chaque orientation. Notez ce qui a changé, ce qui a été fait et la prochaine étape.",
            "ar": "تواصل مع الشخص مرة كل أسبوعين على الأقل ما دامت هناك أهداف مفتوحة، وبعد كل إحالة. سجّل ما تغيّر وما أُنجز والخطوة التالية.",
        },
    },
    "closure": {
        "anchor": "s-cmclos",
        "heading": {"en": "Case closure", "fr": "Clôture du dossier", "ar": "إغلاق الحالة"},
        "text": {
            "en": "Close the case when the goals of the plan are met, when the person asks to stop, or when we lose contact for three months. Explain to the person how to reach us again.",
            "fr": "Clôturez le dossier lorsque les objectifs du plan sont atteints, lorsque la personne demande d'arrêter ou lorsque le contact est perdu depuis trois mois. Expliquez à la personne comment nous joindre à nouveau.",
            "ar": "أغلق الحالة عندما تتحقق أهداف الخطة، أو عندما يطلب الشخص التوقف، أو عند انقطاع التواصل لمدة ثلاثة أشهر. اشرح للشخص كيف يمكنه التواصل معنا مجددًا.",
        },
        "checklist": [
            {
                "en": "Goals of the case plan reviewed with the person",
                "fr": "Objectifs du plan revus avec la personne",
                "ar": "مراجعة أهداف خطة الحالة مع الشخص",
            },
            {
                "en": "Open referrals closed or handed over",
                "fr": "Orientations ouvertes clôturées ou transférées",
                "ar": "إغلاق الإحالات المفتوحة أو تسليمها",
            },
            {
                "en": "Supervisor approval recorded",
                "fr": "Accord du superviseur enregistré",
                "ar": "تسجيل موافقة المشرف",
            },
        ],
    },
}

EDITIONS = [
    {
        "label": "1.0",
        "effective": "2024-03-01",
        "note": {"en": "First edition.", "fr": "Première édition.", "ar": "الطبعة الأولى."},
        "sections": [
            "principles",
            "identification",
            "assessment@1",
            "planning",
            "conference",
            "referral@1",
            "followup",
            "closure",
        ],
        "translations": ["fr", "ar"],
    },
    {
        "label": "2.0",
        "effective": "2025-02-01",
        "note": {
            "en": "Shorter assessment deadline for children and high-risk cases; case conferences folded into case planning; new section on protecting personal data.",
            "fr": "Délai d'évaluation raccourci pour les enfants et les cas à risque élevé ; conférences de cas intégrées au plan d'action ; nouvelle section sur la protection des données personnelles.",
            "ar": "تقصير مهلة التقييم للأطفال والحالات عالية الخطورة؛ دمج اجتماعات مناقشة الحالات في التخطيط للحالة؛ قسم جديد عن حماية البيانات الشخصية.",
        },
        "sections": [
            "principles",
            "data",
            "identification",
            "assessment@2",
            "planning",
            "referral@1",
            "followup",
            "closure",
        ],
        "translations": ["fr", "ar"],
    },
    {
        "label": "2.1",
        "effective": "2025-10-01",
        "note": {
            "en": "Referral: consent and assent of children, confirmation within two working days, national referral mechanisms per country.",
            "fr": "Orientation : consentement et assentiment des enfants, confirmation sous deux jours ouvrables, mécanismes nationaux d'orientation par pays.",
            "ar": "الإحالة: موافقة الأطفال وقبولهم، والتأكيد خلال يومي عمل، وآليات الإحالة الوطنية حسب البلد.",
        },
        "sections": [
            "principles",
            "data",
            "identification",
            "assessment@2",
            "planning",
            "referral@2",
            "followup",
            "closure",
        ],
        "translations": ["fr"],  # the Arabic translation still follows 2.0
    },
]
