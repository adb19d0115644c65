"""A synthetic corpus with the word statistics of real text, for the search benchmark.

Real forum posts and guidelines follow Zipf's law: a few function words everywhere, a domain
vocabulary of a few hundred terms in the middle, and a long tail of names, places and rare words.
Each language draws from function words, then its domain terms, then ~20,000 generated tail words,
with weights 1/rank, so a query for a domain term matches a realistic share of the documents
(the benchmark prints that share per query) instead of nearly all of them.
"""

import random
from datetime import UTC, datetime, timedelta


def _words(text: str) -> list[str]:
    return text.split()


COUNTRIES = ["AF", "EG", "ET", "LB", "ML", "MA", "NE", "IQ", "DZ", "GN", "SN", "LY"]
TOPICS = [
    "reintegration",
    "trafficking",
    "child-protection",
    "mhpss",
    "referral",
    "livelihoods",
    "shelter",
    "data-protection",
]
FUNCTION_WORDS = {
    "en": _words(
        "the of and to in a for is with on that by be this are as from at or it an was we they their "
        "not have has our can will when who which all if but after more should"
    ),
    "fr": _words(
        "de la le et les des à en du un une pour est que dans par sur au qui pas avec se ce sont ne "
        "plus ou leur nous il elle ont être après aux"
    ),
    "ar": _words("في من على إلى أن عن مع هذا هذه التي الذي كان بعد قبل أو ثم كل لا ما هو هي بين عند حتى قد لم"),
}
DOMAIN_WORDS = {
    "en": _words(
        "caseworker case management returnee returnees migrant migrants family families community support "
        "plan follow-up referral referrals shelter counselling child children assessment trafficking survivor "
        "survivors reintegration psychosocial livelihood livelihoods training business health legal assistance "
        "consent informed confidentiality screening vulnerability vulnerable protection safeguarding interview "
        "identification documentation travel document embassy consular transit border detention release "
        "reception centre center partner partners ngo government ministry office team supervisor coordinator "
        "budget grant cash voucher microenterprise microbusiness apprenticeship vocational skills job employment "
        "income savings loan market tailoring agriculture livestock fishing shop workshop mentor mentoring "
        "school education enrolment mental stress trauma anxiety depression peer group session sessions "
        "psychologist doctor clinic hospital medical medication disability elderly pregnant women girls boys "
        "unaccompanied separated tracing reunification guardian best interests determination risk risks safety "
        "security threat exploitation abuse violence gender-based forced labour debt smuggling recruitment "
        "broker employer victim victims prosecution police court lawyer statement evidence data database "
        "record records file files form forms checklist tool tools guideline guidelines module lesson course "
        "monitoring evaluation indicator indicators report reporting survey visit visits home household "
        "housing rent accommodation food transport allowance arrival departure return voluntary assisted "
        "sustainable outcome outcomes network networks local authority authorities leader leaders religious "
        "youth mobility climate drought flood displacement displaced host stigma acceptance inclusion dialogue "
        "awareness campaign radio phone hotline interpreter translation language"
    ),
    "fr": _words(
        "gestionnaire gestion cas migrant migrants retour retournés famille familles communauté soutien "
        "plan suivi orientation orientations hébergement conseil enfant enfants évaluation traite survivant "
        "survivants réintégration psychosociale psychosocial formation entreprise santé juridique assistance "
        "consentement éclairé confidentialité dépistage vulnérabilité vulnérable protection entretien "
        "identification documents voyage ambassade consulaire transit frontière détention libération accueil "
        "centre partenaire partenaires ong gouvernement ministère bureau équipe superviseur coordinateur budget "
        "subvention espèces bon microentreprise apprentissage professionnelle compétences emploi revenu épargne "
        "prêt marché couture agriculture élevage pêche boutique atelier mentor mentorat école éducation "
        "scolarisation mentale stress traumatisme anxiété dépression pairs groupe séance séances psychologue "
        "médecin clinique hôpital médical médicaments handicap personnes âgées enceinte femmes filles garçons "
        "non accompagnés séparés recherche regroupement familial tuteur intérêt supérieur détermination risque "
        "risques sécurité menace exploitation abus violence basée genre travail forcé dette trafic recrutement "
        "intermédiaire employeur victime victimes poursuite police tribunal avocat déclaration preuve données "
        "dossier dossiers fiche fiches formulaire liste outil outils directive directives module leçon cours "
        "indicateur indicateurs rapport enquête visite visites domicile ménage logement loyer nourriture "
        "transport allocation arrivée départ volontaire durable résultats réseau autorités locales leaders "
        "religieux jeunes mobilité climat sécheresse inondation déplacement déplacés stigmatisation acceptation "
        "inclusion dialogue sensibilisation campagne radio téléphone ligne interprète traduction"
    ),
    "ar": _words(
        "مدير الحالة الحالات إدارة العائد العائدين المهاجر المهاجرين الأسرة الأسر المجتمع الدعم خطة "
        "المتابعة الإحالة الإحالات المأوى الإرشاد الطفل الأطفال التقييم الاتجار بالبشر الناجي الناجين إعادة "
        "الإدماج النفسي الاجتماعي التدريب المهني المشروع الصحة القانونية المساعدة الموافقة المستنيرة السرية "
        "الفحص الهشاشة الحماية المقابلة تحديد الهوية الوثائق السفر السفارة القنصلية العبور الحدود الاحتجاز "
        "الإفراج الاستقبال مركز الشريك الشركاء المنظمة الحكومة الوزارة المكتب الفريق المشرف المنسق الميزانية "
        "المنحة النقدية القسيمة مشروع صغير التلمذة المهارات العمل التوظيف الدخل الادخار القرض السوق الخياطة "
        "الزراعة الثروة الحيوانية الصيد المتجر الورشة الموجه المدرسة التعليم الصحة النفسية الضغط الصدمة القلق "
        "الاكتئاب الأقران المجموعة الجلسة الجلسات الطبيب العيادة المستشفى الطبية الدواء الإعاقة المسنين الحوامل "
        "النساء الفتيات الفتيان غير المصحوبين المنفصلين البحث لم الشمل الوصي المصلحة الفضلى المخاطر السلامة "
        "الأمن التهديد الاستغلال الإساءة العنف القائم على النوع العمل القسري الدين التهريب التجنيد الوسيط "
        "صاحب الضحية الضحايا الملاحقة الشرطة المحكمة المحامي الإفادة الأدلة البيانات السجل الملف الاستمارة "
        "القائمة الأداة الأدوات المبادئ التوجيهية الوحدة الدرس الدورة الرصد المؤشر المؤشرات التقرير الزيارة "
        "المنزل السكن الإيجار الغذاء النقل البدل الوصول المغادرة العودة الطوعية المستدامة النتائج الشبكة "
        "السلطات المحلية القادة الدينيين الشباب التنقل المناخ الجفاف الفيضانات النزوح النازحين الوصمة القبول "
        "الإدماج الحوار التوعية الحملة الإذاعة الهاتف الخط الساخن المترجم الترجمة"
    ),
}
TAIL_SIZE = 20_000
_SYLLABLES = {
    "en": _words("ba ko ri ma de lu sa ne ti vo ga mi ra to ze ku pe lo ha fi"),
    "fr": _words("ba ko ri ma dé lu sa ne ti vo ga mi ra to zé ku pe lo ha fi"),
    "ar": _words("با كو ري ما دي لو سا ني تي فو غا مي را تو زي كو بي لو ها في"),
}
QUERIES = [
    "réintégration psychosociale",
    "psychosocial support",
    "trafficking in persons",
    "الإحالة",
    "case plan",
    "unaccompanied child",
    "formation professionnelle",
    "إعادة الإدماج",
    "family tracing",
    "shelter rules",
    "microentreprise",
    "informed consent",
    "suivi des cas",
    "legal assistance",
    "vulnerability screening",
]
PREFIXES = ["re", "psy", "tra", "ref", "sh", "fam", "cas", "ré", "إع", "حم", "liv", "chi"]


