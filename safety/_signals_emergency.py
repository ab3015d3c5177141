"""Signs of a medical emergency, for the member or someone near them."""

from __future__ import annotations

from safety._assessment import Category
from safety._signal import Signal, signal

__all__ = ["EMERGENCY_SIGNALS"]

_E = Category.MEDICAL_EMERGENCY

_SUDDENLY = (
    "(?:de un coup|tout de un coup|tout a coup|soudain|soudainement|brusquement|subitement"
    "|brutalement|depuis <num> (?:minutes|min|mn|heures|h))"
)
_LIMB = "(?:bras|jambe|main|cote|moitie du corps)"
_LIMB_STATE = (
    "(?:engourdi|engourdie|paralyse|paralysee|inerte|lourd|lourde|qui tombe|insensible"
    "|qui ne repond plus|ne repond plus|mort|morte|tout mou|toute molle|qui lache|lache)"
)
_SUBJECT = "(?:je|il|elle|on|<who>)"
# Chest pain described as felt now ("j'ai", "il a", "ça me fait") is a sign; the same
# words as a noun phrase ("une consultation pour douleurs thoraciques") are a topic.
_FEELS = (
    "(?:ai|as|a|avons|avez|ont|sens|sent|ressens|ressent|fait|fais|me fait|lui fait"
    "|se plaint de|se plaint de une|avoir|ressentir|sentir)"
)
_CHEST_PAIN = (
    "(?:(?:douleur|douleurs|mal|serrement|serrements|oppression|poids|brulure|brulures"
    "|pression|ecrasement|point|barre|etau|gene|pincement) <gap3>(?:a|dans|sur|au niveau"
    " de|en plein milieu de|au milieu de|au centre de) (?:la|ma|sa|le|mon|son) "
    "(?:poitrine|thorax|sternum)"
    "|(?:douleur|douleurs|mal|serrement|oppression|poids|brulure|point|barre) <gap3>au "
    "(?:thorax|sternum)"
    "|(?:douleur|douleurs|serrement|oppression|gene|pression|pincement) thoraciques?)"
)

