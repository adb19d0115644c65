"""Demo guideline: reintegration assistance across economic, social and psychosocial dimensions."""

SLUG = "reintegration-assistance"
TITLE = {"en": "Reintegration assistance", "fr": "Aide à la réintégration", "ar": "المساعدة على إعادة الإدماج"}
SUMMARY = {
    "en": "Planning and delivering reintegration support for returnees: economic, social and psychosocial.",
    "fr": "Planifier et fournir l'aide à la réintégration des personnes de retour : économique, sociale et psychosociale.",
    "ar": "تخطيط دعم إعادة إدماج العائدين وتقديمه: اقتصاديًا واجتماعيًا ونفسيًا واجتماعيًا.",
}

SECTIONS = {
    "approach": {
        "anchor": "s-riappr",
        "heading": {"en": "An integrated approach", "fr": "Une approche intégrée", "ar": "نهج متكامل"},
        "text": {
            "en": "Reintegration is sustainable when the returnee is economically self-sufficient, socially connected and psychologically well. Plan the three dimensions together in one reintegration plan, starting within one month of return.",
            "fr": "La réintégration est durable lorsque la personne de retour est autonome sur le plan économique, insérée socialement et en bonne santé psychologique. Planifiez les trois dimensions ensemble dans un seul plan de réintégration, commencé dans le mois qui suit le retour.",
            "ar": "تكون إعادة الإدماج مستدامة عندما يكون العائد مكتفيًا اقتصاديًا ومترابطًا اجتماعيًا ومعافى نفسيًا. خطّط للأبعاد الثلاثة معًا في خطة واحدة لإعادة الإدماج تبدأ خلال شهر من العودة.",
        },
    },
    "economic@1": {
        "anchor": "s-riecon",
        "heading": {"en": "Economic reintegration", "fr": "Réintégration économique", "ar": "إعادة الإدماج الاقتصادي"},
        "text": {
            "en": "Support a business plan, vocational training or job placement that fits the local market. Release in-kind support in two instalments, the second after a follow-up visit.",
            "fr": "Appuyez un plan d'entreprise, une formation professionnelle ou un placement adaptés au marché local. Versez l'aide en nature en deux tranches, la seconde après une visite de suivi.",
            "ar": "ادعم خطة مشروع أو تدريبًا مهنيًا أو توظيفًا يلائم السوق المحلية. قدّم الدعم العيني على دفعتين، الثانية بعد زيارة متابعة.",
        },
    },
    "economic@2": {
        "anchor": "s-riecon",
        "heading": {"en": "Economic reintegration", "fr": "Réintégration économique", "ar": "إعادة الإدماج الاقتصادي"},
        "text": {
            "en": "Support a business plan, vocational training or job placement that fits a local market assessment less than a year old. Release in-kind support in two instalments, the second after a follow-up visit confirms the activity has started.",
            "fr": "Appuyez un plan d'entreprise, une formation professionnelle ou un placement adaptés à une étude du marché local datant de moins d'un an. Versez l'aide en nature en deux tranches, la seconde après une visite de suivi confirmant le démarrage de l'activité.",
            "ar": "ادعم خطة مشروع أو تدريبًا مهنيًا أو توظيفًا يلائم تقييمًا للسوق المحلية لا يتجاوز عمره سنة. قدّم الدعم العيني على دفعتين، الثانية بعد زيارة متابعة تؤكد بدء النشاط.",
        },
        "notes": {
            "ML": {
                "en": "In Mali, returnees can join the cooperatives supported by the regional chambers of agriculture; check the current list with the field office.",
                "fr": "Au Mali, les personnes de retour peuvent rejoindre les coopératives appuyées par les chambres régionales d'agriculture ; vérifiez la liste à jour auprès du bureau de terrain.",
                "ar": "في مالي، يمكن للعائدين الانضمام إلى التعاونيات التي تدعمها الغرف الجهوية للزراعة؛ تحقق من القائمة المحدثة لدى المكتب الميداني.",
            },
            "MA": {
                "en": "In Morocco, returnees under 35 may be eligible for the national youth employment programmes; refer through the local employment agency.",
                "fr": "Au Maroc, les personnes de retour de moins de 35 ans peuvent être éligibles aux programmes nationaux d'emploi des jeunes ; orientez-les via l'agence locale pour l'emploi.",
                "ar": "في المغرب، قد يستفيد العائدون دون 35 عامًا من البرامج الوطنية لتشغيل الشباب؛ أحِلهم عبر الوكالة المحلية للتشغيل.",
            },
        },
    },
    "social": {
        "anchor": "s-risoci",
        "heading": {"en": "Social reintegration", "fr": "Réintégration sociale", "ar": "إعادة الإدماج الاجتماعي"},
        "text": {
            "en": "Help the returnee reach housing, health care, schooling for children and civil documents. Where families or communities reject returnees, involve community leaders only with the returnee's consent.",
            "fr": "Aidez la personne de retour à accéder au logement, aux soins de santé, à la scolarisation des enfants et aux documents d'état civil. Lorsque des familles ou communautés rejettent les personnes de retour, n'impliquez les responsables communautaires qu'avec l'accord de la personne.",
            "ar": "ساعد العائد على الوصول إلى السكن والرعاية الصحية وتعليم الأطفال ووثائق الأحوال المدنية. وحيثما ترفض الأسر أو المجتمعات العائدين، لا تُشرك القيادات المجتمعية إلا بموافقة العائد.",
        },
        "notes": {
            "EG": {
                "en": "In Egypt, help returnees replace lost national ID cards at the civil registry before any other referral.",
                "fr": "En Égypte, aidez les personnes de retour à remplacer leur carte d'identité nationale perdue auprès de l'état civil avant toute autre orientation.",
                "ar": "في مصر، ساعد العائدين على استخراج بدل فاقد لبطاقة الرقم القومي من السجل المدني قبل أي إحالة أخرى.",
            },
        },
    },
    "psychosocial@1": {
        "anchor": "s-ripsyc",
        "heading": {
            "en": "Psychosocial reintegration",
            "fr": "Réintégration psychosociale",
            "ar": "إعادة الإدماج النفسي والاجتماعي",
        },
        "text": {
            "en": "Offer psychological first aid at arrival and screen for distress at the first reintegration counselling session. Refer to specialised mental health care when needed.",
            "fr": "Proposez les premiers secours psychologiques à l'arrivée et repérez la détresse lors de la première séance de conseil en réintégration. Orientez vers des soins de santé mentale spécialisés si nécessaire.",
            "ar": "قدّم الإسعافات النفسية الأولية عند الوصول، وتحرَّ علامات الضيق في أول جلسة إرشاد لإعادة الإدماج. أحِل إلى رعاية الصحة النفسية المتخصصة عند الحاجة.",
        },
    },
    "psychosocial@2": {
        "anchor": "s-ripsyc",
        "heading": {"en": "Psychosocial support", "fr": "Soutien psychosocial", "ar": "الدعم النفسي والاجتماعي"},
        "text": {
            "en": "Offer psychological first aid at arrival and screen for distress at the first and third counselling sessions. Offer peer support groups, and refer to specialised mental health care when the screening score or the person's own account calls for it.",
            "fr": "Proposez les premiers secours psychologiques à l'arrivée et repérez la détresse lors de la première et de la troisième séance de conseil. Proposez des groupes de soutien par les pairs, et orientez vers des soins de santé mentale spécialisés lorsque le score de dépistage ou le récit de la personne le justifie.",
            "ar": "قدّم الإسعافات النفسية الأولية عند الوصول، وتحرَّ علامات الضيق في جلستي الإرشاد الأولى والثالثة. اقترح مجموعات دعم الأقران، وأحِل إلى رعاية الصحة النفسية المتخصصة عندما تستدعي ذلك نتيجة الفحص أو رواية الشخص نفسه.",
        },
        "callout": {
            "en": "Never push a returnee to recount their journey; let them choose what to share.",
            "fr": "Ne poussez jamais une personne de retour à raconter son parcours ; laissez-la choisir ce qu'elle partage.",
            "ar": "لا تضغط أبدًا على العائد ليروي تفاصيل رحلته؛ دعه يختار ما يشاركه.",
        },
        "notes": {
            "GN": {
                "en": "In Guinea, reintegration counsellors in Conakry run the peer support groups with the health centres' psychosocial focal points; refer distress beyond the group to the Donka hospital's mental health service.",
                "fr": "En Guinée, les conseillers en réintégration de Conakry animent les groupes de soutien par les pairs avec les points focaux psychosociaux des centres de santé ; orientez toute détresse qui dépasse le groupe vers le service de santé mentale de l'hôpital Donka.",
                "ar": "في غينيا، يدير مستشارو إعادة الإدماج في كوناكري مجموعات دعم الأقران مع جهات الاتصال النفسية والاجتماعية في المراكز الصحية؛ أحِل كل ضيق يتجاوز المجموعة إلى خدمة الصحة النفسية في مستشفى دونكا.",
            },
        },
    },
    "community": {
        "anchor": "s-ricomm",
        "heading": {"en": "Community-based projects", "fr": "Projets communautaires", "ar": "المشاريع المجتمعية"},
        "text": {
            "en": "Where many people return to the same area, a collective project run with residents can reduce tension and create jobs for returnees and their neighbours alike.",
            "fr": "Là où de nombreuses personnes reviennent dans la même zone, un projet collectif mené avec les habitants peut réduire les tensions et créer des emplois pour les personnes de retour comme pour leurs voisins.",
            "ar": "حيث يعود كثيرون إلى المنطقة نفسها، يمكن لمشروع جماعي يُدار مع السكان أن يخفف التوتر ويوفر فرص عمل للعائدين وجيرانهم على حد سواء.",
        },
    },
    "monitoring": {
        "anchor": "s-rimoni",
        "heading": {"en": "Monitoring and closure", "fr": "Suivi et clôture", "ar": "الرصد والإغلاق"},
        "text": {
            "en": "Measure progress with the reintegration sustainability survey at six and twelve months. Close the reintegration case after the twelve-month survey or earlier when the plan is complete.",
            "fr": "Mesurez les progrès avec l'enquête sur la durabilité de la réintégration à six et douze mois. Clôturez le dossier après l'enquête à douze mois, ou plus tôt si le plan est achevé.",
            "ar": "قِس التقدّم باستخدام استبيان استدامة إعادة الإدماج بعد ستة أشهر واثني عشر شهرًا. أغلق ملف إعادة الإدماج بعد استبيان الشهر الثاني عشر أو قبل ذلك إذا اكتملت الخطة.",
        },
    },
}

EDITIONS = [
    {
        "label": "1.0",
        "effective": "2024-06-01",
        "note": {"en": "First edition.", "fr": "Première édition.", "ar": "الطبعة الأولى."},
        "sections": ["approach", "economic@1", "social", "psychosocial@1", "monitoring"],
        "translations": ["fr", "ar"],
    },
    {
        "label": "1.1",
        "effective": "2025-09-15",
        "note": {
            "en": "Psychosocial support reworded and placed before economic support; new section on community-based projects; market assessment required.",
            "fr": "Soutien psychosocial reformulé et placé avant l'appui économique ; nouvelle section sur les projets communautaires ; étude de marché exigée.",
            "ar": "إعادة صياغة الدعم النفسي والاجتماعي وتقديمه على الدعم الاقتصادي؛ قسم جديد عن المشاريع المجتمعية؛ اشتراط تقييم السوق.",
        },
        "sections": ["approach", "psychosocial@2", "economic@2", "social", "community", "monitoring"],
        "translations": ["fr", "ar"],
    },
]
