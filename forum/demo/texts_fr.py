"""Sujets de démonstration en français : modèles remplis par pays ({country}, {city}), avec leurs réponses."""

TOPICS_FR = [
    {
        "kind": "lesson",
        "category": "reintegration",
        "topics": ["reintegration", "psychosocial-support"],
        "population": "returnees",
        "title": "Réintégration à {city} : l'accompagnement familial avant le projet économique",
        "lesson": {
            "context": "À {city}, plusieurs migrants de retour abandonnaient leur microprojet après quelques mois, sous la pression de la famille qui attendait un remboursement des frais du voyage.",
            "what_was_done": "Avant de financer le projet, le travailleur social a organisé deux rencontres avec la famille : explication du parcours de réintégration, des montants réellement disponibles et du rôle de chacun.",
            "what_worked": "- Moins de conflits familiaux signalés.\n- Les familles ont souvent apporté un local ou un terrain.\n- Les bénéficiaires se sentaient moins seuls face à la honte du retour.",
            "what_did_not_work": "Certaines familles vivaient loin de {city} et les rencontres par téléphone ont eu peu d'effet.",
            "recommendation": "Prévoir au moins une rencontre familiale en présentiel dans le plan de réintégration, et budgéter le déplacement du travailleur social. Voir [[case-management-guideline#reintegration-plan]].",
        },
        "replies": [
            "Très juste. Chez nous, c'est souvent la mère qui décide si le projet continue ou non.",
            "Nous faisons la même chose en {country} depuis l'an dernier, avec de bons résultats.",
        ],
    },
    {
        "kind": "lesson",
        "category": "counter-trafficking",
        "topics": ["counter-trafficking", "case-management"],
        "population": "trafficking_survivors",
        "title": "Identification des victimes de traite aux gares routières de {city}",
        "lesson": {
            "context": "Des jeunes femmes en transit par {city} voyageaient avec un « accompagnateur » qui gardait leurs papiers. Les contrôles de police ne permettaient pas de les identifier.",
            "what_was_done": "Nous avons formé les agents des compagnies de transport et les vendeurs des gares aux indicateurs de traite, avec un numéro d'appel unique vers l'équipe de gestion des cas.",
            "what_worked": "Les signalements ont triplé en un an ; les agents de transport repèrent la confiscation des documents et les billets payés par un tiers.",
            "what_did_not_work": "Le numéro d'appel n'était joignable qu'aux heures de bureau, alors que beaucoup de départs ont lieu la nuit.",
            "recommendation": "Assurer une permanence téléphonique 24 h/24 et remercier publiquement les partenaires qui signalent, sans jamais exposer les personnes identifiées.",
        },
        "replies": [
            "Excellente pratique. Comment avez-vous protégé les vendeurs qui signalent contre d'éventuelles représailles ?",
            "Nous avons eu le même problème de permanence de nuit à Agadez ; une rotation entre trois collègues a suffi.",
        ],
    },
    {
        "kind": "question",
        "category": "case-management",
        "topics": ["case-management", "data-protection"],
        "population": "all",
        "title": "Consentement éclairé quand la personne ne lit pas le français ({country})",
        "body": "À {city}, beaucoup de bénéficiaires ne lisent pas le français. Comment recueillez-vous un consentement éclairé au partage d'informations ? Lecture à voix haute, pictogrammes, enregistrement ?",
        "replies": [
            "Nous lisons le formulaire dans la langue de la personne avec un interprète formé, puis nous lui demandons de reformuler avec ses mots.",
            "Les pictogrammes aident beaucoup, surtout pour expliquer qui verra les informations.",
            "Attention à l'enregistrement audio : c'est une donnée personnelle de plus à protéger.",
        ],
        "accept": 0,
    },
    {
        "kind": "practice",
        "category": "psychosocial-support",
        "topics": ["psychosocial-support"],
        "population": "returnees",
        "title": "Groupes de parole pour migrants de retour à {city}",
        "body": "Depuis six mois, nous animons à {city} des groupes de parole de huit personnes, deux fois par mois, avec un psychologue et un pair aidant. Les participants parlent du retour, de la honte et des relations avec la communauté.\n\nLes personnes qui ont besoin d'un suivi individuel sont orientées vers le centre de santé mentale.",
        "replies": [
            "Le pair aidant est-il rémunéré ? Nous hésitons sur ce point.",
            "Nous avons constaté que les groupes mixtes fonctionnent moins bien ; avez-vous des groupes de femmes ?",
        ],
    },
    {
        "kind": "question",
        "category": "protection",
        "topics": ["child-protection", "referral"],
        "population": "unaccompanied_children",
        "title": "Enfants non accompagnés à {city} : qui contacter la nuit ?",
        "body": "Quand un enfant non accompagné arrive à {city} après 18 h, nous n'avons pas de solution d'hébergement d'urgence. Comment faites-vous en {country} ?",
        "replies": [
            "Nous avons une convention avec deux familles d'accueil d'urgence formées par les services sociaux.",
            "Le service de l'action sociale a une astreinte, mais il faut insister pour obtenir le numéro.",
        ],
        "accept": 0,
    },
    {
        "kind": "discussion",
        "category": "data-and-evidence",
        "topics": ["data-protection"],
        "population": "all",
        "title": "Suivre les résultats de la réintégration à 12 mois en {country}",
        "body": "Nos bailleurs demandent des résultats à 12 mois, mais à {city} nous perdons le contact avec beaucoup de personnes. Quels indicateurs et quelles méthodes utilisez-vous ?",
        "replies": [
            "Nous faisons un appel à 3, 6 et 12 mois, et une visite à 12 mois pour un échantillon.",
            "Les indicateurs de durabilité économique, sociale et psychosociale nous donnent une vue plus juste que le seul revenu.",
        ],
    },
    {
        "kind": "lesson",
        "category": "case-management",
        "topics": ["case-management", "referral"],
        "population": "stranded_migrants",
        "title": "Cartographie des services à {city} mise à jour par les travailleurs sociaux",
        "lesson": {
            "context": "La liste des services de {city} datait de deux ans ; la moitié des contacts ne répondaient plus.",
            "what_was_done": "Chaque travailleur social est responsable de vérifier cinq services par trimestre et de noter la date de vérification.",
            "what_worked": "La liste est maintenant fiable et les orientations aboutissent plus souvent.",
            "what_did_not_work": "Le tableur partagé était modifié par erreur ; nous avons dû restreindre les droits d'édition.",
            "recommendation": "Désigner un responsable par service et afficher la date de dernière vérification à côté de chaque contact.",
        },
        "replies": ["Bonne idée la date de vérification, nous allons la reprendre."],
    },
    {
        "kind": "practice",
        "category": "reintegration",
        "topics": ["reintegration"],
        "population": "returnees",
        "title": "Formation professionnelle courte avant le financement du projet ({country})",
        "body": "À {city}, nous proposons une formation de trois semaines (gestion simple, épargne, vente) avant de financer un projet individuel. Les projets des personnes formées durent nettement plus longtemps.",
        "replies": [
            "Avez-vous un partenariat avec la chambre des métiers ?",
            "Trois semaines, c'est long pour certains qui doivent gagner de l'argent tout de suite. Prévoyez-vous une allocation ?",
        ],
    },
]

REPLIES_FR = [
    "Merci pour ce partage, c'est très proche de ce que nous vivons sur le terrain.",
    "Nous avons fait la même expérience ; l'essentiel pour nous a été le consentement avant toute orientation.",
    "Pouvez-vous préciser le coût par cas ?",
    "Très utile. Je vais le présenter à la prochaine réunion de coordination.",
    "Les lignes directrices vont dans le même sens : voir [[case-management-guideline#follow-up]].",
    "En zone rurale, c'est beaucoup plus difficile à mettre en place, mais cela reste possible.",
    "Comment mesurez-vous les résultats au-delà de la participation ?",
    "J'ajouterais : toujours informer la personne du résultat de l'orientation, même sans réponse du partenaire.",
]
