"""The home page and the portal's standard pages, written in English, French and Arabic.

Bodies are StreamField raw data; `{privacy}` in a rich text is replaced by the id of the privacy page
in the same language when the page is loaded.
"""


def heading(text: str) -> dict:
    return {"type": "heading", "value": {"text": text}}


def paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def callout(html: str, tone: str = "warning") -> dict:
    return {"type": "callout", "value": {"tone": tone, "text": html}}


HOME = {
    "en": {
        "title": "Home",
        "headline": "Case management community of practice",
        "intro": (
            "<p>One place for the caseworkers of the migrant protection and reintegration programme in fourteen "
            "countries: read the current case-management guidelines in your language, take short training courses, "
            "and learn from colleagues who faced the same situation in another country.</p>"
        ),
        "body": [
            heading("How caseworkers use the portal"),
            paragraph(
                "<ul><li>Find the guideline section for the case in front of you and cite it by its number.</li>"
                "<li>Follow a course at your own pace: your progress is kept.</li>"
                "<li>Share a lesson learned or ask your peers in the forum.</li></ul>"
            ),
            callout(
                "<p>Never post names, case numbers, photos or any detail that could identify a migrant, a survivor "
                'or a child. Read <a linktype="page" id="{privacy}">Privacy and data protection</a>.</p>'
            ),
        ],
    },
    "fr": {
        "title": "Accueil",
        "headline": "Communauté de pratique de la gestion des cas",
        "intro": (
            "<p>Un espace commun pour les gestionnaires de cas du programme de protection et de réintégration des "
            "migrants dans quatorze pays : consultez les lignes directrices de gestion des cas en vigueur dans votre "
            "langue, suivez de courtes formations et apprenez de collègues qui ont vécu la même situation dans un "
            "autre pays.</p>"
        ),
        "body": [
            heading("Comment les gestionnaires de cas utilisent le portail"),
            paragraph(
                "<ul><li>Trouvez la section des lignes directrices qui correspond au cas que vous suivez et citez-la "
                "par son numéro.</li>"
                "<li>Suivez une formation à votre rythme : votre progression est conservée.</li>"
                "<li>Partagez un enseignement tiré de votre pratique ou interrogez vos pairs sur le forum.</li></ul>"
            ),
            callout(
                "<p>Ne publiez jamais de noms, de numéros de dossier, de photos ni aucun détail permettant "
                "d’identifier un migrant, une victime ou un enfant. Lisez "
                '<a linktype="page" id="{privacy}">Confidentialité et protection des données</a>.</p>'
            ),
        ],
    },
    "ar": {
        "title": "الرئيسية",
        "headline": "مجتمع الممارسة لإدارة الحالات",
        "intro": (
            "<p>مساحة واحدة لمديري الحالات في برنامج حماية المهاجرين وإعادة إدماجهم في أربعة عشر بلدًا: اطّلع على "
            "الإرشادات السارية لإدارة الحالات بلغتك، وتابع دورات تدريبية قصيرة، واستفد من تجارب زملاء واجهوا "
            "الموقف نفسه في بلد آخر.</p>"
        ),
        "body": [
            heading("كيف يستخدم مديرو الحالات البوابة"),
            paragraph(
                "<ul><li>ابحث عن قسم الإرشادات المتعلق بالحالة التي تتابعها واستشهد به برقمه.</li>"
                "<li>تابع الدورة التدريبية وفق وتيرتك: يُحفظ تقدّمك.</li>"
                "<li>شارك درسًا مستفادًا من عملك أو اطرح سؤالك على زملائك في المنتدى.</li></ul>"
            ),
            callout(
                "<p>لا تنشر أبدًا أسماء أو أرقام ملفات أو صورًا أو أي تفصيل قد يكشف هوية مهاجر أو ناجٍ أو طفل. "
                'اقرأ <a linktype="page" id="{privacy}">الخصوصية وحماية البيانات</a>.</p>'
            ),
        ],
    },
}