EMERGENCY_SIGNALS: tuple[Signal, ...] = (
    signal(
        "chest_pain",
        _E,
        f"{_FEELS} <gap3>{_CHEST_PAIN}",
        "(?:poitrine|thorax) (?:qui|me|lui|se) <gap1>(?:serre|brule|comprime|ecrase"
        "|fait mal|fait tres mal|eclate|bloque|oppresse|brule)",
        "(?:douleur|mal) <gap3>(?:qui )?(?:irradie|descend|part|monte|se propage|file) "
        "<gap2>(?:dans|vers|jusque a|jusque dans) (?:le|la|mon|ma|son|sa) "
        "(?:bras gauche|machoire|epaule gauche)",
        "(?:douleur|mal) (?:dans|a|au) (?:le |la )?(?:bras gauche|machoire) <gap4>(?:machoire"
        "|bras gauche|transpire|sueur|sueurs|poitrine)",
        "serre (?:la|ma|sa) poitrine",
        "(?:se )?tient la poitrine|main sur la poitrine",
    ),
    signal("chest_pain_topic", _E, _CHEST_PAIN, topic=True),
    signal(
        "heart_attack",
        _E,
        "<now> (?:une |un )?(?:crise cardiaque|attaque cardiaque|infarctus|arret cardiaque"
        "|malaise cardiaque|arret cardio respiratoire)",
        "(?:coeur|cœur) (?:se est arrete|ne bat plus|a arrete de battre|bat plus)",
        "(?:est en|en) arret cardiaque",
    ),
    signal(
        "heart_attack_topic",
        _E,
        "crise cardiaque|attaque cardiaque|infarctus|arret cardiaque|malaise cardiaque"
        "|arret cardio respiratoire|syndrome coronarien",
        topic=True,
    ),
    signal(
        "stroke",
        _E,
        "(?:visage|bouche|figure|joue|levre|oeil|paupiere|cote du visage|moitie du visage) "
        "<gap2>(?:qui tombe|qui se affaisse|tombe|paralyse|paralysee|de travers|deforme"
        "|deformee|tordu|tordue|fige|figee|affaisse|affaissee|qui pend|engourdi|engourdie"
        "|qui ne bouge plus)",
        f"{_LIMB} <gap2>{_LIMB_STATE} <gap2>{_SUDDENLY}",
        f"{_SUDDENLY} <gap3>{_LIMB} <gap2>{_LIMB_STATE}",
        f"{_SUDDENLY} <gap3>(?:plus|pas) (?:pu )?(?:bouger|lever|sentir) (?:le|la|son|sa|mon"
        f"|ma) {_LIMB}",
        f"(?:ne )?(?:peut|peux|arrive|parvient|parviens) (?:plus|pas) a (?:bouger|lever) "
        f"(?:le|la|son|sa|mon|ma) {_LIMB}",
        "(?:parle|parlait|parles|articule) (?:bizarrement|bizarre|de travers"
        "|n importe comment|nimporte comment|comme un ivrogne|avec difficulte|mal de un coup)",
        "(?:ne )?(?:arrive|arrivait|peut|parvient) (?:plus|pas) a (?:parler|articuler)"
        "(?! a | au | aux | avec | de )",
        "(?:ne )?trouve plus (?:ses|mes|les) mots(?! pour| de)",
        f"(?:sens|sent|sentons) (?:plus|pas) (?:mon|ma|son|sa|le|la) {_LIMB}",
        "(?:parole|elocution) <gap2>(?:qui se embrouille|embrouillee|bizarre|difficile"
        "|pateuse|trouble|hachee)",
        "(?:se met a|commence a) (?:bafouiller|begayer)|bafouille de un coup",
        "<now> (?:un |une )?(?:avc|accident vasculaire cerebral|attaque cerebrale"
        "|attaque(?! de panique| de angoisse| panique))",
        "(?:a|ai|presente) (?:tous )?les (?:signes|symptomes) (?:de un|du) (?:avc|accident"
        " vasculaire)",
    ),
    signal(
        "stroke_topic",
        _E,
        "avc|accident vasculaire cerebral|attaque cerebrale|hemiplegie",
        topic=True,
    ),
    signal(
        "breathing",
        _E,
        "(?:arrive|arrivons|arrivait|parviens|parvient|peut|peux|reussit|reussis) (?:plus"
        "|pas) (?:a )?respir\\w*(?! par le nez)",
        "(?:ne )?respire (?:plus|pas|presque plus|par a coups)(?! par le nez| la | le | les "
        "| un | une | ce | cette | ces | votre | vos | mon | ma | son | sa )",
        "detresse respiratoire|manque de air|cherche (?:son|mon|sa|ma) (?:air|souffle"
        "|respiration)|(?:je|il|elle|on) suffoque|suffocation",
        "fausse route",
        "(?:levres|visage|peau|doigts) (?:sont |est |deviennent |devient |toutes |tout "
        "|toute |tous )*(?:bleue|bleues|bleu"
        "|bleus|violet|violette|violettes|violets|grise|gris)|(?:devient|devenu|devenue|vire"
        " au) bleu",
        "<now> (?:une )?(?:grosse |grave |violente |severe )?crise de asthme",
        "ventoline (?:ne )?(?:marche|fait|agit) (?:plus|pas|rien)",
        "(?:bebe|il|elle|<who>) (?:est|devient|est devenu|est devenue) (?:tout |toute )?"
        "(?:bleu|bleue|violet|violette)|(?:est|devient) (?:tout gris|toute grise)",
    ),
    signal(
        "breathing_difficulty",
        _E,
        "(?:ne )?respire (?:tres mal|mal|difficilement|avec difficulte|bizarrement|tres vite"
        "|de plus en plus mal|de plus en plus difficilement)",
        "du mal a respirer|difficultes? (?:a|pour) respirer|gene respiratoire",
        unless="nez bouche|nez qui coule|rhume|sinusite|par le nez",
    ),
    signal(
        "choking",
        _E,
        f"{_SUBJECT} (?:est en train de |suis en train de )?(?:me |se |te )?etouf(?:e|ent|es|er)?",
        "(?:se|me|te) (?:est|suis|es) etouffe",
        not_after="(?:avec|sous|dans) <gap1>(?:ces|vos|votre|cette|ce|les|mes|tous|toutes"
        "|leurs|ses|mon|ma|la|le) <gap1>(?:demarches|dettes|papiers|factures|cotisations"
        "|relances|problemes|soucis|travail|boulot|dossiers?|mails|formulaires|prelevements"
        "|charges|impots|frais|boite|bureau|couple|famille|relation|maison|appartement"
        "|administration|paperasse)",
    ),
    signal(
        "breathing_topic",
        _E,
        "difficultes? respiratoires?|insuffisance respiratoire|crise de asthme",
        topic=True,
    ),
    signal(
        "unconscious",
        _E,
        "(?:se est|me suis|se etait|est|suis|etait|a ete) evanouie?s?",
        "(?:va|vais|vas) (?:se |me |te )?evanouir",
        "perdu connaissance|perd connaissance|perdre connaissance",
        "<now> (?:un |une )?(?:gros |grave )?malaise",
        not_after="vagal|vagaux|a chaque|quand|lorsque|souvent|parfois|tous les|toutes les"
        "|de temps en temps",
    ),
    signal(
        "unconscious_state",
        _E,
        "inconsciente?s?",
        not_before="ce est|ce etait|completement|totalement|vraiment|tellement|trop|le|un"
        "|mon|son|de le|au|a le|inconscient et",
        not_after="de|du|des|ou",
    ),
    signal(
        "unresponsive",
        _E,
        "(?:il|elle|bebe|<who>) (?:ne )?(?:repond|reagit|bouge) plus",
        "(?:ne )?se reveille (?:plus|pas)|(?:arrive|arrivons|arrivent|peux|peut|parviens"
        "|parvient|reussis|reussit) (?:pas|plus) a (?:le |la |les )?reveiller"
        "|ouvre (?:plus|pas) les yeux",
        not_after="a|au|aux|sur|par|quand|pendant|avant|le matin|la nuit|le soir|la journee"
        "|tot|tard|pour|mails?|sms|de (?:son|sa|ses|chez|la maison|le canape)"
        "|messages?|telephone|tel|avec|depuis (?:<num>|des|quelques|plusieurs) (?:jours"
        "|semaines|mois)",
    ),
    signal(
        "fainted",
        _E,
        "tombee? dans les pommes|tomber dans les pommes",
        not_before="vais|va|vas|allez|aller|vont",
    ),
    signal(
        "unconscious_topic",
        _E,
        "perte de connaissance|a fait un malaise|ai fait un malaise|coma|urgence vitale",
        topic=True,
    ),
    signal(
        "seizure",
        _E,
        "convulse|convulsent|convulsait|convulser",
        "(?:<now>|a|ai|as) (?:des |une )?(?:convulsions|crise convulsive|crise de epilepsie"
        "|crise epileptique)",
        "crise (?:de epilepsie|convulsive|epileptique) en cours",
    ),
    signal(
        "seizure_topic",
        _E,
        "convulsions?|crise de epilepsie|epilepsie|crise convulsive",
        topic=True,
    ),
    signal(
        "severe_bleeding",
        _E,
        "saign\\w* <gap3>(?:beaucoup|enormement|abondamment|tres fort|fort|de partout"
        "|sans arret|sans se arreter|non stop|comme un boeuf|a flots|a flot|grave)",
        "(?:ca|le sang|il|elle) (?:ne )?(?:se )?arrete (?:pas|plus) de saigner",
        "saignement (?:qui ne se arrete pas|abondant|important|massif|enorme)",
        "(?:perd|perdu|perdre) (?:beaucoup|enormement) de sang|pisse le sang|le sang gicle"
        "|sang (?:partout|gicle)|plein de sang|mare de sang",
        "(?:vomit|vomi|vomis|crache|tousse) du sang",
        "(?:<now>|a|ai) (?:une )?hemorragie|hemorragie (?:interne|massive)",
        "(?:coupe|entaille|tranche|ouvert) <gap3>(?:profondement|jusque a le os|gravement)",
    ),
    signal("severe_bleeding_topic", _E, "hemorragies?", topic=True),
    signal(
        "anaphylaxis",
        _E,
        "(?:gorge|langue|levres?|visage|bouche|paupieres|cou|figure) <gap2>(?:qui )?(?:se )?"
        "(?:gonfle|gonflent|gonflee|gonflees|enfle|enflent|enflee|enflees|double de volume"
        "|ferme|bloque)",
        "<now> (?:un |une )?(?:oedeme de quincke|choc anaphylactique|reaction anaphylactique)",
        "reaction allergique (?:grave|severe|violente|forte|importante|enorme)",
    ),
    signal(
        "anaphylaxis_topic",
        _E,
        "oedeme de quincke|choc anaphylactique|anaphylaxie|reaction anaphylactique",
        topic=True,
    ),
    signal(
        "severe_burn",
        _E,
        "brul\\w* (?:au|du) (?:2|3|deuxieme|second|troisieme)(?: e| eme)? degre",
        "(?:gravement|grievement|serieusement) brulee?s?|brulee?s? (?:gravement|grave"
        "|partout|sur tout le corps|sur une grande partie)",
        "(?:grosse|grosses|grande|grandes|enorme|enormes|large|larges) brulures?"
        "|brulures? sur tout (?:le|la)",
        "brulures? (?:grave|graves|profonde|profondes|etendue|etendues|importante"
        "|importantes|severe|severes|enorme|enormes)",
        "(?:se est|me suis|est) (?:brule|brulee|ebouillante|ebouillantee) (?:avec|par) "
        "<gap2>(?:eau bouillante|huile|acide|soude|produit)",
        "eau bouillante (?:sur|renversee)|ebouillantee?",
        "electrocutee?s?|electrocution",
    ),
    signal(
        "other_acute",
        _E,
        "pire mal de tete de (?:ma|sa) vie",
        f"(?:violent|brutal|terrible|atroce|enorme|gros) mal de tete <gap2>{_SUDDENLY}",
        "raideur (?:de la|dans la) nuque <gap4>fievre|fievre <gap4>raideur (?:de la|dans la) nuque",
        "taches (?:violettes|violacees|pourpres) <gap4>fievre|fievre <gap4>taches "
        "(?:violettes|violacees|pourpres)",
        "(?:se noie|se est noye|se est noyee|est en train de se noyer|repeche de la piscine)",
        "(?:renverse|renversee|percute|percutee) par une? (?:voiture|moto|camion|bus|scooter)",
        "(?:tombe|tombee|chute|tombes) (?:du|de le|de la|de un|par la|depuis le) (?:balcon"
        "|fenetre|toit|echelle|etage|premier etage|deuxieme etage|haut|arbre|falaise)",
        "(?:il|elle|<who>|bebe) est en train de mourir",
        "pronostic vital (?:est )?engage",
        "(?:il|elle|<who>) est tombee? <gap3>(?:ne se releve pas|ne bouge plus|ne repond"
        " plus|saigne)",
    ),
)
