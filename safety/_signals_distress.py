"""Signs of suicidal distress or self-harm, for the member or someone near them.

The signals follow families of meaning rather than sentences: a wish to die (any verb of
wish or intent, any person or tense, before any way of saying "die"), ending it, no
reason or strength left to live, being a burden, goodbyes, plans with a means or a time,
looking up a method, self-harm, and attempts by someone close. Phrasings that are
ambiguous on their own ("je veux tout arrêter", "j'ai tout préparé pour ce soir") only
count next to a word of distress (``_MOOD``), and never in a message about paperwork.
"""

from __future__ import annotations

from safety._assessment import Category
from safety._signal import AdminScope, Signal, signal

__all__ = ["DISTRESS_SIGNALS"]

_S = Category.SUICIDAL_DISTRESS
_MSG = AdminScope.MESSAGE

# "je veux", "j'ai envie de", "il pense à", "je prie pour"… (a negation in between never
# matches: the gaps refuse "pas", "plus", "jamais"…)
_WISH = (
    "(?:(?:veux|veut|veu|ve|vx|voulait|voulais|voulaient|veulent|voudrais|voudrait|voudrai"
    "|voulu|eu envie de"
    "|aimerais|aimerait|aimerai|souhaite|souhaites|souhaiterais|souhaiterait|prefere"
    "|preferes|prefererais|prefererait|preferait|espere|esperais|compte|faudrait)"
    "(?: <adv>){0,2}"
    "|(?:envie|pense|pensais|pensait|penser|songe|songer|songeais|reve|revais|revait|besoin"
    "|hate|tente|tenter|essaye|essayer|essaie|essayais|decide|pret|prete|parle|parlait"
    "|parler|menace|menacait|prie|envisage|envisager|prevois|prevu|projette|attends|attend"
    "|me prepare|se prepare)(?: <adv>){0,2} (?:de|d|a|pour)|(?:vais finir|finirai|finis) par)"
)
# "ne plus me réveiller", "pour ne plus jamais se réveiller", "ne jamais m'être réveillée"
_NO_WAKE = (
    "(?:pour )?ne (?:plus |jamais |pas )+(?:me |se |te )?(?:etre )?(?:reveiller|reveillee?s?)"
)
# Ways of saying "die", "not wake up", "disappear", "stop existing".
_DIE = (
    "(?:mourir|mourire|mouri|crever|creve|clamser|caner|calancher|disparaitre"
    "|partir (?:loin )?(?:pour toujours|pour de bon|definitivement|et ne (?:plus|jamais)"
    " revenir)|ne plus etre la|plus etre la|ne plus exister|plus exister"
    "|arreter de (?:vivre|exister|respirer)|cesser de (?:vivre|exister|respirer)"
    "|dormir pour (?:toujours|de bon)|quitter (?:ce|le) monde|quitter cette (?:terre|vie)"
    "|quitter la vie|etre (?:mort|morte|morts|mortes)"
    "|(?:me|se|te) laisser (?:mourir|crever|deperir|partir|aller pour de bon)"
    "|(?:me |m |se |s |te |t )?endormir (?:pour toujours|pour de bon|a jamais"
    f"|et {_NO_WAKE}|{_NO_WAKE}|et que tout (?:se )?arrete)"
    "|(?:arreter|cesser|ne plus) (?:de )?souffrir (?:pour toujours|pour de bon|definitivement"
    f"|a jamais)|{_NO_WAKE}|ne plus rien (?:ressentir|sentir)"
    "|(?:aller )?rejoindre (?:(?:mon|ma|mes) )?[a-z]+(?: [a-z]+)? (?:au ciel|la haut"
    "|de le autre cote)|ne (?:jamais|pas) avoir (?:existe|ete nee?|vecu)|ne plus faire partie"
    " de ce monde)"
)
# The forms of _DIE that cannot mean a trip or a joke, even after "je vais"
_DIE_FOR_GOOD = (
    f"(?:{_NO_WAKE}|arreter de (?:vivre|exister)|cesser de (?:vivre|exister)"
    "|(?:me |m |se |s |te |t )?endormir pour (?:toujours|de bon)"
    "|(?:me|se|te) laisser (?:mourir|crever|deperir)|(?:aller )?rejoindre (?:(?:mon|ma|mes"
    "|son|sa|ses) )?[a-z]+(?: [a-z]+)? (?:au ciel|la haut|de le autre cote)|quitter (?:ce|le)"
    " monde|quitter cette (?:terre|vie)|quitter la vie|ne plus exister)"
)
_SELF_KILL = "(?:me|se|te) " + (
    _SELF_KILL_VERB := (
        "(?:suicider|suicide|tuer|tue|pendre|foutre en le air|mettre en le air|buter"
        "|flinguer|supprimer(?! de| du| des)|tirer une balle"
        "|faire sauter (?:la cervelle|le caisson)"
        "|foutre sous (?:un|le) \\w+|jeter sous (?:un|le) \\w+|noyer|ouvrir les veines"
        "|empoisonner|faire exploser|immoler)"
    )
)
# Nouns that make "en finir avec…", "tout arrêter…" about paperwork, not about life.
_ADMIN_OBJECT = (
    "(?:avec|de|contre|chez) (?:ce|cette|ces|le|la|les|mon|ma|mes|votre|vos|ton|ta|tes|son|sa"
    "|ses|leur|un|une|des|tous ces|toutes ces)? ?(?:dossier|dossiers|histoire|demarches?"
    "|papiers?|paperasse|mutuelle|contrat|probleme|problemes|litige|attente|factures?"
    "|procedure|saga|feuilleton|reclamation|relances?|appels?|debat|discussion|conversation"
    "|sujet|question|travaux|chantier|boulot|taf|demenagement|examens?|partiels?"
    "|administration|secu|cpam|cotisations?|prelevements?|banque|credits?|impots?|dettes?"
    "|loyers?|retards?|impayes?|soucis|abonnements?|assurance|service|vous|toi|eux|lui"
    "|formulaires?|courriers?|mails?|operateur|forfait|fournisseur|cigarette|clope|tabac"
    "|alcool|sucre|regime|traitement|medicaments?)"
)
# Swallowed, taken (an overdose as a means)
_TOOK_ANY = (
    "(?:pris|prise|avale|avalee|bu|bue|ingere|ingeree|ingurgite|ingurgitee|gobe|gobee"
    "|vide|videe|prends|prend|prenais|avalais|bois|buvais)"
)
# "… si vous augmentez encore les tarifs", "… si le site plante encore": exasperation
_IF_ADMIN = (
    "si (?:vous|la mutuelle|la secu|vos|votre|ils|on|ca|sa|le|la|les|mon|ma|ce|cette|je"
    " (?:recois|dois|paye|paie|vois|relis|remplis|rappelle)) <gap4>(?:tarifs?|cotisations?"
    "|relances?|factures?|prix|dossier|rembours\\w*|formulaires?|papiers?|contrat|attente"
    "|delais?|prelevements?|augment\\w*|payer|paye|paie|mutuelle|courriers?|mails?|site"
    "|appli|application|espace|bug\\w*|plante|rame|serveur|conseiller|service|standard"
    "|musique|telephone|attente|ordinateur|ordi|box|connexion)"
)
# A word of distress somewhere in the message, for phrasings that are ambiguous alone.
# Complaints about the service ("j'en ai marre de vos délais") are not distress.
_MOOD = (
    "en (?:peux|pouvais) plus(?! de (?:vos|votre|ces|cette|ce|la mutuelle|attendre|payer"
    "|relancer|appeler))|plus la force|plus de force|plus aucune force|(?:a|au) bout(?! de"
    " (?:vos|votre|ces|cette|ce|la mutuelle))|au bout du rouleau|supporte plus(?! (?:vos"
    "|votre|ces|cette|ce|la mutuelle))|(?:plus|arreter de|cesser de) souffrir|detresse"
    "|desespoir|desespere|desesperee|plus envie de (?:vivre|rien)|marre de (?:tout|la vie"
    "|vivre|ma vie|exister|moi)|ras le bol de (?:tout|la vie|vivre|ma vie)|adieu|mourir"
    "|crever|disparaitre|suicid\\w*|en finir|tiens plus|tient plus|tenir le coup|craque"
    "|idees noires|tout est noir|deprim\\w*|depression|(?:me sens|suis) (?:si |tellement"
    " |tres |tout |toute )?(?:vide|seule?|inutile|nulle?|de trop)|aucun sens|plus de sens"
    "|plus rien ne (?:va|compte|me retient|a de sens)|mal a vivre|mal de vivre|cachets"
    "|medicaments|somniferes|corde|mieux comme ca|mieux sans moi|honte de moi"
    "|je vous aime|je te aime|(?:pret|prete) a partir(?= [,.?]|$)|(?:pense|pensees?"
    "|obsede|obsedee) (?:a )?la mort|je suis (?:pret|prete)(?= [,.?]|$)|fini pour moi"
    "|tout est fini|plus de espoir|plus aucun espoir|sans espoir|me manque trop"
    "|me manque tellement|veux rejoindre|lettres? (?:pour|a) (?:mes|ma|mon|tous|toute)"
    "|lettres? (?:sont|est) sur|lettre de adieu"
    "|(?:dites|dis|dire) a \\w+(?: \\w+)? que je (?:le|la|les|vous|te) aime"
)
# Body parts where self-harm is described ("je me coupe les bras").
_SKIN = "(?:bras|poignets?|cuisses?|jambes?|ventre|avant bras|peau|hanches?|mollets?)"