ABOUT = {
    "en": {
        "slug": "about",
        "title": "About the portal",
        "introduction": (
            "The portal is the shared workspace of caseworkers, counsellors and protection officers who assist "
            "migrants, survivors of trafficking and returnees across the programme's countries."
        ),
        "body": [
            heading("What you find here"),
            paragraph(
                "<ul><li><b>Guidelines</b>: the current edition of the case-management guidelines, in English, French "
                "and Arabic, with every earlier edition kept so that what you cited stays readable.</li>"
                "<li><b>Training</b>: courses made of short lessons and knowledge checks.</li>"
                "<li><b>Forum</b>: lessons learned, good practices and questions from colleagues in other countries."
                "</li></ul>"
            ),
            heading("Who may do what"),
            paragraph(
                "<p>Every member with a verified email address can read. Practitioners post in the forum, trainers "
                "publish courses, editors publish guidelines and moderators look after the forum.</p>"
            ),
        ],
    },
    "fr": {
        "slug": "a-propos",
        "title": "À propos du portail",
        "introduction": (
            "Le portail est l’espace de travail commun des gestionnaires de cas, des conseillers psychosociaux et des "
            "chargés de protection qui accompagnent les migrants, les victimes de la traite et les personnes de retour "
            "dans les pays du programme."
        ),
        "body": [
            heading("Ce que vous trouvez ici"),
            paragraph(
                "<ul><li><b>Lignes directrices</b> : l’édition en vigueur des lignes directrices de gestion des cas, "
                "en anglais, en français et en arabe ; chaque édition antérieure reste consultable, pour que ce que "
                "vous avez cité reste lisible.</li>"
                "<li><b>Formation</b> : des cours composés de leçons courtes et de quiz.</li>"
                "<li><b>Forum</b> : enseignements tirés, bonnes pratiques et questions de collègues d’autres pays."
                "</li></ul>"
            ),
            heading("Qui peut faire quoi"),
            paragraph(
                "<p>Tout membre dont l’adresse électronique est vérifiée peut lire. Les praticiens publient sur le "
                "forum, les formateurs publient les cours, les éditeurs publient les lignes directrices et les "
                "modérateurs veillent sur le forum.</p>"
            ),
        ],
    },
    "ar": {
        "slug": "hawl-al-bawwaba",
        "title": "عن البوابة",
        "introduction": (
            "البوابة مساحة عمل مشتركة لمديري الحالات والمرشدين النفسيين والاجتماعيين وموظفي الحماية الذين يساعدون "
            "المهاجرين والناجين من الاتجار بالأشخاص والعائدين في بلدان البرنامج."
        ),
        "body": [
            heading("ما الذي تجده هنا"),
            paragraph(
                "<ul><li><b>الإرشادات</b>: الإصدار الساري من إرشادات إدارة الحالات بالإنجليزية والفرنسية والعربية، "
                "مع الاحتفاظ بكل إصدار سابق حتى يبقى ما استشهدت به متاحًا للقراءة.</li>"
                "<li><b>التدريب</b>: دورات تتكوّن من دروس قصيرة واختبارات للمعارف.</li>"
                "<li><b>المنتدى</b>: دروس مستفادة وممارسات جيدة وأسئلة من زملاء في بلدان أخرى.</li></ul>"
            ),
            heading("من يستطيع أن يفعل ماذا"),
            paragraph(
                "<p>يستطيع كل عضو تحقّق من بريده الإلكتروني القراءة. ينشر الممارسون في المنتدى، وينشر المدرّبون "
                "الدورات، وينشر المحرّرون الإرشادات، ويشرف المشرفون على المنتدى.</p>"
            ),
        ],
    },
}

