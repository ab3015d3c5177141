"""Signs of suicidal distress or self-harm, for the member or someone near them."""

from __future__ import annotations

from safety._assessment import Category
from safety._signal import AdminScope, Signal, signal

__all__ = ["DISTRESS_SIGNALS"]

_S = Category.SUICIDAL_DISTRESS

# "je veux", "j'ai envie de", "il pense à"… (a negation in between never matches: the
# gaps refuse "pas", "plus", "jamais"…)
_WISH = (
    "(?:veux|veut|veu|ve|voulait|voulais|voulaient|veulent|voudrais|voudrait|aimerais|aimerait|souhaite|souhaiterais|prefere"
    "|prefererais|envie de|envie d|pense a|pense de|penser a|reve de|besoin de|hate de"
    "|tente de|tenter de|essaye de|essayer de|essaie de|decide de|pret a|prete a|parle de"
    "|parlait de|parler de|menace de|menacait de)"
)
_DIE = (
    "(?:mourir|mourire|mouri|crever|creve|disparaitre|partir pour toujours|ne plus etre la"
    "|plus etre la|ne plus exister|plus exister|dormir pour toujours|quitter ce monde"
    "|quitter la vie|etre mort|etre morte|endormir pour toujours|endormir pour de bon"
    "|rejoindre (?:mon|ma|mes) \\w+ (?:au ciel|la haut))"
)
_SELF_KILL = "(?:me|se|te) (?:suicider|tuer|pendre)"
_ADMIN_OBJECT = (
    "avec (?:ce|cette|ces|le|la|les|mon|ma|mes|votre|vos|ton|ta|tes|son|sa|ses|leur) "
    "?(?:dossier|dossiers|histoire|demarches?|papiers?|paperasse|mutuelle|contrat|probleme"
    "|litige|attente|factures?|procedure|saga|feuilleton|reclamation|relances?|appels?"
    "|debat|discussion|conversation|sujet|question|travaux|chantier|boulot|taf|demenagement"
    "|examens?|partiels?|administration|secu|cpam|cotisations?|prelevements?|banque"
    "|credit|impots?)"
)