class Vocabulary:
    """One language's words by rank, drawn with weights 1/rank (Zipf)."""

    def __init__(self, language: str, rng: random.Random):
        tail = set()
        syllables = _SYLLABLES[language]
        while len(tail) < TAIL_SIZE:
            tail.add("".join(rng.choices(syllables, k=rng.randint(2, 4))))
        domain = list(dict.fromkeys(DOMAIN_WORDS[language]))
        rng.shuffle(domain)
        self.words = [*FUNCTION_WORDS[language], *domain, *sorted(tail)]
        self.weights = [1 / rank for rank in range(1, len(self.words) + 1)]
        self.domain = domain

    def text(self, rng: random.Random, count: int) -> str:
        return " ".join(rng.choices(self.words, self.weights, k=count))

    def title(self, rng: random.Random) -> str:
        return " ".join(rng.choices(self.domain, k=rng.randint(3, 8))).capitalize()


def corpus(size: int):
    """`size` forum topics, size/50 guideline sections and size/100 lessons (those two in 3-language groups)."""
    from search.sources import KnowledgeDocument, Visibility

    rng = random.Random(42)
    vocabularies = {language: Vocabulary(language, rng) for language in ("en", "fr", "ar")}
    start = datetime(2024, 1, 1, tzinfo=UTC)
    kinds = [("forum_topic", size), ("guideline_section", max(size // 50, 1)), ("lesson", max(size // 100, 1))]
    number = 0
    for kind, count in kinds:
        for _ in range(count):
            number += 1
            translated = kind != "forum_topic"
            language = ("en", "fr", "ar")[number % 3] if translated else rng.choice(["en", "en", "fr", "ar"])
            vocabulary = vocabularies[language]
            visibility = rng.choices([Visibility.PUBLIC, Visibility.MEMBERS, Visibility.GROUPS], [80, 15, 5])[0]
            yield KnowledgeDocument(
                id=f"bench:{number}",
                kind=kind,
                title=vocabulary.title(rng),
                text=vocabulary.text(rng, rng.randint(60, 400)),
                language=language,
                url=f"/{language}/bench/{number}/",
                countries=rng.sample(COUNTRIES, k=rng.choice([1, 1, 2])),
                topics=rng.sample(TOPICS, k=2),
                visibility=visibility,
                groups=["Moderator"] if visibility == Visibility.GROUPS else [],
                translation_key=f"t{number // 3}" if translated else "",
                edition="2.1" if kind == "guideline_section" else "",
                published_at=start + timedelta(minutes=number),
            )