PRIVACY = {
    "en": {
        "slug": "privacy",
        "title": "Privacy and data protection",
        "introduction": (
            "The people we assist trust us with their stories. Nothing you post on the portal may allow anyone to "
            "recognise them."
        ),
        "body": [
            heading("Never post"),
            paragraph(
                "<ul><li>names, nicknames or initials of beneficiaries or their relatives;</li>"
                "<li>case numbers, file references, passport, ID or phone numbers;</li>"
                "<li>photos, voice recordings or documents of beneficiaries;</li>"
                "<li>exact addresses, shelter locations, dates of birth or travel dates;</li>"
                "<li>medical, psychological or legal details tied to a person.</li></ul>"
            ),
            callout(
                "<p>A small community, a rare nationality and a date can be enough to identify someone. "
                "When in doubt, describe the situation in general terms or ask your supervisor.</p>"
            ),
            heading("What the portal keeps about you"),
            paragraph(
                "<p>Your email address, your profile (display name, country, organisation, role title, language) and "
                "what you post. You can change your profile at any time; ask an administrator to close your account.</p>"
            ),
        ],
    },
    "fr": {
        "slug": "confidentialite",
        "title": "Confidentialité et protection des données",
        "introduction": (
            "Les personnes que nous accompagnons nous confient leur histoire. Rien de ce que vous publiez sur le "
            "portail ne doit permettre de les reconnaître."
        ),
        "body": [
            heading("Ne publiez jamais"),
            paragraph(
                "<ul><li>les noms, surnoms ou initiales des bénéficiaires ou de leurs proches ;</li>"
                "<li>les numéros de dossier, références, numéros de passeport, de pièce d’identité ou de téléphone ;"
                "</li>"
                "<li>les photos, enregistrements vocaux ou documents des bénéficiaires ;</li>"
                "<li>les adresses exactes, lieux d’hébergement, dates de naissance ou dates de voyage ;</li>"
                "<li>les informations médicales, psychologiques ou juridiques liées à une personne.</li></ul>"
            ),
            callout(
                "<p>Une petite communauté, une nationalité rare et une date peuvent suffire à identifier quelqu’un. "
                "En cas de doute, décrivez la situation en termes généraux ou demandez à votre superviseur.</p>"
            ),
            heading("Ce que le portail conserve à votre sujet"),
            paragraph(
                "<p>Votre adresse électronique, votre profil (nom affiché, pays, organisation, fonction, langue) et ce "
                "que vous publiez. Vous pouvez modifier votre profil à tout moment ; demandez à un administrateur de "
                "fermer votre compte.</p>"
            ),
        ],
    },
    "ar": {
        "slug": "al-khususiyya",
        "title": "الخصوصية وحماية البيانات",
        "introduction": (
            "يأتمننا الأشخاص الذين نساعدهم على قصصهم. لا يجوز أن يتيح أي شيء تنشره على البوابة التعرّف عليهم."
        ),
        "body": [
            heading("لا تنشر أبدًا"),
            paragraph(
                "<ul><li>أسماء المستفيدين أو أقاربهم أو ألقابهم أو الأحرف الأولى من أسمائهم؛</li>"
                "<li>أرقام الحالات أو مراجع الملفات أو أرقام جوازات السفر أو الهويات أو الهواتف؛</li>"
                "<li>صور المستفيدين أو تسجيلاتهم الصوتية أو وثائقهم؛</li>"
                "<li>العناوين الدقيقة أو أماكن الإيواء أو تواريخ الميلاد أو تواريخ السفر؛</li>"
                "<li>المعلومات الطبية أو النفسية أو القانونية المرتبطة بشخص ما.</li></ul>"
            ),
            callout(
                "<p>قد يكفي مجتمع صغير وجنسية نادرة وتاريخ واحد للتعرّف على شخص ما. "
                "عند الشك، صِف الموقف بعبارات عامة أو استشر مشرفك.</p>"
            ),
            heading("ما تحتفظ به البوابة عنك"),
            paragraph(
                "<p>عنوان بريدك الإلكتروني، وملفك الشخصي (الاسم المعروض، والبلد، والمنظمة، والمسمى الوظيفي، واللغة)، "
                "وما تنشره. يمكنك تعديل ملفك الشخصي في أي وقت؛ واطلب من أحد المسؤولين إغلاق حسابك.</p>"
            ),
        ],
    },
}

STANDARD_PAGES = [ABOUT, PRIVACY]