DISTRESS_SIGNALS: tuple[Signal, ...] = (
    signal(
        "want_to_die",
        _S,
        f"{_WISH} <gap1>{_DIE}",
        "(?:veux|voudrais|aimerais|prefererais|souhaite) <gap1>qu(?:e|e on) (?:on )?me tue",
        "mieux vaut (?:que je meure|etre mort|etre morte|que je sois mort)"
        "|si seulement je etais (?:mort|morte)",
        not_before="donne|donnent|donnerait|donneraient",
        not_after="(?:de|du|des) (?:votre|vos|la|le|les|ce|cette|ces|mon|ma|ton)? ?(?:fichier"
        "|liste|base|mailing|newsletter|registre|contrat|mutuelle|site|compte|circulation)"
        "|dans mon lit|de vieillesse|a <num> ans|vieux|vieille|tranquille|en bonne sante"
        "|idiot|idiote|heureux|heureuse",
    ),
    signal(
        "want_to_die_because",
        _S,
        f"(?:donne|donnent|donnerait|donneraient) <gap1>{_WISH} <gap1>{_DIE}",
        admin=AdminScope.MESSAGE,
    ),
    signal(
        "self_harm_intent",
        _S,
        f"{_WISH} <gap1>{_SELF_KILL}",
        "vais <gap1>me (?:tuer|suicider|pendre)|va <gap1>se (?:tuer|suicider|pendre)"
        "|vas <gap1>te (?:tuer|suicider|pendre)",
        "(?:me|se|te) suicid(?:er|e|es|ent|ais|ait|erai|erais|erait|era)",
        "(?:suis|est|es|etre|devenu|devenue|devient|sens|sent) <gap1>suicid\\w*",
        "(?:ai|as|a|avons|ont|avez) (?:des |souvent des |encore des |de nouveau des "
        "|beaucoup de |plein de |parfois des |tout le temps des |de plus en plus de )?"
        "(?:idees|pensees) (?:suicidaires|noires|de suicide|de mort)",
        "(?:mes|ses) (?:idees|pensees) (?:suicidaires|noires|de suicide)",
        "(?:pense|pensent|penser|pensais) <gap1>(?:au|a le) suicide",
        "(?:<now>|fait|refait|faire|refaire) (?:une|des) (?:ts|tentatives? de suicide)",
        not_after="a la tache|au travail|a le travail|a force|pour (?:vous|payer|rien)"
        "|au volant|en voiture|sur la route|a moto|a le volant",
    ),
    signal(
        "end_it",
        _S,
        "en finir(?: avec (?:la vie|ma vie|sa vie|moi|tout|le existence|mes jours))?",
        "mettre fin a (?:mes|ses|tes|nos|leurs) jours|(?:mettre|mets|met|mis) fin a (?:ma|sa"
        "|ta) vie|(?:mettre|mets|met) un terme a (?:ma|sa|ta) vie",
        not_after=_ADMIN_OBJECT,
    ),
    signal(
        "wreck_myself",
        _S,
        "(?:me|se|te) (?:a |ai )?fout(?:re|r|u|ue|s|e|ent)? en le air",
        not_before="(?:ca|cela|sa|cette \\w+|ces \\w+|ce (?:dossier|truc|boulot|travail"
        "|probleme|contrat|delai|retard|courrier|refus))(?: [a-z]+)?",
        not_after="(?:mon|ma|mes|le|la|les|tout|toute|notre|nos|votre|vos|ce|cette) ",
    ),
    signal(
        "lost_will_to_live",
        _S,
        "(?:plus|aucune|pas) envie de vivre(?! ca| cela| cette| ce | ces)",
        "(?:veux|veut|peux|peut|arrive|arrivais|supporte) (?:plus|pas) (?:de |continuer a "
        "|continuer de )?vivre(?! sans)",
        "(?:merite|merites|meritait) (?:plus|pas) de vivre|(?:merite|merites) de mourir",
        "(?:vivre|la vie|exister) me (?:fatigue|pese|epuise|degoute)",
        "(?:ne )?vaut (?:plus|pas) la peine (?:de vivre|de continuer)",
        "(?:marre|ras le bol) de (?:la vie|vivre|ma vie|exister)",
        "(?:fatigue|fatiguee|fatige|fatigee|lasse|las|epuise|epuisee) de (?:vivre|la vie|exister)",
        "(?:la|ma|sa) vie (?:ne )?(?:vaut|a) (?:plus |pas |aucun |aucune )+(?:la peine|de sens"
        "|sens|valeur|de valeur|de interet)",
        "(?:plus|aucune) (?:de )?raisons? de (?:vivre|continuer)",
        "a quoi bon vivre|a quoi bon continuer",
        "(?:veux|voudrais|aimerais|envie de|prefererais|souhaite) <gap3>(?:ne )?(?:plus"
        "|jamais) (?:me )?reveiller",
        "(?:sert|servirait) a rien de (?:vivre|continuer)|a quoi (?:ca|sa|cela) sert de vivre",
        "(?:veux|voudrais) que tout (?:se )?arrete",
        negation_guard=False,
    ),
    signal(
        "burden",
        _S,
        "persone (?:ne )?(?:me )?(?:regretterait|regrettera|regretterai|pleurerait|pleurera)",
        "persone (?:ne )?(?:le |la )?(?:remarquerait|verrait) <gap3>si je",
        "(?:serait|seraient|seront|serais|seriez|sera|serions) <gap2>(?:plus )?(?:mieux"
        "|heureux|heureuse|heureuses|tranquilles?|soulages?|soulagee?s?) sans moi",
        "je suis (?:un|une) (?:fardeau|poids|boulet) pour",
        "je (?:ne )?sers (?:plus )?a rien (?:sur cette terre|dans ce monde|a personne)",
        "dire adieu a (?:tout le monde|mes proches|ma famille|mes enfants)"
        "|(?:lettre|message|mot|texto|sms|mail) de adieu"
        "|lettre pour (?:mes proches|ma famille)|mes adieux",
        "(?:peur de|vais|va|risque de|envie de|pourrais) faire une (?:connerie|betise)"
        "(?! en| dans| sur| avec)",
    ),
    signal(
        "no_way_out",
        _S,
        "(?:ne )?vois (?:plus|pas|aucune) (?:de )?issue|aucune issue",
        topic=True,
        not_after="a (?:ce|cette|ces|mon|ma|mes|votre|vos|la|le|les|notre) ",
    ),
    signal(
        "self_harm",
        _S,
        "(?:me|se|te) (?:scarifie|scarifier|scarifies|mutile|mutiler|taillade|taillader)",
        "(?:me|se) (?:fais|fait|faire) du mal(?! a le dos| aux)",
        "(?:me|se|te) (?:coupe|couper|coupes|brule|bruler|brules|griffe|griffer|frappe"
        "|frapper) (?:les|mes|ses|tes) (?:bras|poignets|cuisses|jambes|avant bras)",
        "automutilation|scarifications?",
    ),
    signal(
        "method",
        _S,
        "(?:me|se|te) (?:pendre|jeter (?:sous|du|de|par|dans le vide|de un|du haut))",
        "sauter (?:du|de le|de un|de la|par la|depuis le) (?:pont|fenetre|balcon|toit"
        "|immeuble|falaise|viaduc|train|haut)",
        "(?:me|se) (?:mettre|jeter) sous (?:un|le) (?:train|metro|camion|voiture|bus|tram)",
        "(?:me|se) (?:tirer|mettre) une balle",
        "(?:me|se|te) (?:ouvrir|ouvre|couper|coupe|trancher|tranche|entailler) (?:les|mes|ses)"
        " (?:veines|poignets)",
        not_after="dans (?:le|les) pieds?",
    ),
    signal(
        "act_in_progress",
        _S,
        "(?:me|se) (?:suis|est|sont) (?:ouvert|ouverte|coupe|coupee|taillade|tailladee"
        "|tranche|tranchee) (?:les|mes|ses) (?:veines|poignets)",
        "(?:me|se) (?:suis|est) (?:pendu|pendue)",
        "(?:pris|avale|avalee) <gap1>(?:tous|toutes|toute la|tout le|une boite|la boite"
        "|toute une|une plaquette|la plaquette) <gap2><med> pour",
        "(?:pris|avale|avalee) <gap4>pour (?:en finir|mourir|dormir pour toujours|ne plus me"
        " reveiller|que ca se arrete|que tout se arrete|partir|disparaitre)",
        "<med> pour (?:en finir|mourir|dormir pour toujours|me tuer|ne plus me reveiller)",
        "(?:sur le|sur un|au bord du|au bord de la|au bord de le) (?:toit|pont|rebord|balcon"
        "|falaise|vide|quai|fenetre) <gap6>(?:vais|veux|va) (?:sauter|me jeter|en finir)",
        "(?:vais|veux|va|envie de|pense a|penser a) <gap1>(?:avaler|prendre) (?:tous|toutes"
        "|toute la|tout le|une boite|la boite|toute une) <gap2><med>",
        urgent=True,
    ),
    signal(
        "suicide_topic",
        _S,
        "suicides?|tentatives? de suicide",
        topic=True,
    ),
)
