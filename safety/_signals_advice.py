"""Requests for a diagnosis, a medicine or a dose: the assistant must not answer them.

They are silenced when the same clause is about cover ("quel médicament est remboursé ?",
"combien de boîtes de Doliprane sont prises en charge ?").
"""

from __future__ import annotations

from safety._assessment import Category
from safety._signal import AdminScope, Signal, signal

__all__ = ["ADVICE_SIGNALS"]

_A = Category.MEDICAL_ADVICE_REQUEST
_CLAUSE = AdminScope.CLAUSE
_MESSAGE = AdminScope.MESSAGE

_REMEDY = (
    "(?:medicaments?|traitements?|antibiotiques?|remedes?|cachets?|sirops?|cremes?|pommades?"
    "|lotions?|shampoo?ings? (?:anti \\w+|traitants?)|produits? (?:anti \\w+|contre \\w+)"
    "|comprimes?|antidouleurs?|anti douleurs?|anti inflammatoires?|antalgiques?|calmants?"
    "|somniferes?|antihistaminiques?|collyres?|gelules?|vitamines?|complements?"
    "|huiles? essentielles?|tisanes?|sprays?|gouttes|<drug>)"
)
_DOSE_UNIT = (
    "(?:<drug>|comprimes?|cachets?|gelules?|pilules?|mg|milligrammes|grammes|gouttes"
    "|cuilleres?|cuillerees?|sachets?|doses?|ml|pulverisations|bouffees|patchs?"
    "|suppositoires?|medicaments?)"
)
_MODAL = (
    "(?:peux|peut|puis|pourrais|pourrait|dois|doit|devrais|devrait|faut|faudrait|peut on"
    "|puis je|dois je|faut il|est il possible de|est ce possible de|ai je le droit de"
    "|ai le droit de|a le droit de|ai droit de|ai je droit de|est ce autorise de"
    "|conseillez|conseilleriez|recommandez|recommanderiez|conseiller|recommander)"
)
_SUBJECT = "(?:je|j|il|elle|on|ce|ca|sa|cela|mon \\w+|ma \\w+|mon \\w+ de \\w+|ma \\w+ de \\w+)"
_CONDITION = (
    "(?:cancer|tumeur|diabete|infection|angine|covid|grippe|otite|cystite|maladie \\w+"
    "|maladie|mst|ist|sida|vih|hernie|fracture|entorse|eczema|psoriasis|allergie"
    "|depression|burn out|zona|varicelle|rougeole|gale|mycose|herpes|lyme|appendicite"
    "|calcul|calculs|ulcere|tendinite|sciatique|migraine|hypertension|anemie|carence"
    "|probleme de thyroide|thyroide|leucemie|melanome|kyste|polype|sinusite|bronchite"
    "|pneumonie|asthme|arthrose|endometriose|alzheimer|parkinson|sclerose en plaques"
    "|dengue|paludisme|cholesterol|phlebite|embolie|caillot|grossesse|enceinte|tdah"
    "|autisme|bipolaire|trouble \\w+|infection urinaire|hemorroides|conjonctivite"
    "|urticaire|impetigo|rosacee|acne|gastro|gastro enterite|reflux|lumbago|torticolis"
    "|hypothyroidie|hyperthyroidie|intolerance \\w+|apnee du sommeil|prediabete|pre diabete"
    "|arythmie|tachycardie|fibrillation|hypotension|mononucleose|scarlatine|bronchiolite"
    "|coqueluche|roseole|glaucome|cataracte|dmla|acouphenes|labyrinthite|colite|crohn"
    "|rectocolite|sopk|fibrome|prostatite|pyelonephrite|goutte|lupus|polyarthrite"
    "|fibromyalgie|lymphome|anxiete|burn out|carie|abces|verrue|teigne|poux|oxyures"
    "|vers|tique|piqure \\w+|entorse|tendinite|fissure|foulure|elongation|dechirure)"
)
_SYMPTOM = (
    "(?:ai|as|a|avoir|fait) mal|mal (?:a|au|aux|de|dans|partout)|douleurs?|plaques?"
    "|boutons?|taches?|fievre|toux|tousse|saign\\w*|vertiges?"
    "|nausees?|vomi\\w*|gonfl\\w*|rouge\\w*|demang\\w*|gratte|brule|bosses?|grosseurs?"
    "|sang|diarrhee|constipe\\w*|migraines?|fatigue\\w*|essouffle\\w*|palpitations?"
    "|tension|glycemie|cholesterol|grain de beaute|symptomes?|kyste|ganglions?"
    "|eruption|urticaire|eczema|boule|rhume|angine|otite|gorge|ventre|dos|tete|dents?"
    "|yeux|oeil|peau|regles|pertes|bleus?|cicatrice|resultats? (?:de|d) (?:analyse|prise"
    " de sang)|analyses?|prise de sang|irm|radio|scanner|insomnie|dors plus|dors pas"
    "|anxiete|angoisse|stress|depression|deprime|temperature|pilule|medicaments?"
    "|avale|avalee|bu|mange|tombe|tombee|cogne|cognee|brule|brulee|pique|piquee|mordu|mordue"
    "|piqure|morsure|coupure|coupe|chute"
    "|traitement|comprimes?|<drug>|genoux?|picotements?|fourmillements?|engourdi\\w*"
    "|selles|urines?|crachats?|brulures?|crampes?|courbatures?|essoufflements?|souffle"
    "|toux|tache|grain|ongles?|cheveux|poils?|levres?|bouche|langue|nez|oreilles?|pieds?"
    "|mains?|doigts?|bras|jambes?|epaule|cou|nuque|hanche|poitrine|coeur|regles|pertes"
)
_SYMPTOM_NOUN = (
    "(?:boutons?|plaques?|taches?|rougeurs?|grosseurs?|bosses?|douleurs?|symptomes?"
    "|eruptions?|bleus?|kystes?|verrues?|grains? de beaute|toux|fievre|mal|maux|trucs?"
    "|ganglions?|cloques?|croutes?|lesions?|demangeaisons?|pertes|saignements?|vertiges?"
    "|resultats?)"
)

