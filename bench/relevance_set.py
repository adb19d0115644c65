"""The judged set of bench/relevance.py: 14 subjects a caseworker meets, each written up as three separate
posts (English, French, Arabic: different colleagues, not translations of one page), and 44 queries.

Every query is judged relevant to the three posts of its subject: the post in the query's language counts
as "same-language", the two others as "cross-language". Queries mix plain wording, typos, place names,
acronyms and long natural questions, and most avoid the posts' exact words, as a reader would.
"""

# subject -> {language: (title, text)}
POSTS = {
    "mobile-money": {
        "en": (
            "Paying rent with mobile money in Bamako",
            "Returnees in Bamako now receive their monthly cash grant on their phone. Most use it first to pay "
            "the landlord, and the agent network reaches villages where there is no bank.",
        ),
        "fr": (
            "Transferts par téléphone pour les rapatriés à Kayes",
            "Depuis janvier, l'allocation mensuelle est envoyée sur le portefeuille électronique du bénéficiaire. "
            "Les familles paient le loyer et les frais d'école sans se déplacer jusqu'à la ville.",
        ),
        "ar": (
            "المحفظة الإلكترونية لصرف المنحة النقدية",
            "يتلقى العائدون المنحة الشهرية عبر الهاتف المحمول، ويستخدمها معظمهم لدفع الإيجار وشراء الطعام دون "
            "الحاجة إلى فرع مصرفي قريب.",
        ),
    },
    "peer-support": {
        "en": (
            "Peer support circles for returnees",
            "Former migrants meet every week in the youth centre to talk about what happened on the road. A "
            "trained volunteer facilitates; people say they feel less alone.",
        ),
        "fr": (
            "Groupes de parole entre pairs à Conakry",
            "Chaque mardi, d'anciens migrants se retrouvent pour partager leur expérience du voyage et du retour. "
            "L'animatrice est elle-même revenue de Libye il y a deux ans.",
        ),
        "ar": (
            "مجموعات الدعم بين الأقران للعائدين",
            "يلتقي المهاجرون العائدون أسبوعيا في المركز المجتمعي للحديث عن تجربة الرحلة والعودة بمساعدة متطوع مدرب.",
        ),
    },
    "shelter-trafficking": {
        "en": (
            "Safe house for trafficking survivors in Agadez",
            "Women and girls rescued from exploitation stay up to three months in the safe house, with a nurse "
            "and a caseworker on site and a locked entrance.",
        ),
        "fr": (
            "Hébergement sécurisé des victimes de la traite",
            "Le centre accueille les personnes rescapées de la traite pendant trois mois, avec une infirmière, "
            "un gardien la nuit et un accompagnement vers le retour en famille.",
        ),
        "ar": (
            "دار إيواء آمنة لضحايا الاتجار بالبشر",
            "تستقبل الدار النساء والفتيات الناجيات من الاستغلال لمدة ثلاثة أشهر مع ممرضة ومديرة حالة وحراسة ليلية.",
        ),
    },
    "family-tracing": {
        "en": (
            "Finding the family of an unaccompanied boy",
            "A 14-year-old arrived alone at the transit centre. We asked the Red Cross to trace his mother "
            "through the village chief before any return was planned.",
        ),
        "fr": (
            "Retrouver les parents d'un mineur non accompagné",
            "Une fille de quinze ans est arrivée seule au centre de transit. La recherche de sa famille a pris "
            "six semaines, avec l'aide du chef de quartier et de la Croix-Rouge.",
        ),
        "ar": (
            "البحث عن أسرة طفل غير مصحوب",
            "وصل طفل في الرابعة عشرة وحده إلى مركز العبور، فطلبنا من الهلال الأحمر البحث عن والدته قبل التخطيط للعودة.",
        ),
    },
    "sleep-trauma": {
        "en": (
            "Nightmares and sleeplessness after detention",
            "A client who was held in a detention centre cannot sleep and has flashbacks. We referred him to the "
            "clinic psychologist and kept weekly check-in calls.",
        ),
        "fr": (
            "Troubles du sommeil après la détention",
            "Un bénéficiaire fait des cauchemars depuis sa détention et ne dort plus. Nous l'avons orienté vers "
            "la psychologue du centre de santé.",
        ),
        "ar": (
            "الكوابيس والأرق بعد الاحتجاز",
            "لا يستطيع أحد المستفيدين النوم منذ احتجازه وتراوده ذكريات مؤلمة، فأحلناه إلى الأخصائية النفسية في العيادة.",
        ),
    },
    "tailoring-business": {
        "en": (
            "Starting a tailoring workshop after return to Dakar",
            "With the reintegration grant she bought two sewing machines and rents a small room near the market. "
            "Her sales now cover the rent and school fees.",
        ),
        "fr": (
            "Ouvrir un atelier de couture au retour",
            "Grâce à l'appui à la réinsertion, il a acheté deux machines à coudre et loue un local près du "
            "marché de Thiès. Ses ventes couvrent le loyer.",
        ),
        "ar": (
            "افتتاح ورشة خياطة بعد العودة",
            "اشترت العائدة آلتي خياطة بالمنحة واستأجرت غرفة صغيرة قرب السوق، وأصبحت مبيعاتها تغطي الإيجار.",
        ),
    },
    "stigma": {
        "en": (
            "When the neighbours call returnees failures",
            "Young men who come back without money are mocked in their village. A radio programme with local "
            "leaders helped families welcome them home.",
        ),
        "fr": (
            "La honte du retour et le regard des voisins",
            "Les jeunes revenus les mains vides sont traités d'échecs par leur entourage. Des causeries avec les "
            "imams et les chefs de village ont changé le regard des familles.",
        ),
        "ar": (
            "وصمة العار التي تلاحق العائدين",
            "يتعرض الشباب العائدون دون مال للسخرية في قراهم، وقد ساعد برنامج إذاعي مع القادة المحليين الأسر على تقبلهم.",
        ),
    },
    "lost-documents": {
        "en": (
            "Replacing a passport lost in Tripoli",
            "The embassy issued a laissez-passer in ten days after we sent a copy of the birth certificate and a "
            "signed statement from the client.",
        ),
        "fr": (
            "Obtenir un laissez-passer sans passeport",
            "Le consulat a délivré un document de voyage provisoire après réception d'une copie de l'acte de "
            "naissance et d'une déclaration signée.",
        ),
        "ar": (
            "استخراج وثيقة سفر بعد ضياع جواز السفر",
            "أصدرت السفارة وثيقة مرور خلال عشرة أيام بعد أن أرسلنا نسخة من شهادة الميلاد وإفادة موقعة من المستفيد.",
        ),
    },
    "consent-sharing": {
        "en": (
            "Asking before sharing a case file with a partner",
            "Before we send any case file to the health partner, the client signs that they agree and we remove "
            "the details the partner does not need.",
        ),
        "fr": (
            "Partager un dossier avec un partenaire : l'accord du bénéficiaire",
            "Aucun dossier n'est transmis au partenaire sans l'accord signé de la personne, et seules les "
            "informations nécessaires sont envoyées.",
        ),
        "ar": (
            "موافقة المستفيد قبل مشاركة ملفه مع شريك",
            "لا نرسل أي ملف إلى الشريك الصحي قبل توقيع المستفيد على موافقته، ونحذف المعلومات التي لا يحتاجها الشريك.",
        ),
    },
    "women-safe-space": {
        "en": (
            "A women-only safe space in Niamey",
            "Survivors of sexual violence can talk to a female counsellor in a room with its own entrance, away "
            "from the men's waiting area.",
        ),
        "fr": (
            "Un espace sûr réservé aux femmes",
            "Les survivantes de violences sexuelles sont reçues par une conseillère dans une salle avec une entrée "
            "séparée, loin de la salle d'attente des hommes.",
        ),
        "ar": (
            "مساحة آمنة مخصصة للنساء",
            "تستقبل مرشدة الناجيات من العنف الجنسي في غرفة لها مدخل خاص بعيدا عن قاعة انتظار الرجال.",
        ),
    },
    "smuggler-debt": {
        "en": (
            "Returnees still owing money to smugglers",
            "Many come back owing the smuggler for the journey and are threatened. We connect them with legal aid "
            "and a debt counsellor and never pay the smugglers.",
        ),
        "fr": (
            "Les dettes envers les passeurs après le retour",
            "Beaucoup rentrent endettés auprès du passeur et reçoivent des menaces. Nous les orientons vers une "
            "aide juridique.",
        ),
        "ar": (
            "ديون العائدين للمهربين",
            "يعود كثيرون وهم مدينون للمهرب بثمن الرحلة ويتلقون تهديدات، فنحيلهم إلى المساعدة القانونية.",
        ),
    },
    "chronic-medication": {
        "en": (
            "Keeping diabetes treatment going after return",
            "A returnee with diabetes ran out of insulin on arrival in Addis Ababa. We paid three months of "
            "treatment and enrolled him in the community health insurance.",
        ),
        "fr": (
            "Continuer un traitement chronique au retour",
            "Une bénéficiaire sous traitement contre l'hypertension n'avait plus de médicaments à son arrivée. "
            "Nous avons couvert trois mois de traitement.",
        ),
        "ar": (
            "استمرار علاج مرض السكري بعد العودة",
            "نفد الإنسولين من أحد العائدين عند وصوله، فتكفلنا بثلاثة أشهر من العلاج وسجلناه في التأمين الصحي.",
        ),
    },
    "school-return": {
        "en": (
            "Getting children back into school after return",
            "The school in Casablanca asked for report cards the family lost abroad; the education office "
            "accepted a placement test instead.",
        ),
        "fr": (
            "Réinscrire les enfants à l'école après le retour",
            "L'école demandait les bulletins perdus pendant la migration ; la direction de l'éducation a accepté "
            "un test de niveau à la place.",
        ),
        "ar": (
            "إعادة تسجيل الأطفال في المدرسة بعد العودة",
            "طلبت المدرسة كشوف الدرجات التي فقدتها الأسرة في الخارج، فقبلت مديرية التعليم اختبار تحديد المستوى بدلا منها.",
        ),
    },
    "case-closure": {
        "en": (
            "When is it time to close a case?",
            "We close a case once the goals of the plan are met and two follow-up visits show the person is "
            "stable; the file stays archived for five years.",
        ),
        "fr": (
            "Quand clôturer un dossier ?",
            "Le dossier est clôturé quand les objectifs du plan sont atteints et que deux visites de suivi "
            "montrent que la situation est stable.",
        ),
        "ar": (
            "متى نغلق ملف الحالة؟",
            "نغلق الملف عندما تتحقق أهداف الخطة وتظهر زيارتا متابعة أن وضع الشخص مستقر، ويحفظ الملف خمس سنوات.",
        ),
    },
}