DISTRESS_SIGNALS: tuple[Signal, ...] = (
    signal(
        "want_to_die",
        _S,
        f"{_WISH} <gap1>{_DIE}",
        "(?:veux|voudrais|aimerais|prefererais|souhaite) <gap1>qu(?:e|e on) (?:on )?me tue",
        "(?:mieux vaut|vaut mieux|vaudrait mieux|serait mieux|serait plus simple|serait"
        " preferable|ce est mieux) (?:que je|si je) (?:meure|meurs|mourais|disparaisse"
        "|disparaissais|creve|crevais|parte pour toujours|ne me reveille (?:pas|plus))"
        "|mieux vaut (?:etre mort|etre morte|que je sois mort|que je sois morte)"
        "|si seulement je (?:etais (?:mort|morte)|pouvais (?:mourir|disparaitre|ne plus me"
        " reveiller|partir pour toujours))",
        "(?:faut|faudrait) que je (?:meure|disparaisse|creve|me tue|parte pour toujours)",
        f"(?:vais|va|vas|allait|allais) <gap1>{_DIE_FOR_GOOD}",
        "(?:espere|souhaite|prie pour que|voudrais que|aimerais que) (?:que )?je (?:ne )?me"
        " reveille(?:rai|rais)? (?:pas|plus|jamais)",
        not_before="donne|donnent|donnerait|donneraient",
        not_after="(?:de|du|des) (?:votre|vos|la|le|les|ce|cette|ces|mon|ma|ton)? ?(?:fichiers?"
        "|listes?|bases?|mailing|newsletters?|registres?|contrats?|mutuelles?|sites?|comptes?"
        "|circulation|radar|reseaux?|cartes?|ecrans?|planning|bureau|boite|annuaire|groupes?"
        "|conversations?|photos?|carnet|paysage)"
        "|dans mon lit|de vieillesse|a <num> ans|vieux|vieille|tranquille|en bonne sante"
        "|idiot|idiote|heureux|heureuse|quelques (?:jours|temps|semaines|heures)"
        "|en vacances|une semaine|un moment|le week end|ce week end|pendant (?:les|le|la"
        "|quelques|une|un)|de chez vous|de le ecran|sous terre"
        f"|<near4>{_IF_ADMIN}",
    ),
    signal(
        "want_to_die_because",
        _S,
        f"(?:donne|donnent|donnerait|donneraient) <gap1>{_WISH} <gap1>(?:{_DIE}|{_SELF_KILL}"
        "|(?:me|se) (?:jeter|tirer une balle|pendre|mettre une balle))",
        admin=_MSG,
        # hyperbole about a thing, not about life: "ce film me donne envie de mourir"
        not_before="(?:attente|delais?|film|serie|match|blague|boulot|travail|job|patron|chef"
        "|cheffe|service|paperasse|prix|tarifs?|bouchons|embouteillages|meteo|pluie|chaleur"
        "|canicule|musique|emission|lundi|reunion|cours|prof|examens?|partiels?|factures?"
        "|impots|reponses?|questions?|appli|site|jeu|livre|chanson|pubs?|voisins?|bruit|froid"
        "|clim|menu|repas|plat|equipe|resultats?|trafic|greve|file|queue|ordi|bus|train|metro"
        "|temps|politique|actualite|infos|debat|belle mere|beau pere|patronne|collegues?|prof"
        "|conseiller|operateur|standard)s?(?: [a-z]+){0,3} (?:me|nous)",
    ),
    signal(
        "self_harm_intent",
        _S,
        f"{_WISH} <gap1>{_SELF_KILL}",
        f"(?:vais|allais|irai) <gap2>me {_SELF_KILL_VERB}|(?:va|allait|ira) <gap2>se"
        f" {_SELF_KILL_VERB}|vas <gap2>te {_SELF_KILL_VERB}",
        "(?:me|se|te) suicid(?:er|e|es|ent|ais|ait|erai|erais|erait|era)",
        "je me (?:tue|pends|flingue|bute|jette|supprime) <gap1>(?:ce soir|cette nuit|demain"
        "|maintenant|tout de suite|aujourd hui|bientot|des ce soir)",
        "(?:suis|est|es|etre|devenu|devenue|devient|sens|sent) <gap1>suicid\\w*",
        "(?:ai|as|a|avons|ont|avez|eu) (?:des |souvent des |encore des |de nouveau des "
        "|beaucoup de |plein de |parfois des |tout le temps des |de plus en plus de |de )?"
        "(?:idees|pensees|envies|pulsions|tendances|intentions|impulsions|ides) (?:suicidaires"
        "|noires|de suicide|de mort|de mourir|de en finir|de me tuer)",
        "(?:mes|ses|tes|leurs) (?:idees|pensees|envies|pulsions|tendances|ides) (?:suicidaires"
        "|noires|de suicide|de mort|de mourir|de en finir)",
        "peur de <gap1>(?:me|se|te) (?:tuer|suicider|faire du mal|pendre|jeter|foutre en le air)",
        "peur de ce que (?:je|il|elle) (?:pourrais|pourrait|vais|va|risque de|suis capable de"
        "|est capable de) (?:me |se )?faire",
        "(?:pas|plus) en securite (?:avec moi meme|avec moi|seule? avec moi meme|seule? avec moi)",
        "(?:pense|pensent|penser|pensais) <gap1>(?:au|a le) suicide",
        "(?:<now>|fait|refait|faire|refaire) (?:une|des) (?:ts|tentatives? de suicide)",
        "(?:ai|a|as) failli (?:passer a le acte|me suicider|me tuer|en finir|sauter|me jeter"
        "|me pendre|tout avaler|avaler (?:tous|toutes|toute|tout))",
        "(?:peur de|vais|va|vas|pret a|prete a|envie de|sur le point de|proche de|pourrais"
        "|risque de) passer a le acte|passage a le acte",
        not_before="(?:donne|donnent|donnerait|donneraient)(?: envie de)?",
        not_after="dans (?:le|les) pieds?|a la tache|au travail|a le travail|a force"
        "|pour (?:vous|payer|rien)"
        "|au volant|en voiture|sur la route|a moto|a le volant|de (?:achat|achats|resilier"
        "|signer|changer)|au (?:telephone|tel)|(?:le|la|les|mon|ma|mes|ton|ta|tes|son|sa|ses"
        "|notre|votre|leur|un|une) |sur |contre |si (?:vous|la mutuelle|la secu|vos|votre|ils|on"
        "|ca|sa|le|la|les|mon|ma|ce|cette|je (?:recois|dois|paye|paie|vois|relis)) <gap4>"
        "(?:tarifs?|cotisations?|relances?|factures?|prix|dossier|rembours\\w*|formulaires?"
        "|papiers?|contrat|attente|delais?|prelevements?|augment\\w*|payer|paye|paie|mutuelle"
        "|courriers?|mails?)|<near4>(?:avec|a cause de) (?:ce|cette|ces|mon|ma|mes|votre|vos)"
        " <gap1>(?:boulot|travail|rythme|dossier|paperasse|demarches|papiers|horaires)"
        f"|{_IF_ADMIN}",
    ),
    signal(
        "end_it",
        _S,
        "en finir(?: avec (?:la vie|ma vie|sa vie|moi|tout|le existence|mes jours))?",
        "en terminer avec (?:la vie|ma vie|sa vie|moi|le existence|mes jours|tout ca)",
        "mettre fin a (?:mes|ses|tes|nos|leurs) jours|(?:mettre|mets|met|mis) fin a (?:ma|sa"
        "|ta) vie|(?:mettre|mets|met) un terme a (?:ma|sa|ta) vie",
        "(?:mettre|mets|met) (?:fin|un terme) a (?:mes|ses|ma|sa) (?:souffrances?|existence)",
        "tout (?:arreter|stopper|lacher|abandonner|arete) (?:pour de bon|pour toujours"
        "|definitivement|a jamais|une bone fois pour toutes?|une fois pour toutes?)",
        "(?:que|qu) (?:tout|ca|sa|la vie|la douleur|ma douleur|la souffrance|ma souffrance"
        "|tout ca) (?:se )?arrete (?:pour de bon|pour toujours"
        "|definitivement|a jamais)",
        not_after=_ADMIN_OBJECT,
    ),
    signal(
        "give_up",
        _S,
        # ambiguous alone ("je veux tout arrêter" may be about a contract): only with a
        # word of distress, and never in a message about paperwork
        "(?:veux|voudrais|envie de|vais|va|pense a|besoin de|aimerais) <gap1>tout (?:arreter"
        "|stopper|lacher|abandonner)",
        "(?:veux|voudrais|aimerais|besoin|hate|faut|faudrait) <gap1>(?:que|qu) (?:ca|sa|tout"
        "|cela) (?:se )?"
        "(?:arrete|finisse|termine|cesse|stoppe)",
        "(?:vais|veux|envie de|pense a|aimerais|voudrais|pret a|prete a|hate de) <gap1>"
        "(?:aller )?rejoindre (?:mon|ma|mes) (?:defunte?|mari|femme|epoux|epouse|fils|fille|mere"
        "|pere|maman|papa|parents|enfant|bebe|frere|soeur|grand mere|grand pere)"
        "(?! a | au | en | chez | dans | pour | demain| ce | cet | la semaine| le week)",
        "(?:veux|voudrais|aimerais|envie de) (?:ne )?plus souffrir(?! de | du | des | a cause)",
        requires=_MOOD,
        admin=_MSG,
        not_after=f"{_ADMIN_OBJECT}|(?:le|la|les|mon|ma|mes) ",
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
        "(?:plus|aucune|pas) envie de (?:vivre|me reveiller|continuer|exister|etre la|etre en vie"
        "|etre vivante?|etre sur terre|respirer|me lever le matin)(?! ca| cela"
        "| cette| ce | ces| avec| chez)",
        "(?:plus|aucune|pas) envie de rien(?= [,.?]|$)",
        "(?:veux|veut|peux|peut|arrive|arrivais|supporte) (?:plus|pas) (?:de |a |continuer a "
        "|continuer de )?(?:vivre|exister|etre en vie|etre vivante?|me reveiller|etre sur"
        " terre)(?! sans| avec (?:mon|ma|mes|son|sa|ses|ce|cette|le|la|les|lui|elle|eux) ?"
        "(?:mari|femme|conjointe?|copain|copine|compagnon|compagne|parents|pere|mere|colocs?"
        "|belle mere|beau pere|voisins?|enfants|fils|fille|ex)?| ici| a | en | dans | chez"
        "| la bas| loin)",
        "(?:en peux|en pouvais) plus de (?:vivre|exister|cette vie|la vie|ma vie)",
        "(?:merite|merites|meritait) (?:plus|pas) de vivre|(?:merite|merites|meritais) de"
        " (?:mourir|crever|disparaitre|etre mort|etre morte)",
        "(?:me|se) laisse (?:mourir|crever|deperir)",
        "a quoi je (?:sers|sert)(?: encore| sur terre| dans ce monde| ici bas| dans la vie)?"
        "(?= [,.?]|$)",
        "(?:supporte|supportais|supporterai) (?:plus|pas) (?:ma vie|la vie|cette vie|de vivre"
        "|de exister|de me reveiller|de etre en vie|ma propre vie)",
        "(?:me )?vois (?:plus|pas) (?:vivre|continuer|exister|vieillir|tenir)"
        "(?! (?:sans|a |en |dans |avec |chez |ici|la bas|loin|ailleurs|seule?))",
        "(?:vivre|la vie|exister|ma vie) me (?:fatigue|pese|epuise|degoute|fait peur)",
        "(?:vivre|exister|la vie|ma vie|chaque jour) (?:est|ce est) (?:devenue? )?(?:une"
        " torture|un calvaire|un supplice|un enfer|insupportable)(?! avec| a cause)",
        "(?:ne )?vaut (?:plus|pas) (?:la peine|le coup) (?:de vivre|de continuer(?: a vivre)?"
        "|de etre vecue|de me battre|que je vive|que je reste en vie)",
        "(?:marre|ras le bol) de (?:la vie|vivre|ma vie|exister)",
        "(?:fatigue|fatiguee|fatige|fatigee|lasse|las|epuise|epuisee) de (?:vivre|la vie|exister)",
        "(?:la|ma|sa) vie (?:ne )?(?:vaut|a) (?:plus |pas |aucun |aucune |rien )+(?:la peine"
        "|de sens|sens|valeur|de valeur|de interet|interet|de but|but|importance|de importance)",
        "(?:vois|trouve) (?:plus|pas|aucun) (?:de |le )?sens a (?:rien|ma vie|la vie|vivre|tout"
        " ca|quoi que ce soit|mon existence)",
        "(?:sert|servirait) (?:a )?rien (?:que je (?:reste|sois|vive|continue)(?: en vie| vivante?"
        "| la| encore| a vivre)?|de (?:rester|etre) en vie)",
        "(?:ma|sa|la) vie (?:ne )?sert (?:plus )?a rien|je (?:ne )?sers (?:plus )?a rien"
        "(?= [,.?]|$)",
        "(?:plus|aucune|pas de|pas une|pas la moindre) (?:de )?raisons? de (?:vivre|continuer"
        "|rester en vie|rester|me battre|exister|me lever)",
        "(?:vois|voit|trouve|trouvent) (?:plus|pas|aucune?) (?:de |le |la )?(?:raisons?|sens"
        "|interet|but|utilite) (?:de |a |a le |a la )?(?:vivre|continuer|rester en vie|ma vie"
        "|la vie|exister|vie)",
        "(?:vois|voit|sais) (?:plus|pas) (?:pourquoi|comment) (?:je |il |elle )?(?:pourrais"
        " |pourrait |vais |va )?(?:vivrais|vivrait|vivre|existerais|exister|continuer|continuerais"
        "|continuerait|continuerai|tenir|tiendrais) (?:a |de )?(?:vivre|exister|comme ca"
        "|ainsi|me battre|lutter|respirer|rester en vie|en vie)",
        "pourquoi (?:je |il |elle )?(?:continuer|continuerais|continuerait|continuer) (?:a|de)"
        " vivre|pourquoi (?:suis je|je suis|je reste|rester|est il|est elle) encore (?:en vie"
        "|vivante?|sur terre|de ce monde|la)(?= [,.?]|$)",
        "a quoi bon (?:vivre|exister|me battre|lutter|me lever|tout ca|se battre"
        "|continuer(?: a vivre| de vivre| comme ca| a me battre| a souffrir)?)"
        "(?! a | de | avec | chez )",
        "(?:sert|servirait|sers) a rien de (?:vivre|continuer|me battre|exister)"
        "|a quoi (?:ca|sa|cela) sert de (?:vivre|continuer|exister|me battre)",
        "(?:veux|voudrais|aimerais|envie de|prefererais|souhaite) <gap3>(?:ne )?(?:plus"
        "|jamais) (?:me )?reveiller",
        "(?:veux|voudrais|aimerais|envie|besoin|prie pour|souhaite|hate|reve) <gap2>(?:et )?que"
        " tout (?:se )?arrete",
        "(?:plus|pas) la force de (?:vivre|continuer|continue|me battre|lutter|tenir|exister"
        "|avancer"
        "|me relever|supporter tout ca|affronter)",
        "(?:plus|pas) (?:de )?force pour (?:vivre|continuer|me battre|lutter|tenir)",
        "(?:pense|pensais|songe|songeais|reve|obsede|obsedee) (?:<adv> ){0,2}(?:a|de|par) la"
        " mort(?! de (?:mon|ma|son|sa|mes|ses|notre|leur)| des autres| en general)",
        "(?:la mort|mourir|disparaitre|en finir|ne plus etre la|ne plus me reveiller) (?:serait"
        "|sera|est|ce serait|ca serait) (?:une |un |la |le )?(?:delivrance|soulagement|solution"
        "|liberation|repos|paix|bienvenue?|le mieux|la meilleure chose)",
        "(?:plus|pas) (?:faire )?partie de ce monde|(?:plus|pas) (?:de |a )?ma place (?:dans ce"
        " monde|sur terre|ici bas|parmi les vivants)",
        "(?:comment|a quoi) (?:ce serait|ca serait|ressemblerait|ressemblerais) <gap3>si je"
        " (?:etais (?:mort|morte)|mourais|disparaissais|ne etais plus la|me tuais)",
        "(?:plus )?rien ne me retient(?: plus)?(?: ici| sur terre| dans ce monde| en vie)?",
        "(?:plus )?rien (?:ne )?(?:a|a plus|a encore) (?:de |le moindre |aucun )?(?:sens|interet"
        "|gout|importance)(?= [,.?]|$| pour moi| dans ma vie)",
        "(?:plus|aucun) (?:de )?gout (?:a|pour) (?:rien|la vie|vivre)|perdu (?:le )?gout de"
        " (?:vivre|la vie)|(?:envie|gout) de vivre (?:est )?(?:partie?|disparue?)",
        "(?:aurais|aurait) (?:pas|jamais) (?:du|voulu) naitre|(?:aurais|aurait) (?:prefere"
        "|aime|voulu) (?:ne )?(?:jamais|pas) (?:etre ne|etre nee|naitre|exister)"
        "|regrette de (?:etre ne|etre nee|exister|etre en vie|vivre)|maudis le jour ou je"
        " suis nee?",
        not_after=f"{_ADMIN_OBJECT}|a (?:cotiser|payer|attendre|relancer|appeler|envoyer)"
        "|(?:a|de) (?:cotiser|payer)|chez (?:vous|eux)",
        negation_guard=False,
    ),
    signal(
        "burden",
        _S,
        "persone (?:ne )?(?:me )?(?:regretterait|regrettera|regretterai|pleurerait|pleurera"
        "|regreterait|pleurerai)",
        "persone (?:ne )?(?:le |la |me )?(?:remarquerait|verrait|remarquera|chercherait"
        "|viendrait|viendra) <gap3>(?:si je|mon absence|ma disparition|ma mort|a mon enterrement"
        "|a mes funerailles|me chercher)",
        "persone (?:ne )?(?:viendrait|viendra|serait) (?:a|pour) (?:mon enterrement|mes"
        " funerailles|ma mort)",
        "persone (?:ne )?(?:se en|se )(?:rendrait|rendra|apercevrait|apercevra) (?:meme )?"
        "(?:compte|pas compte)? ?<gap3>(?:si je|de mon absence|de ma disparition|de ma mort)",
        "(?:serait|seraient|seront|serais|seriez|sera|serions|porterait|porteraient|irait"
        "|iraient|vivrait|vivraient|sentirait|sentiraient) <gap2>(?:plus )?(?:mieux|heureux"
        "|heureuse|heureuses|tranquilles?|soulages?|soulagee?s?|libres?) sans moi"
        "(?! comme| en tant| dans| a la| au )",
        "(?:serait|ce serait|ca serait|sera|ca irait|tout irait) (?:plus simple|mieux|plus facile"
        "|un soulagement|plus leger|tellement mieux|tellement plus simple) <gap4>si je (?:ne )?"
        "(?:etais plus la|etais (?:mort|morte)|existais plus|existais pas|disparaissais|mourais"
        "|partais (?:pour toujours|pour de bon|definitivement))",
        "(?:mieux|soulages?|soulagee?s?|plus heureux|plus heureuse|debarasses?) <gap2>(?:si|que)"
        " je (?:disparaissais|disparaisse|mourais|meurs|etais plus la|ne etais plus la"
        "|partais pour toujours|crevais|etais (?:mort|morte))",
        "(?:je (?:ne )?suis|me sens|je deviens|je suis devenue?) (?:comme |que |plus que )?(?:un"
        "|une) (?:fardeau|poids mort|poids|boulet|charge|poison|plaie|probleme) (?:pour|a)"
        "(?! vous| votre| vos| le service| la mutuelle| ce service| mon conseiller)",
        "je (?:ne )?suis (?:que )?(?:un|une) (?:fardeau|poids mort|poids|boulet)(?= [,.?]|$)",
        "je (?:ne )?(?:suis|me sens) de trop (?:dans ce monde|sur cette terre|sur terre|partout"
        "|pour tout le monde|dans cette famille|dans la vie de)",
        "je (?:ne )?sers (?:plus )?a rien (?:sur cette terre|dans ce monde|a personne)",
        "je (?:ne )?manquerai?s? a persone|je (?:ne )?manquerai?s? (?:pas|jamais) a grand monde",
        "(?:peur de|vais|va|risque de|envie de|pourrais) faire une (?:connerie|betise)"
        "(?! en| dans| sur| avec| et (?:resilier|signer|changer|payer|acheter|commander|prendre"
        "|souscrire|partir chez|tout plaquer))",
    ),
    signal(
        "burden_if",
        _S,
        # "si je disparaissais, ça ne changerait rien", "si je mourais personne ne…"
        "si je (?:disparaissais|disparaissait|disparais|disparaitrais|mourais|mourrais|meurs"
        "|partais|me tuais|me suicidais|crevais|etais (?:mort|morte|plus la)|ne etais plus la"
        "|me foutais en le air|en finissais)(?: [a-z0-9]+){0,4}(?: ,)?(?: [a-z0-9]+){0,4}"
        " (?:persone|rien|soulage\\w*|mieux|content|contente|contents|heureux|heureuse"
        "|remarque\\w*|pleure\\w*|regrete\\w*|manque\\w*|difference|tout le monde|le monde"
        "|plus simple|plus facile|arrangerait|arrangeraient|soulagement)",
        "(?:persone|tout le monde|le monde|ils|elles|ma famille|mes proches|mes parents"
        "|mes enfants) <gap2>(?:se en |se |me )?(?:foutrait|foutraient|ficherait|ficheraient"
        "|moquerait|moqueraient|serait soulage\\w*|seraient soulage\\w*|remarquerait"
        "|remarqueraient|verrait|verraient|pleurerait|pleureraient|regretterait|regretteraient"
        "|rendrait compte|rendraient compte|apercevrait|apercevraient)(?: pas| meme pas| rien)?"
        " <gap3>si je (?:mourais|disparaissais|partais|me tuais|me suicidais|crevais|etais"
        " (?:mort|morte|plus la)|ne etais plus la|me foutais en le air)",
        admin=_MSG,
        not_after="(?:de|a) (?:payer|cotiser|rembourser)",
    ),
    signal(
        "goodbye",
        _S,
        "dire adieu a (?:tout le monde|mes proches|ma famille|mes enfants|la vie|ce monde|vous"
        " tous)|(?:lettres?|messages?|mots?|textos?|sms|mails?|videos?) de adieu"
        "|(?:lettres?|messages?|mots?) pour (?:mes proches|ma famille|mes enfants|ma fille"
        "|mon fils|ma femme|mon mari|ma mere|mon pere|mes parents)(?: ,)? <gap1>(?:pour )?(?:apres"
        "|quand je serai partie?|apres ma mort)|mes adieux",
        "(?:dire|dis|dit|faire|fais|vous dis|te dis|vous dire|te dire) <gap1>adieux?"
        "(?! a (?:cette|votre|ma|la|mon|vos|ce|ces|mes) )",
        "(?:ne me|me) (?:reverrez|reverras|reverront|reverra|reverrez jamais) (?:plus|jamais)"
        "(?: jamais)?(?! (?:chez|dans|a la|en|ici|a le|au|sur))",
        "adieu (?:a tous|a toutes|a vous|tout le monde|le monde|la vie|mes amis|ma famille"
        "|les amis|a tous ceux)(?= [,.?]|$)",
        "(?:disant|pour dire|pour me dire|pour nous dire|qui dit|ou elle dit|ou il dit|en disant)"
        " <gap1>adieu",
        "(?:ce est|voici|voila) (?:mon|le) dernier (?:message|mot|sms|texto|mail)"
        "|(?:mes|ses) derniers (?:mots|messages)",
        "(?:pardonnez|pardonne|pardonnez moi|pardon|desolee?|excusez moi) <gap2>pour ce que"
        " (?:je vais|je suis sur le point de|il va|elle va) (?:faire|commettre)",
        "(?:je|il|elle|que il|que elle) (?:pars|part|partait|partirai|partira|vais partir|va partir"
        "|me en vais|se en va|se en allait|allait partir) pour (?:toujours|de bon)"
        "(?! (?:de|a|au|aux|en|chez|dans|vers|pour|sur) )",
        # a customer leaving: "je vous dis adieu, vous ne me reverrez plus chez vous"
        unless="(?:ne me|me) (?:reverrez|reverrai|reverra|reverront) plus (?:chez|dans|ici|a le"
        " agence|a la agence)|(?:change|resilie|quitte|pars chez|passe chez|vais chez) (?:de"
        " mutuelle|la mutuelle|votre mutuelle|chez vous|vos services)",
        admin=_MSG,
    ),
    signal(
        "goodbye_hint",
        _S,
        # farewells that are ambiguous alone ("quand je ne serai plus là, mes enfants
        # toucheront-ils le capital ?"): only with a word of distress
        "(?:quand|si|au cas ou|le jour ou|une fois que|lorsque) je (?:ne )?(?:serai|serais|suis)"
        " (?:plus la|partie?|plus de ce monde|morte?)|apres ma mort",
        "(?:mis|mets|met|remis|range|regle|reglee) (?:toutes )?(?:mes|ses) (?:affaires|papiers)"
        " en ordre|(?:donne|distribue) (?:toutes )?(?:mes|ses) affaires(?! de (?:bebe|ski|sport"
        "|foot|enfant))",
        "(?:ecrit|redige|laisse|prepare|ecris|redigee?s?) (?:des|une|mes|ma|un|quelques|plusieurs)"
        " (?:lettres?|mots?|messages?) (?:a|pour) (?:mes|ma|mon|tous mes|toute ma) (?:proches"
        "|enfants|famille|parents|fille|fils|femme|mari|mere|pere|amis|soeur|frere)",
        "(?:prenez|prends|prend|prendre) soin de (?:mes|ma|mon) (?:enfants|fille|fils|femme"
        "|mari|mere|pere|chat|chien|famille|proches|parents|bebe)(?= [,.?]|$| pour moi| quand"
        "| apres)",
        requires=f"{_MOOD}|lettres?|adieu",
        admin=_MSG,
    ),
    signal(
        "plan",
        _S,
        # a time or a means, explicit enough alone
        "(?:ma|mon|cette|ce) (?:derniere|dernier) (?:nuit|soir|soiree)(?! de | de le | a | au |"
        " avant| en | ici| chez| sur | dans | la bas| avec | entre | sans )",
        "(?:mettre|mets|met|mettrai|mettra) fin a (?:tout|tout ca|tout cela|mes jours|ma vie)"
        " (?:ce soir|cette nuit|demain|maintenant|tout de suite|aujourd hui)",
        "(?:ce soir|cette nuit|demain|bientot|dans (?:<num>|quelques) (?:heures|jours|minutes))"
        " ,? ?je (?:ne )?serai plus (?:la|de ce monde|en vie)",
        "je (?:ne )?serai plus (?:la|de ce monde|en vie) (?:demain|ce soir|cette nuit|bientot"
        "|dans (?:<num>|quelques) (?:heures|jours))",
        "(?:la|une|ma) corde (?:est )?(?:prete|accrochee|attachee|autour de mon cou)",
        "(?:tiendrai|tiendrais|tiendra) (?:pas|plus) (?:jusque a demain|jusque demain|la nuit"
        "|cette nuit|jusque a ce soir|jusque ce soir|longtemps comme ca)(?! sans| avec)",
        "(?:des|mes|les|plein de|assez de) <gap1><med> (?:de cote|en reserve|caches?|planques?"
        "|stockes?) (?:au cas ou|pour le jour ou|pour quand|si jamais|pour en finir|pour le"
        " moment venu|pour plus tard)",
        "enferm\\w* <near8>avec (?:des|une|un|ses|mes|les|sa|son) (?:lames?|rasoirs?|couteaux?"
        "|cachets|medicaments|comprimes|corde|arme|pistolet|fusil|somniferes)",
        "(?:stocke|stockee|accumule|amasse|mis de cote|mets de cote|met de cote|economise"
        "|planque) <gap2>(?:des|mes|les|tous mes|toutes mes|plein de|assez de) <gap1>"
        "<med>(?! perimes| pour (?:les|le) (?:jeter|rapporter))",
        "(?:les|mes|des|ces) <gap1>(?:<med>|corde) (?:sont |est )?(?:devant moi|a cote de moi"
        "|sur la table|dans ma main|prets|pretes)",
        # a trip or leave: "ce soir je ne serai plus là, je pars en voyage"
        unless="(?:je pars|on part|nous partons|je serai|je rentre|je suis) (?:en|a|chez|pour)"
        "|en (?:voyage|vacances|deplacement|conges?|mission|formation|week end)|pour (?:le|mon)"
        " (?:travail|boulot)|demenag\\w*",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "plan_hint",
        _S,
        # "j'ai tout préparé pour ce soir", "je vais le faire demain": with distress only
        "(?:ai|je ai) tout (?:prepare|prevu|organise|planifie|regle|decide)(?: pour (?:ce soir"
        "|cette nuit|demain|demain soir|demain matin|tout a le heure|la fin|le grand depart))?"
        "(?= [,.?]|$)",
        "(?:ma|mon|cette|ce) (?:derniere|dernier) (?:jour|journee|matin|heure)(?= [,.?]|$)",
        "(?:ce soir|cette nuit|demain|bientot|dans (?:<num>|quelques) (?:heures|jours|minutes))"
        " ,? ?(?:ce est (?:fini|la fin)|tout sera (?:fini|termine)|je (?:le fais|passe a le"
        " acte|en finis|me en vais pour toujours|pars pour toujours|vais le faire))",
        "(?:achete|procure|trouve|prepare|recupere|commande) (?:une|la|de la) corde"
        "(?! a sauter| pour (?:le|la|les|mon|ma|un|une))",
        "(?:je )?(?:sais|ai trouve|ai choisi) (?:comment|quand|ou) (?:je vais )?(?:le faire"
        "|en finir|me tuer|mourir|me suicider|passer a le acte)",
        "(?:je )?vais le faire (?:ce soir|cette nuit|demain|maintenant|bientot|aujourd hui)",
        "(?:mettre|mets|met|mettrai|mettra) fin a (?:tout|tout ca|tout cela)(?= [,.?]|$)",
        "(?:ai|je ai) (?:choisi|fixe|decide) (?:la date|le jour|le moment|le endroit"
        "|la methode|comment)(?= [,.?]|$)",
        "(?:vais|veux|va|envie de|pense a|penser a|pret a|prete a) tout (?:avaler|prendre"
        "|boire|gober)",
        requires=f"{_MOOD}|derniere nuit|dernier soir",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "again",
        _S,
        # "j'ai envie de recommencer" after an attempt
        "(?:envie de|veux|vais|pense a|peur de|tente de|pret a|prete a) (?:tout )?recommencer"
        "|(?:je )?recommencerai",
        requires="cachets|medicaments|comprimes|tentative|ts|tuer|suicid\\w*|pendre|veines"
        "|hopital|urgences|reveillee?|reanimation|lavage de estomac|avale\\w*|sauter|saute",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "wants_to_jump",
        _S,
        "(?:envie de|veux|voudrais|vais|va|pense a|pret a|prete a|tente de) sauter(?= [,.?]|$"
        "| par| du| de le| dans le vide| sous| de la fenetre| de un)",
        requires="fenetre|pont|balcon|toit|vide|etage|immeuble|falaise|train|metro|quai|voie"
        "|rails|viaduc|parapet|rebord",
        admin=_MSG,
        urgent=False,
    ),
    signal(
        "on_the_edge",
        _S,
        # "je suis sur un pont", said alone or with a word of distress
        "^ ?(?:je suis|suis|chu|je me trouve|me voila|je suis monte|je suis montee) (?:sur|en"
        " haut de|au bord de|au bord du|au sommet de|au sommet du) (?:un|le|la|une|du|de le)"
        " (?:pont|toit|falaise|viaduc|parapet|rebord|balcon|vide|voie ferree|quai|immeuble)"
        "(?: [.?,!])* ?$",
        urgent=True,
    ),
    signal(
        "on_the_edge_mood",
        _S,
        "(?:je suis|suis|chu|je me trouve|me voila|je suis monte|je suis montee) (?:sur|en"
        " haut de|au bord de|au bord du|au sommet de|au sommet du) (?:un|le|la|une|du|de le)"
        " (?:pont|toit|falaise|viaduc|parapet|rebord|balcon|vide|voie ferree|quai|immeuble)",
        requires=_MOOD,
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "method_research",
        _S,
        "comment (?:se|me|on peut se|faire pour se|peut on se|je peux me|je pourrais me)"
        " (?:suicider|tuer|pendre|donner la mort|ote la vie|empoisonner)",
        "(?:dose|doses|quantite) (?:mortelle|mortelles|letale|letales|fatale|fatales)",
        "(?:quelle|quel|combien de|la) (?:dose|quantite|nombre) <gap4>(?:pour|est) (?:mourir"
        "|en finir|ne plus se reveiller|ne pas se reveiller|ne plus me reveiller|se tuer"
        "|me tuer|que ce soit mortel)",
        "combien de <gap2>(?:<med>|<box>) <gap3>pour (?:mourir|en finir|ne plus (?:se|me)"
        " reveiller|ne pas (?:se|me) reveiller|se tuer|me tuer|y rester)",
        "(?:moyen|facon|methode|maniere|technique)s? (?:la plus |le plus )?(?:rapide|simple"
        "|douce|doux|efficace|sure|sur|indolore|sans douleur|radicale?) (?:de|pour) (?:mourir"
        "|se tuer|en finir|se suicider|me tuer|me suicider)",
        "(?:mourir|se tuer|se suicider|me tuer|me suicider|en finir) (?:sans souffrir|sans"
        " douleur|sans avoir mal|proprement|rapidement|vite fait)",
        unless="(?:mon|ma|le|la|notre) (?:chien|chat|lapin|poisson|hamster|plante|plantes)"
        "|(?:fils|fille|bebe|enfant|petit) (?:en )?a (?:pris|avale|bu)",
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
        "(?:me|se|te) (?:suis |est |es |sont )?(?:scarifie|scarifiee|scarifier|scarifies|mutile"
        "|mutilee|mutiler|taillade|tailladee|taillader|entaille|entaillee|entailler|lacere"
        "|laceree|lacerer)(?! (?:le|la|un|une) (?:doigt|pouce|main|pied|orteil))",
        "(?:me|se) (?:suis |est |sont )?(?:fais|fait|faire|faite) du mal(?! a le dos| aux| au "
        "| en )",
        "(?:coupures|entailles|scarifications|griffures|marques de coupures?|traces de coupures?"
        "|cicatrices de coupures?|brulures de cigarettes?) (?:sur|aux|a) (?:les |ses |mes |tes )?"
        "(?:poignets|avant bras|bras|cuisses)",
        f"(?:me|se|te) (?:coupe|couper|coupes|brule|bruler|brules|griffe|griffer|frappe"
        f"|frapper|entaille|entailler) (?:les|mes|ses|tes) {_SKIN}",
        "(?:me|se|te) (?:suis |est |es |sont )?(?:coupe|coupee|couper|coupes|entaille|entaillee"
        "|ouvert|ouverte) <gap3>(?:avec|a le|au|a la) (?:une |un |des |la |le |mon |ma |mes )?"
        "(?:lames? de rasoir|lames?|rasoirs?|compas)",
        "(?:me|se|te) (?:suis |est |es |sont )?(?:brule|brulee|bruler|brules) <gap3>(?:avec|a)"
        " (?:une |un |des |la |le |ma |mes |mon )?(?:cigarettes?|clopes?|briquet)",
        f"(?:me|se|te) (?:fais|fait|faire|suis fait|est fait) (?:des )?(?:entailles|coupures"
        f"|marques|cicatrices|brulures|griffures) (?:sur|aux|a le|au|a la|dans) <gap1>{_SKIN}",
        "(?:recommence|recommencer|rechute|rechuter|arrete pas) (?:a|de) (?:me|se) (?:couper"
        "|scarifier|mutiler|faire du mal|bruler|faire mal|taillader)",
        "(?:envie|besoin|pulsions?) de (?:me|se) (?:couper|entailler|scarifier|mutiler|taillader"
        "|blesser|faire du mal|faire mal|bruler)(?! les (?:cheveux|ongles)| la (?:frange|barbe)"
        "| a | au | en )",
        "automutilation|auto mutilation|scarifications?",
        "(?:me|se|te) (?:coupe|coupent|coupes|scarifie|brule|brulent|griffe|frappe) (?:en"
        " cachette|volontairement|expres|souvent|tous les (?:jours|soirs)|le soir|la nuit"
        "|encore|regulierement|de nouveau|a nouveau|quand (?:je|il|elle) (?:vais|va) mal"
        "|pour (?:me|se) (?:calmer|soulager|punir|sentir))(?! en (?:cuisinant|bricolant|se"
        " rasant|jardinant))",
        "(?:lames?|rasoirs?|cutter|compas|briquet|cigarettes?) <near4>pour (?:me|se|te) (?:couper"
        "|scarifier|taillader|mutiler|faire du mal|faire mal|bruler|entailler|blesser)"
        "(?! les cheveux| la frange| les ongles| la barbe| les poils)",
        "(?:me|se|te) (?:griffe|griffer|gratte|gratter|mord|mords|mordre|frappe|frapper|tape"
        "|taper|cogne|cogner|pince|pincer|arrache|arracher) <gap3>jusque (?:au|a le) sang",
        not_before="(?:donne|donnent|donnerait|donneraient) envie de",
    ),
    signal(
        "head_banging",
        _S,
        # also a figure of speech ("je me tape la tête contre les murs avec ce dossier")
        "(?:me|se|te) (?:tape|taper|tapes|cogne|cogner|frappe|frapper) la tete contre (?:les"
        "|le) murs?",
        requires=f"{_MOOD}|saign\\w*|sang|bleus?|blesse\\w*|bosses?",
        admin=_MSG,
        not_after=_ADMIN_OBJECT,
    ),
    signal(
        "method",
        _S,
        "(?:me|se|te) (?:pendre|jeter (?:sous|du|de|par|dans le vide|de un|du haut))",
        "sauter (?:du|de le|de un|de une|de la|par la|par une|depuis le|depuis la|depuis un"
        "|dans le) <gap2>(?:pont|fenetre|balcon|toit|immeuble|falaise|viaduc|train|haut|etage"
        "|tour|parking|vide|escalier)",
        "(?:me|se) (?:mettre|jeter|coucher|allonger) (?:sous|sur) (?:un|le|les) (?:train"
        "|metro|camion|voiture|bus|tram|rails|voies)",
        "(?:me|se) (?:tirer|mettre) une balle",
        "(?:me|se|te) (?:ouvrir|ouvre|couper|coupe|trancher|tranche|entailler|tailler|taille"
        "|taillader|charcuter|scarifier|lacerer) (?:les|mes|ses|tes) (?:veines|poignets)",
        "(?:me|se) (?:asphyxier|immoler)",
        "(?:me|se|te) jeter dans (?:le|la|les|un|une) <gap1>(?:seine|loire|garonne|rhone|riviere"
        "|fleuve|canal|lac|mer|vide|ravin|precipice|puits|port|ocean|gouffre)",
        not_before="(?:donne|donnent|donnerait|donneraient) envie de",
        not_after="dans (?:le|les) pieds?|au (?:telephone|tel|cou)|dans (?:le|la|les|mon|ma"
        "|ses|mes) (?:travail|boulot|paperasse|papiers|dossiers?)|sur (?:la|le) (?:nourriture"
        "|canape|lit|occasion)"
        f"|<near4>{_IF_ADMIN}",
    ),
    signal(
        "act_in_progress",
        _S,
        "(?:me|se) (?:suis|est|sont) (?:ouvert|ouverte|coupe|coupee|taillade|tailladee|taille"
        "|taillee|tranche|tranchee|entaille|entaillee|charcute|charcutee|scarifie|scarifiee)"
        " (?:les|mes|ses) (?:veines|poignets)",
        "(?:me|se) (?:suis|est) (?:pendu|pendue)",
        f"{_TOOK_ANY} <gap1>(?:tous|toutes|toute la|tout le|une boite|la boite"
        "|toute une|une plaquette|la plaquette) <gap2><med> pour(?= [.?,]|$| en finir| mourir"
        "| ne plus| ne pas| dormir pour| partir| disparaitre| me tuer| que)",
        f"{_TOOK_ANY} <gap6>(?:pour (?:en finir|mourir|dormir pour toujours|ne plus (?:me |se )?"
        f"reveiller|ne pas (?:me |se )?reveiller)|{_NO_WAKE}|pour (?:que ca se arrete"
        "|que tout se arrete|partir"
        "|disparaitre|me tuer|se tuer|ne plus rien sentir|ne plus souffrir|me suicider"
        "|se suicider|en terminer))",
        # "je veux boire de la javel", "je vais avaler mes cachets, toute la boîte"
        f"(?:{_WISH}|vais|va|vas|en train de|commence a) <gap1>(?:avaler"
        "|boire|manger|ingurgiter|gober) (?:de la |de le |du |des |un |une |la |le |les |de "
        "|toute la |tout le |la bouteille de |une bouteille de )?<product>",
        f"(?:{_WISH}|vais|va|vas|en train de|commence a) <gap1>(?:avaler"
        "|prendre|boire|gober|ingurgiter) <near6>(?:tout le|toute la|tous|toutes|la boite|le"
        " flacon|la plaquette) (?:<box>|<med>|mes|les|ses)(?= [,.?]|$| de| entiere)",
        "(?:lame|lames|arme|fusil|pistolet|corde|cachets|medicaments|rasoir|somniferes) <near8>"
        "(?:vais|veux|pense a|envie de|pret a|prete a|va) (?:me en servir|la utiliser|le utiliser"
        "|les utiliser|les prendre|les avaler|me en servir|tout avaler)(?! pour| contre)",
        "<med> pour (?:en finir|mourir|dormir pour toujours|me tuer|ne plus me reveiller)",
        "(?:sur le|sur un|au bord du|au bord de la|au bord de le|sur la|devant la|devant le)"
        " (?:toit|pont|rebord|balcon|falaise|vide|quai|fenetre|voie ferree|voies|rails|parapet)"
        " <near8>(?:je )?(?:vais|veux|va|pret a|prete a|attends|attend) (?:sauter|me jeter|en finir"
        "|le train|le metro|de sauter)",
        "(?:au bord de|sur) (?:la|le|les) (?:voie ferree|voies|rails"
        "|quai) <near4>(?:je )?(?:attends"
        "|attend) (?:le|un) (?:train|metro|tgv|rer)",
        f"(?:{_WISH}|vais|va|vas|en train de|commence a"
        "|commencer a) <gap1>(?:avaler|prendre|boire|gober) (?:tous|toutes|toute la|tout le|une"
        " boite|la boite|toute une|la"
        " bouteille|une bouteille|le flacon|la plaquette|une plaquette) <gap2>(?:<med>|de le"
        " |de la |du |de |javel|eau de javel|poison|mort aux rats|produit)",
        urgent=True,
    ),
    signal(
        "attempt",
        _S,
        # someone close, or the member, has just tried ("a essayé de se pendre")
        "(?:a|ai|as|ont|avait|avais|vient de|viens de) (?:essaye|essayer|tente|tenter|voulu"
        "|cherche a) (?:de |a )?(?:se|me|te) (?:suicider|tuer|pendre|jeter|ouvrir les veines"
        "|empoisonner|etrangler|noyer|foutre en le air|defenestrer)",
        "(?:a|ai|as|ont|avait|vient de|viens de) (?:essaye|tente|tenter|essayer) de (?:mettre"
        " fin a (?:ses|mes|ses) jours|en finir)",
        "(?:<now>|a fait|ai fait|vient de faire|viens de faire) (?:une )?(?:ts|tentative)"
        "(?! de (?:resiliation|connexion|paiement|contact))",
    ),
    signal(
        "suicide_topic",
        _S,
        "suicides?|tentatives? de suicide",
        topic=True,
    ),
)