ADVICE_SIGNALS: tuple[Signal, ...] = (
    signal(
        "which_medicine",
        _A,
        f"quel(?:s|e|es)? <gap1>{_REMEDY}",
        "quel (?:produit|truc) <gap3>(?:conseillez|recommandez|conseilleriez|recommanderiez"
        "|me conseillez|pour|contre)",
        f"(?:conseillez|recommandez|conseilleriez|recommanderiez|conseiller|recommander) <gap2>"
        f"(?:quoi|quel|quelle|quels|quelles|un|une|des|le|la) <gap2>{_REMEDY}",
        f"{_REMEDY} (?:a prendre|a donner|a mettre|a appliquer) (?:pour|contre|quand|si)",
        f"(?:meilleur|meilleure|meilleurs|meilleures|bon|bonne|efficace) <gap1>{_REMEDY} "
        "(?:pour|contre)",
        "<drug> <gap3>(?:efficace|marche|fonctionne|agit|bien|bon) (?:pour|contre|sur)",
        "que (?:prendre|faire prendre|donner|mettre) (?:pour|contre)",
        f"(?:{_REMEDY}|<drug>) ou (?:du |de la |de le |un |une )?(?:{_REMEDY}|<drug>)",
        "(?:<drug>) (?:et|avec|plus) (?:du |de la |de le |un |une )?(?:<drug>)",
        f"(?:prendre|donner|avaler) (?:un |une |du |de la |de le |des )?(?:{_REMEDY}) (?:et|avec)"
        f" (?:un |une |du |de la |de le |des )?(?:{_REMEDY}) (?:en meme temps|ensemble"
        f"|a la fois)",
        admin=_CLAUSE,
    ),
    signal(
        "medicine_for",
        _A,
        # "doliprane pour la fièvre ?": also a phrase of messages about cover
        "(?:<drug>) (?:pour|contre) <gap1>(?:le|la|les|un|une|mal|mon|ma|mes|son|sa|ses|des"
        "|du|maux)",
        admin=_MESSAGE,
        not_after="(?:<who>|moi|lui|elle|eux) (?:a la pharmacie|en pharmacie|chez)|la pharmacie",
    ),
    signal(
        "what_to_take",
        _A,
        f"{_MODAL} <gap3>(?:prendre|donner|mettre|appliquer|avaler|faire prendre) (?:quoi )?"
        "(?:pour|contre|quand|si|en cas de)",
        "(?:prend|prends|prendre|donne|donner|met|mets|mettre) quoi(?: pour| contre| quand| sur|$"
        "| [?.,])",
        f"{_MODAL} <gap3>(?:prendre|donner|avaler|arreter|stopper|doubler|augmenter|diminuer"
        f"|baisser|sauter|couper|ecraser|melanger|associer|reprendre|continuer|oublier) "
        f"<gap2>(?:mon|ma|mes|son|sa|ses|le|la|les|du|de la|de le|des|un|une|ce|cette|ces)? ?"
        f"(?:{_REMEDY}|<drug>|traitement|dose|pilule|insuline|anticoagulant)",
        f"alcool (?:avec|et|pendant|sous|apres) <gap1>(?:{_REMEDY}|<drug>|traitement)",
        # "la pilule du lendemain peut rendre malade ?"
        f"(?:{_REMEDY}|<drug>|pilule|vaccin|vaccins|traitement) <gap4>(?:peut|peuvent|pourrait"
        "|risque de|va) (?:rendre malade|donner|provoquer|causer|entrainer|faire grossir|faire"
        " mal) <gap3>(?:\\?|$|effets?|nausees|malade|cancer|boutons|fievre|mal)",
        # "faut-il des antibiotiques ?", "le millepertuis est compatible avec la pilule ?"
        f"(?:faut il|faut t il|faudrait il|ai je besoin de|besoin de) (?:des |un |une |du |de la"
        f" |de le )?(?:{_REMEDY})(?= [?]|$)",
        f"(?:{_REMEDY}|<drug>|plantes?) <gap3>(?:compatible|compatibles|contre indique\\w*"
        "|incompatible\\w*|interagit|interaction) (?:avec|pendant|sous)",
        # "je suis diabétique, est-ce que je peux manger des fruits le soir ?"
        "(?:diabetique|enceinte|cardiaque|allergique|hypertendue?|epileptique|asthmatique"
        "|insuffisant renal|sous anticoagulants?|sous chimio|allaite|allaitante) <near8>(?:est ce"
        " que je peux|puis je|je peux|peut on|ai je le droit de|je ai le droit de|est ce que on"
        " peut) (?:manger|boire|faire du sport|conduire|prendre le avion|voyager|me baigner)",
        # "je prends du xanax, je peux boire un verre de vin ?"
        f"(?:{_REMEDY}|<drug>|traitement) <near8>(?:peux|peut|puis|dois|droit de|possible de"
        "|autorise a) (?:je |on )?(?:boire|prendre) (?:de le alcool|un verre|une biere|du vin"
        "|de la biere|un apero|alcool|un coup|du champagne)",
        admin=_CLAUSE,
    ),
    signal(
        "dose",
        _A,
        f"combien de {_DOSE_UNIT} <gap4>(?:je peux|puis je|on peut|peut on|peux je|faut il"
        "|il faut|dois je|je dois|par jour|maximum|max|au maximum|au max|en une fois"
        "|de suite|en meme temps|prendre|donner|avaler|a la fois|par prise|toutes les)",
        "combien de fois par jour <gap2>(?:prendre|donner)",
        f"combien de temps <gap3>entre (?:deux|2) <gap1>{_DOSE_UNIT}|entre deux prises",
        "(?:peux|peut|puis|dois|doit|faut) <gap1>(?:en )?(?:prendre|donner|avaler) combien",
        "(?:quelle|quel|la bonne|combien de|quelles) (?:dose|doses|posologie|dosage)"
        "(?: (?:du|de|des|de le|de la|pour))",
        "(?:quelle|quel|la bonne|combien de|quelles) (?:dose|doses|posologie|dosage)",
        f"(?:peux|peut|puis|dois|doit|pourrais) <gap2>(?:passer a|monter a|augmenter a|aller"
        f" jusque a) (?:<num>|une|un) <gap1>(?:{_DOSE_UNIT}|par jour)?",
        "doses? (?:max|maximale|maximum|journaliere|recommandee|autorisee)",
        admin=_CLAUSE,
    ),
    signal(
        "dose_mention",
        _A,
        # "la dose de doliprane pour un enfant ?": in a message about cover, it is about cover
        "(?:la|les) (?:dose|doses|posologie|dosage) (?:du|de|des|de le|de la|pour)",
        admin=_MESSAGE,
        not_before="(?:medecin|docteur|pharmacien|pharmacienne|specialiste|generaliste)"
        "(?: [a-z]+){0,5}",
    ),
    signal(
        "diagnosis",
        _A,
        f"(?:est ce que|est ce qu|esque|eske|est il possible que|se pourrait il que"
        f"|ce est possible que|vous pensez que|tu penses que|a votre avis|selon vous"
        f"|dites moi si) <gap2>{_SUBJECT} (?:ai|a|aurais|aurait|as|fais|fait|soit|sois|aie"
        f"|ait|suis|est) <gap1>(?:un|une|le|la|des|de le|du|de la)? ?{_CONDITION}",
        f"{_SUBJECT} (?:ai|a|aurais|aurait|fais|fait|est|serait) (?:peut etre )?(?:un |une "
        f"|le |la |des )?{_CONDITION} \\?",
        f"(?:me demande si|sais pas si|ne sais pas si|peur de avoir|peur que) <gap1>{_SUBJECT}"
        f" (?:ai|a|aie|ait|aurais|aurait|soit|est|fais|fait) (?:pas )?<gap1>(?:un|une|le|la"
        f"|des)? ?{_CONDITION}",
        "(?:que|quoi) est ce (?:que|qu) (?:je|j|il|elle|mon \\w+|ma \\w+) (?:ai|a)"
        "(?: docteur)?(?: [?.,]|$)",
        "(?:je|il|elle|mon \\w+|ma \\w+) (?:ai|a) quoi(?: docteur| selon vous| a votre avis)?"
        "(?: [?.,]|$)",
        f"ce est quoi (?:ce|cette|ces|mes|mon|ma|ses|son|sa|les|le|la) <gap1>{_SYMPTOM_NOUN}",
        "ce est (?:grave|normal|inquietant|dangereux|serieux|contagieux|mauvais signe|quoi)"
        " docteur",
        "(?:faire|donner|poser|etablir) (?:un |mon |le )?diagnostic|diagnostiquer",
        f"(?:font|fait|ferait|feraient|peut|peuvent|pourrait|pourraient|ca|ce) (?:penser|faire"
        f" penser) a <gap1>(?:un|une|le|la|des|de le|du|de la)? ?{_CONDITION}",
        f"(?:ressemble|ressemblent|ressemblerait|fait penser) a <gap1>(?:un|une|de le|du|de la"
        f"|des)? ?{_CONDITION}",
        f"(?:ce est|ce serait|serait|pourrait etre|peut etre|ca pourrait etre|ce pourrait etre)"
        f" (?:peut etre |surement |sans doute |plutot )?(?:un |une |de le |de la |du |des )"
        f"?{_CONDITION} (?:\\?|ou)",
        f"(?:croyez|pensez|crois|penses|dites) (?:vous )?(?:que )?(?:ce est|ca est|ce soit|il"
        f" a|elle a|je ai|il|elle) <gap1>(?:un |une |de le |de la |du |des )?{_CONDITION}",
        f"(?:pouvez|pourriez|peux|pourrais|vous) <gap2>(?:me |lui )?(?:faire|donner|prescrire"
        f"|envoyer|delivrer) (?:une |un |des |la |mon |ma )?(?:ordonnance|prescription"
        f"|{_REMEDY})",
        unless="prevention|atelier|expose|formation|fiche|affiche|article|memoire|cours de"
        "|pour le ecole|pour un dossier|pour mon association",
        admin=_CLAUSE,
    ),
    signal(
        "is_it_serious",
        _A,
        "(?:ce est|est ce|est ce que ce est|ca est|sa est|est ce que ca est) (?:grave"
        "|inquietant|dangereux|serieux|contagieux|cancereux|mauvais signe|un mauvais signe"
        "|alarmant|preoccupant|normal)",
        "(?:dois je|faut il|est ce que je dois|je dois|devrais je) (?:me |m )?(?:inquieter"
        "|affoler|paniquer|consulter|m inquieter)",
        "(?:que faire|que dois je faire|je fais quoi|je dois faire quoi|quoi faire"
        "|que me conseillez vous|vous me conseillez quoi|des conseils|un conseil)",
        "ce est quoi(?: docteur)?(?: [?.,]|$)",
        "(?:surveille|surveiller|dois surveiller) quoi|que (?:dois je|faut il) surveiller"
        "|quoi surveiller",
        "(?:ce est|ca serait|ce serait|ca peut etre) (?:un|une|de le|du|de la|des) [a-z]+"
        "(?: [a-z]+)? \\?",
        # "ça peut être quoi ?", "ça vient de quoi ?", "c'est dû à quoi ?"
        "(?:ca|sa|ce|cela|il|elle) (?:peut|pourrait|peuvent|pourraient) (?:etre|venir de|etre du"
        " a|etre due a) quoi|(?:ca|sa|ce|cela) (?:vient|viendrait) de quoi|(?:ce est|ca est|sa"
        " est) (?:du|due) a quoi|a quoi (?:ca|sa|ce|cela) (?:peut|pourrait) (?:etre du|etre due"
        "|correspondre)|de quoi (?:ca|sa|cela) (?:peut|pourrait) venir|(?:ca|sa) peut etre quoi"
        "|ce serait quoi",
        "(?:faut il|faut t il|dois je|devrais je|est ce que je dois|est ce que il faut|il faut)"
        " (?:se |s |me |m )?(?:inquieter|affoler|alarmer)",
        requires=_SYMPTOM,
        unless="prevention|atelier|expose|formation|fiche|affiche|article|memoire|cours de",
        admin=_MESSAGE,
    ),
    signal(
        "where_to_go",
        _A,
        "(?:dois je|faut il|devrais je|est ce que je dois|est ce que il faut|est ce qu il faut"
        "|faut il que je|dois on|doit on|je dois|il faut) <gap2>(?:aller|consulter|voir"
        "|appeler|emmener) <gap1>(?:aux urgences|a le hopital|un medecin|le medecin"
        "|un docteur|mon medecin|un specialiste|le 15|les pompiers|sos medecins)",
        admin=_MESSAGE,
    ),
    signal(
        "how_to_treat",
        _A,
        "que faire (?:pour|contre) <gap1>(?:le|la|les|un|une|mon|ma|mes|des|du|son|sa|ses"
        "|cette|ce|ces)",
        "comment (?:soigner|traiter|guerir|calmer|soulager|faire baisser|faire passer"
        "|faire tomber|se debarrasser de|me debarrasser de|arreter|stopper|enlever|retirer"
        "|faire partir|eliminer) <gap1>(?:un|une|le|la|les|mon|ma|mes|des|du|son|sa|ses|cette"
        "|ce|ces)",
        "comment (?:le|la|les|l) (?:soigner|traiter|guerir|calmer|soulager|enlever|retirer"
        "|faire partir|eliminer|faire passer)",
        admin=_CLAUSE,
    ),
)