# (query, reader language, kind of query, subject)
QUERIES = [
    ("mobile money cash transfer", "en", "plain", "mobile-money"),
    ("argent envoyé sur le téléphone", "fr", "plain", "mobile-money"),
    ("تحويل المال عبر الهاتف", "ar", "plain", "mobile-money"),
    ("peer support group", "en", "plain", "peer-support"),
    ("soutien entre pairs pour les migrants de retour", "fr", "plain", "peer-support"),
    ("الدعم المجتمعي بين العائدين", "ar", "plain", "peer-support"),
    ("shelter for trafficking survivors in Agadez", "en", "place", "shelter-trafficking"),
    ("refuge pour victimes de traite", "fr", "plain", "shelter-trafficking"),
    ("مأوى ضحايا الاتجار", "ar", "plain", "shelter-trafficking"),
    (
        "how do I trace the parents of a child who arrived alone at the transit centre",
        "en",
        "question",
        "family-tracing",
    ),
    ("recherche familiale enfant non acompagné", "fr", "typo", "family-tracing"),
    ("طفل غير مصحوب البحث عن العائلة", "ar", "plain", "family-tracing"),
    ("MHPSS referral for nightmares", "en", "acronym", "sleep-trauma"),
    (
        "mon bénéficiaire ne dort plus depuis qu'il est sorti de détention, que faire ?",
        "fr",
        "question",
        "sleep-trauma",
    ),
    ("الصحة النفسية والدعم النفسي الاجتماعي بعد الاحتجاز", "ar", "plain", "sleep-trauma"),
    ("small business sewing after return", "en", "plain", "tailoring-business"),
    ("atelier de coutur microentreprise", "fr", "typo", "tailoring-business"),
    ("مشروع صغير خياطة", "ar", "plain", "tailoring-business"),
    ("stigma against returnees in the community", "en", "plain", "stigma"),
    ("les voisins se moquent des jeunes revenus sans argent", "fr", "question", "stigma"),
    ("نظرة المجتمع إلى المهاجر العائد", "ar", "plain", "stigma"),
    ("lost pasport travel document", "en", "typo", "lost-documents"),
    ("passeport perdu à Tripoli", "fr", "place", "lost-documents"),
    ("وثائق السفر للعائدين", "ar", "plain", "lost-documents"),
    ("informed consent before sharing a file with a partner", "en", "plain", "consent-sharing"),
    ("consentement éclairé protection des données", "fr", "plain", "consent-sharing"),
    ("هل يجب أن يوافق المستفيد قبل أن نرسل ملفه إلى منظمة أخرى؟", "ar", "question", "consent-sharing"),
    ("GBV safe space for women", "en", "acronym", "women-safe-space"),
    ("VBG espace sûr pour les femmes à Niamey", "fr", "acronym", "women-safe-space"),
    ("العنف القائم على النوع الاجتماعي مساحة آمنة", "ar", "plain", "women-safe-space"),
    (
        "a returnee is being threatened because he still owes the smuggler for the trip",
        "en",
        "question",
        "smuggler-debt",
    ),
    ("dette passeur menaces", "fr", "plain", "smuggler-debt"),
    ("تهريب المهاجرين ديون", "ar", "plain", "smuggler-debt"),
    ("insulin diabetes medication after return", "en", "plain", "chronic-medication"),
    ("traitement médical Addis-Abeba", "fr", "place", "chronic-medication"),
    ("الرعاية الصحية للأمراض المزمنة بعد العودة", "ar", "plain", "chronic-medication"),
    ("children back to school Casablanca", "en", "place", "school-return"),
    ("réinscription scolaire des enfants rapatriés", "fr", "plain", "school-return"),
    ("تعليم الأطفال العائدين", "ar", "plain", "school-return"),
    ("case closure criteria", "en", "plain", "case-closure"),
    ("quand fermer un dossier de gestion de cas", "fr", "plain", "case-closure"),
    ("إغلاق الحالة بعد المتابعة", "ar", "plain", "case-closure"),
    ("AVRR reintegration grant for a small shop", "en", "acronym", "tailoring-business"),
    ("Conakry groupe de parole", "fr", "place", "peer-support"),
]
