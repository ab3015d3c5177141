"""Signs of suicidal distress or self-harm, for the member or someone near them.

The signals follow families of meaning rather than sentences: a wish to die (any verb of
wish or intent, any person or tense, before any way of saying "die"), ending it, no
reason or strength left to live, being a burden, goodbyes, plans with a means or a time,
looking up a method, self-harm, and attempts by someone close; death as the way out or a
relief; joining someone who died; putting one's affairs in order (``_FAREWELL_ACTS``:
letters to each child, a pet or belongings given away, passwords left for after); a means
at hand (the pills counted or laid out, a blade in the hand, a rope); being on the edge.
Phrasings that are ambiguous on their own ("je veux tout arrêter", "j'ai tout préparé pour
ce soir", "je n'en aurai plus besoin") only count next to a word of distress (``_MOOD``) or
a second farewell, found *outside* the match itself, and never in a message about
paperwork; exasperation at the service or a laugh (``_NOT_SERIOUS``) sets the hyperboles
aside ("l'appli plante, je vais finir par me jeter par la fenêtre").
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
    "(?:pour )?(?:ne (?:plus |jamais |pas )+|(?:plus |jamais )+)(?:avoir a )?(?:me |se |te )?"
    "(?:etre )?(?:reveiller|reveillee?s?|r?ouvrir les yeux|voir (?:demain|le matin|le jour se"
    " lever|le lendemain|le soleil se lever|la fin de la semaine))"
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
    " de ce monde|(?:me |m )?effacer (?:de la surface de la terre|de ce monde|pour toujours"
    "|definitivement|a jamais)|(?:ne )?plus etre en vie|avoir un accident (?:mortel|fatal)"
    "|ne pas survivre|mourir dans mon sommeil|partir dans mon sommeil"
    "|fermer les yeux (?:pour de bon|pour toujours|a jamais|definitivement)"
    "|(?:ne )?(?:jamais|pas) etre nee?s?|(?:me |m )?eteindre(?= [,.?]|$| pour toujours"
    "| doucement| a jamais| definitivement| pour de bon))"
)
# The forms of _DIE that cannot mean a trip or a joke, even after "je vais"
_DIE_FOR_GOOD = (
    f"(?:{_NO_WAKE}|arreter de (?:vivre|exister)|cesser de (?:vivre|exister)"
    "|(?:me |m |se |s |te |t )?endormir pour (?:toujours|de bon)"
    "|(?:aller )?dormir pour (?:toujours|de bon)|(?:me |m )?eteindre pour (?:toujours|de bon)"
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
    "|alcool|sucre|regime|traitement|medicaments?|addictions?|dependances?|alcoolisme"
    "|tabagisme|drogues?|cannabis|malbouffe|kilos|surpoids|ex|relation|couple|ronflements?"
    "|insomnies?|acne|douleurs?|migraines?)"
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
    "|(?:plus|pas|aucun) (?:de |d )?avenir|sans avenir|plus rien a perdre"
    "|(?:fatigue|fatiguee|epuise|epuisee|lasse|las|marre) de (?:me battre|lutter|tout|vivre"
    "|souffrir|survivre|faire semblant|me lever)|je (?:arrete|lache|abandonne) tout(?= [,.?]|$)"
    "|(?:poids|fardeau|boulet|charge) pour|gache la vie|je me (?:deteste|hais|degoute)"
    "|je (?:ne )?vaux rien|personne ne me (?:comprend|aime|regrettera|manquera)"
    "|pleure (?:tout le temps|tous les jours|toutes les nuits|sans arret)|insupportable"
    "|seule? au monde|souffre trop|trop souffert|plus de raison|aucune raison de"
    "|plus envie de (?:me battre|lutter|rien|vivre|continuer)|au fond du trou|je suis (?:une|un)"
    " (?:merde|dechet|rate|ratee|moins que rien|nul|nulle|poids)|(?:veux|voudrais) (?:plus|pas)"
    " me soigner|parle (?:souvent |beaucoup |tout le temps |sans arret )?(?:de la mort|de mort"
    "|de mourir|de se tuer|de suicide|de en finir|de disparaitre)"
    "|(?:mal|souffre) (?:dedans|a le interieur|a le ame|dans ma tete)|craquer pour de bon"
    "|(?:vois|sais) (?:plus|pas) comment (?:continuer|avancer|tenir|vivre|me en sortir)"
    "|me punir|je merite de souffrir|je me fais payer|(?:avait|a) le air serieux"
    "|pas une blague|je suis serieuse?"
    "|(?:ma|la) vie est (?:finie|terminee|foutue|fichue)|(?:est|suis|sens) de trop"
    "|je (?:ne )?peux plus(?= [,.?]|$)|refuse de (?:manger|se soigner|boire|prendre son"
    " traitement|me soigner)|(?:arrete|arreter) de manger|ne mange plus|je tremble|je pleure"
    "|chaque jour est (?:pire"
    "|un enfer|une torture)|je (?:ne )?tiendrai (?:plus|pas) (?:tres )?longtemps"
)
# Putting one's affairs in order, farewells: each one is ambiguous alone ("j'ai donné mes
# affaires à Emmaüs avant de déménager"), two of them together, or one next to a word of
# distress or to a question about what the family will get, are not.
_FAREWELL_ACTS = (
    "(?:donne|donner|distribue|distribuer|offert|offrir|legue|leguer|vendu|vendre)"
    " (?:toutes |tous |presque toutes )?(?:mes|ses) (?:affaires|biens|vetements|livres|bijoux"
    "|jeux|objets|trucs|economies|souvenirs|tresors)(?! de (?:bebe|ski|sport|foot|enfant|ete"
    "|hiver))"
    "|(?:donne|donner|confie|confier|laisse|laisser) (?:mon|ma|mes|son|sa|ses) (?:chat|chien"
    "|chats|chiens|animaux|lapin|perroquet|oiseau|poisson|hamster) a"
    "|(?:regle|reglee|regler|range|rangee|ranger|mis en ordre|mettre en ordre|mets en ordre"
    "|trie|triee) (?:tous |toutes )?(?:les|mes|ses) (?:papiers|affaires|comptes|dettes"
    "|histoires)|tout (?:range|rangee|regle|reglee|mis en ordre|organise|prevu pour apres)"
    "|(?:pret|prete) a partir(?= [,.?]|$)"
    "|(?:lettres?|mots?|messages?) (?:pour|a) (?:chacun|chacune|mes|ma|mon|tous|toute)"
    "|(?:lettres?|mots?) de adieu|(?:des|ses|mes|leurs) adieux"
    "|(?:supprime|efface|ferme) (?:tous )?(?:mes|ses) (?:comptes|reseaux|photos|traces)"
    "|(?:dit|dire|fait) au revoir a (?:mes|ses|tous|tout le monde|ma|sa|mon|son)"
    "|(?:excuse|excusee|demande pardon|demander pardon) <gap2>(?:aupres de |a )?(?:tout le monde"
    "|tous|ma famille|mes proches|mes parents|mes enfants)"
    "|(?:laisse|laisser|laissant) (?:un|une) (?:mot|lettre|message|enveloppe) (?:sur|pour|a"
    "|disant)"
    "|(?:laisse|laisser) (?:la cle|les cles|mes cles|ses cles)"
    "|(?:donne|donner|offert|legue) (?:sa|son|ses|ma|mon|mes) \\w+(?: et (?:sa|son|ses|ma|mon"
    "|mes) \\w+)? a (?:ses|mes) (?:potes|amis|copains|copines|proches|freres|soeurs)"
)
_FAREWELL_WORDS = (
    "(?:ne )?(?:en )?(?:aurai|aura|auront) (?:bientot )?plus besoin(?: bientot)?(?= [,.?]|$)"
    "|(?:ecris|parle|contacte) pour la derniere fois|(?:maintenant|enfin) je peux partir"
    "|je (?:ne )?reviendrai (?:pas|plus|jamais)(?= [,.?]|$)"
    "|(?:mot|lettre|message) (?:disant|ou il dit|ou elle dit|qui dit) (?:que )?(?:il|elle|je)?"
    " ?(?:etait|est|suis|etais) desolee?"
    "(?= [,.?]|$| tranquille| en paix)|je peux partir (?:tranquille|en paix)"
    "|je serai (?:loin|partie?) ,? ?pour toujours"
    "|(?:serai|sera|seras|serait|serais) (?:bientot )?plus (?:la|de ce monde|en vie)"
    "|dernieres volontes|mon testament|(?:derniere fois|dernier message) que je (?:vous |te |leur"
    " )?(?:ecris|parle|contacte|ecrirai)|je (?:ne )?(?:vous|te) (?:ecrirai|embeterai"
    "|derangerai) plus|je (?:ne )?tiendrai (?:plus|pas) (?:tres )?longtemps"
    "|que tout soit (?:pret|prete|regle|en ordre) pour (?:mes|ma|mon|apres)"
    "|(?:en aura|en auront|auront|aura) besoin (?:apres|quand je)|pour apres(?= [,.?]|$)"
    "|(?:organiser|preparer|planifier|programmer|organise|prepare) ma (?:propre )?(?:fin|mort"
    "|disparition|sortie)|ma propre fin|mon propre suicide"
    "|(?:note|laisse|ecrit|donne|transmis|envoye) <gap2>(?:mes )?(?:mots de passe|codes"
    " (?:de carte|secrets|bancaires)|identifiants)"
    "|(?:ecrit|texte|message|dit|mis|poste|legende) (?:, )?(?:bye|au revoir|adieu|goodbye"
    "|ciao|tchao)(?= [,.?]|$)|(?:vous |te |leur )?dire au revoir(?= [,.?]|$| a tous| a tout le"
    " monde)|(?:dit|dire|ecrit|demande|demander) pardon pour tout|(?:dit|ecrit|dire) (?:que )?"
    "(?:il|elle|je)? ?(?:nous|me|les|vous|te) (?:aime|aimait|aimerai toujours)"
    "|(?:decision|decide|decidee|choisi|choisie|pret|prete) de partir (?:pour de bon|pour"
    " toujours|definitivement|a jamais)(?! (?:a|au|aux|en|chez|dans|vers|pour|sur|de) )"
    "|(?:partir|pars|part) pour (?:de bon|toujours)(?! (?:a|au|aux|en|chez|dans|vers|pour|sur"
    "|de) )|(?:entendrez|entendras|entendront|entendra) plus parler de"
    " moi|(?:pardon|pardonnez moi|pardonne moi|desolee?) (?:a tous|a vous tous|pour tout)"
    "(?= [,.?]|$)|je me en vais(?= [,.?]|$)|(?:dites|dis) a \\w+(?: \\w+)? que je (?:suis"
    " desolee?|les aime|le aime|la aime|vous aime|te aime|pense a)"
)
# What the family would get: "je voulais vérifier que le capital décès leur sera versé"
# Polite on their own ("merci pour tout, bonne journée"), a farewell next to another one.
_FAREWELL_COMPANIONS = (
    "merci pour tout|prenez soin de (?:vous|toi|eux|elle|lui|mes|ma|mon)|(?:pris|prise) (?:une"
    "|ma) decision|ma decision est prise|ce est decide|je ai decide|pardon pour tout"
    "|(?:pour|a) noel|pour (?:mon|son) anniversaire|je vous aime|je les aime"
    "|avant de partir(?= [,.?]|$)|avant mon depart(?= [,.?]|$)|(?:repond|decroche) plus"
    "|(?:saura|sauront) quoi faire|pour toujours|je ne pourrai plus (?:me en occuper|le faire"
    "|etre la)|a (?:mon|son|ton) anniversaire|(?:a|est) disparue?|introuvable"
    "|je (?:ne )?reviendrai (?:pas|plus|jamais"
    "|etre la)"
    "|injoignable|telephone (?:coupe|eteint)|messagerie"
)
_FAREWELL = f"{_FAREWELL_ACTS}|{_FAREWELL_WORDS}"
_AFTER_ME = (
    "capital deces|assurance vie|assurance deces|obseques|succession|heritage|beneficiaires?"
    "|mes enfants toucheront|toucheront|sera bien verse|seront bien verses"
)
# Complaints about the service or a website, or a laugh, with no word of real distress:
# "l'appli plante, je vais finir par me jeter par la fenêtre", "jveux mourir mdr".
_REAL_DISTRESS = (
    "en peux plus(?! de (?:vos|votre|ces|cette|ce|attendre|relancer|appeler|payer))"
    "|plus la force|detresse|desespoir|deprim\\w*|depression|idees noires|seule?|vide"
    "|plus envie de vivre|marre de (?:la vie|vivre|tout|moi)|tout est noir|pleure|souffre"
    "|souffrance|mal de vivre|personne ne|plus de avenir|sans avenir|je me deteste"
)
_NOT_SERIOUS = (
    f"^(?!.*(?:{_REAL_DISTRESS})).*(?:appli|application|site|plante|plantee|bug\\w*|beug\\w*"
    "|rame|serveur|musique de attente|standard|en ligne depuis|formulaires?|espace adherent"
    "|mot de passe|identifiant|connexion|telecharg\\w*|chatbot|robot|votre bot|hotline"
    "|service client|en attente depuis|file de attente|votre attente|cette attente|~lol~"
    "|(?<!pas une )(?<!pas de )blagues?|on a rigole|en rigolant|pour rire|plaisant\\w*|humour)"
)
# Body parts where self-harm is described ("je me coupe les bras").
_SKIN = "(?:bras|poignets?|cuisses?|jambes?|ventre|avant bras|peau|hanches?|mollets?)"

DISTRESS_SIGNALS: tuple[Signal, ...] = (
    signal(
        "want_to_die",
        _S,
        f"{_WISH} <gap1>{_DIE}",
        "(?:veux|voudrais|aimerais|prefererais|souhaite) <gap1>qu(?:e|e on) (?:on )?me tue",
        "(?:veux|voudrais|aimerais|souhaite|prie pour|espere) (?:que|qu) (?:mon coeur|ma vie"
        "|ma respiration|mon souffle) (?:se )?(?:arrete|lache|cesse|sarrete)",
        "(?:veux|voudrais|aimerais|souhaite|demande) (?:que|qu) (?:on|quelqu un|vous|le medecin"
        "|les medecins) (?:me )?aide a (?:mourir|partir|en finir)|(?:me|m) aider a (?:mourir"
        "|en finir)",
        f"si (?:seulement )?je pouvais <gap6>(?:pour )?{_DIE}",
        f"{_WISH} <gap4>(?:au cimetiere|dans la tombe|dans (?:un|le) cercueil|six pieds sous"
        " terre)",
        "(?:veux|voudrais|aimerais|prefererais|souhaite|prie pour) (?:que|qu) (?:on|quelqu un|le"
        " medecin|les medecins|vous|la mort|dieu) (?:me )?(?:debranche|acheve|achevent|laisse"
        " partir|laisse mourir|euthanasie|endorme pour toujours|pique|emporte|rappelle a lui)",
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
        # "j'aimerais juste m'endormir ce soir et plus jamais ouvrir les yeux"
        f"{_WISH} <gap4>(?:et|pour) {_NO_WAKE}",
        # "j'ai envie de tout plaquer et de disparaître"
        f"{_WISH} <gap4>et (?:de |d )?{_DIE}",
        "(?:parle|parlent|parlait|parler) (?:souvent |beaucoup |tout le temps |sans arret |encore"
        " )?(?:de la|de) mort(?! de (?:mon|ma|son|sa|ses|mes|notre|leur))",
        # "je souhaite qu'une voiture me renverse"
        "(?:souhaite|aimerais|voudrais|espere|prie pour|reve) (?:que|qu) <gap2>(?:voiture|camion"
        "|bus|train|accident|maladie|cancer|quelqu un|balle|avion|crise cardiaque|infarctus)"
        " <gap2>(?:me )?(?:renverse|ecrase|tue|emporte|percute|fauche|acheve|foudroie)",
        # "ce serait tellement simple de sauter", "ce serait si facile d'en finir"
        "(?:serait|serai|ce est|ca est|sa est|est) (?:<intens> )?(?:plus )?(?:simple|facile"
        "|rapide|tentant|tentante|doux|douce) de (?:en finir|mourir|disparaitre|me tuer|me jeter"
        "|me pendre|me laisser (?:tomber|aller|glisser|partir|mourir)|tout avaler|ne plus me"
        " reveiller|sauter(?= [,.?]|$| du| de le| de la| par| dans| sous| de un| de une"
        "| depuis))",
        # "je préfère mourir que de continuer comme ça"
        "(?:prefere|prefererais|prefere encore) (?:mourir|disparaitre|en finir|crever|ne plus"
        " me reveiller|me tuer) (?:plutot )?que (?:de )?(?:continuer|vivre|souffrir|subir"
        "|rester|tenir|endurer)",
        not_before="donne|donnent|donnerait|donneraient",
        not_after="(?:de|du|des) (?:votre|vos|la|le|les|ce|cette|ces|mon|ma|ton)? ?(?:fichiers?"
        "|listes?|bases?|mailing|newsletters?|registres?|contrats?|mutuelles?|sites?|comptes?"
        "|circulation|radar|reseaux?|cartes?|ecrans?|planning|bureau|boite|annuaire|groupes?"
        "|conversations?|photos?|carnet|paysage)"
        "|dans mon lit|de vieillesse|a <num> ans|vieux|vieille|tranquille|en bonne sante"
        "|idiot|idiote|heureux|heureuse|quelques (?:jours|temps|semaines|heures)"
        "|en vacances|une semaine|un moment|le week end|ce week end|pendant (?:les|le|la"
        "|quelques|une|un)|de chez vous|de le ecran|sous terre"
        "|de chez|de (?:cette|ce|cet|la|le|mon|ma|notre|votre) (?:banque|operateur|mutuelle|boite"
        "|entreprise|ville|region|appart|appartement|maison|pays|reunion|soiree|fete|bureau"
        "|classe|photo|conversation|groupe|circulation)|sur (?:une|un) (?:ile|bateau|voilier)"
        "|au soleil|a le autre bout du monde|dans la nature|en trek|en voyage"
        "|(?:le |ce |un )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
        "|a credit|au dessus de|dans le passe|dans la peur|sous (?:le|la|les|mon|ma) \\w+|pour les"
        " autres|a cent a le heure|en colocation|en ville|a la campagne|a le etranger"
        "|avant <gap2>(?:midi|heures?|h)|a <num> ?h|aussi tot|si tot|en pleine nuit|pour (?:aller"
        " |le travail|le boulot|les enfants)|avec (?:des|une|un|le|la|les|cette|ce) (?:douleurs?"
        "|mal|migraines?|courbatures?|crampes?|maux)"
        f"|<near4>{_IF_ADMIN}",
        unless=_NOT_SERIOUS,
    ),
    signal(
        "dark_thoughts_of_someone",
        _S,
        # someone close has dark thoughts: a sign, except in a question about cover ("ma
        # grand-mère a des idées noires, vous remboursez la psychologue ?")
        "(?:as|a|ont|avez|avait|avaient) (?:des |souvent des |encore des |de nouveau des "
        "|beaucoup de |plein de |parfois des |tout le temps des |de plus en plus de |de )?"
        "(?:idees|pensees|ides) noires|(?:ses|leurs) (?:idees|pensees|ides) noires",
        admin=_MSG,
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
        "|de suicide|de mort|de mourir|de en finir|de me tuer)",
        "(?:ai|avons|eu) (?:des |souvent des |encore des |de nouveau des |beaucoup de |plein de "
        "|parfois des |tout le temps des |de plus en plus de |de )?(?:idees|pensees|ides) noires",
        "(?:mes|tes) (?:idees|pensees|envies|pulsions|tendances|ides) (?:suicidaires|noires"
        "|de suicide|de mort|de mourir|de en finir)",
        "(?:ses|leurs) (?:idees|pensees|envies|pulsions|tendances|ides) (?:suicidaires|de suicide"
        "|de mort|de mourir|de en finir)",
        "peur de <gap1>(?:me|se|te) (?:tuer|suicider|faire du mal|pendre|jeter|foutre en le air)",
        "peur de ce que (?:je|il|elle) (?:pourrais|pourrait|vais|va|risque de|suis capable de"
        "|est capable de) (?:me |se )?faire",
        "(?:pas|plus) en securite (?:avec moi meme|avec moi|seule? avec moi meme|seule? avec moi)",
        "(?:pense|pensent|penser|pensais) <gap1>(?:au|a le) suicide",
        "(?:<now>|fait|refait|faire|refaire) (?:une|des) (?:ts|tentatives? de suicide)",
        "(?:ai|a|as) failli (?:passer a le acte|me suicider|me tuer|en finir|sauter|me jeter"
        "|me pendre|tout avaler|avaler (?:tous|toutes|toute|tout))",
        "passer a le acte(?! de achat| de souscription| et (?:resilier|signer"
        "|souscrire|changer))|passage a le acte",
        # a first-person hypothesis is never a question about cover alone
        "si je me (?:tue|tuais|pends|pendais|supprime|supprimais|fous en le air|foutais en le air"
        "|flingue|flinguais)(?! au | a | de | du | pour (?:vous|payer|rien))",
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
        unless=_NOT_SERIOUS,
    ),
    signal(
        "end_it",
        _S,
        "en finir(?: avec (?:la vie|ma vie|sa vie|moi|tout|le existence|mes jours))?",
        "en (?:terminer|finir) avec (?:la vie|ma vie|sa vie|moi|le existence|mes jours|tout ca"
        "|cette vie|cette existence|cette putain de vie|cette chienne de vie)",
        "mettre fin a (?:mes|ses|tes|nos|leurs) jours|(?:mettre|mets|met|mis) fin a (?:ma|sa"
        "|ta) vie|(?:mettre|mets|met) un terme a (?:ma|sa|ta) vie",
        "(?:mettre|mets|met) (?:fin|un terme) a (?:mes|ses|ma|sa) (?:souffrances?|existence)",
        "tout (?:arreter|stopper|lacher|abandonner|arete) (?:pour de bon|pour toujours"
        "|definitivement|a jamais|une bone fois pour toutes?|une fois pour toutes?)",
        "(?:mettre|mets|met|mis) (?:fin|un terme) a (?:mon|son|ton) existence",
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
        "(?:aller )?rejoindre (?:(?:mon|ma|mes) (?:defunte?|mari|femme|epoux|epouse|fils|fille"
        "|mere|pere|maman|papa|parents|enfant|bebe|frere|soeur|grand mere|grand pere)|papa"
        "|maman|mamie|papi|papy|mami|pepe|meme)"
        "(?! a | au | en | chez | dans | pour | demain| ce | cet | la semaine| le week)",
        "(?:veux|voudrais|aimerais|envie de) (?:ne )?plus souffrir(?! de | du | des | a cause)",
        "(?:arrete|lache|abandonne|stoppe|plaque) tout (?:pour de bon|pour toujours"
        "|definitivement|a jamais)|(?:lacher|lache|lache) prise pour (?:de bon|toujours)"
        "|(?:baisser|baisse) les bras pour (?:de bon|toujours)|(?:abandonner|abandonne) pour"
        " (?:de bon|toujours)|je (?:arrete|lache|abandonne) tout(?= [,.?]|$)",
        "(?:vais|veux|va) (?:tout )?laisser tomber(?= [,.?]|$)",
        "je (?:lache|abandonne|laisse tomber|baisse les bras)(?= [,.?]|$)",
        "(?:vais|va|veux|vas) (?:me |se |te )?laisser (?:partir|aller|glisser)(?= [,.?]|$)",
        "(?:vais|va|veux) partir (?:loin )?(?:pour toujours|pour de bon|definitivement)(?! (?:a"
        "|au|aux|en|chez|dans|vers|pour|sur|de) )",
        "(?:vais|va|veux|veut) (?:debarrasser|liberer) le plancher",
        "(?:attend|attends) (?:que|qu) (?:ca|tout|la vie|ma vie) (?:se )?(?:termine|finisse"
        "|arrete|acheve)",
        "(?:plus )?rien a faire (?:ici|sur terre|dans ce monde|ici bas)(?= [,.?]|$)",
        "(?:prefere|prefererais) (?:partir|me en aller|lacher) (?:plutot )?que (?:de )?"
        "(?:continuer|vivre|souffrir|subir|rester|tenir)",
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
        "(?:veux|veut|peux|peut|arrive|arrivais|supporte|voulait|voulais|voulaient|veulent"
        "|voudrait|voudrais|pouvait|pouvais|arrivait|supportait|supportais) (?:plus|pas) (?:de |a"
        " |continuer a "
        "|continuer de )?(?:vivre|exister|etre en vie|etre vivante?|me reveiller|etre sur"
        " terre)(?! sans| avec (?:(?:mon|ma|mes|son|sa|ses|ce|cette|le|la|les) (?:mari|femme"
        "|conjointe?|copain|copine|compagnon|compagne|parents|pere|mere|colocs?|belle mere"
        "|beau pere|voisins?|enfants|fils|fille|ex|douleurs?|mal|maux|migraines?|acouphenes"
        "|allergies?|symptomes?|maladie|handicap|salaire|retraite|budget|smic|loyer)|lui|elle"
        "|eux|<num>)| ici| a | en | dans | chez| la bas| loin)",
        "(?:en peux|en pouvais) plus de (?:vivre|exister|cette vie|la vie|ma vie)",
        "(?:merite|merites|meritait) (?:plus|pas) de (?:vivre|etre en vie|exister|respirer)"
        "|(?:merite|merites|meritais) de"
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
        "(?:marre|ras le bol) de (?:la vie|vivre|ma vie|exister)(?! chere| active| de (?:bureau"
        "|famille|couple|chien)| professionnelle| parisienne| en ville| a paris| en colocation"
        "| a credit| au dessus)",
        "(?:fatigue|fatiguee|fatige|fatigee|lasse|las|epuise|epuisee) de (?:vivre|la vie|exister)",
        "(?:la|ma|sa) vie (?:ne )?(?:vaut|a) (?:plus |pas |aucun |aucune |rien )+(?:la peine"
        "|de sens|sens|valeur|de valeur|de interet|interet|de but|but|importance|de importance)",
        "(?:vois|trouve) (?:plus|pas|aucun) (?:de |le )?(?:sens|interet) (?:a|de) (?:rien|ma vie"
        "|la vie|vivre|tout ca|quoi que ce soit|mon existence|continuer|me lever)",
        "si (?:demain )?je (?:ne )?me reveille (?:pas|plus)(?: demain)? <near6>(?:pas grave|tant"
        " mieux|au contraire|ce serait (?:bien|mieux|un soulagement)|tant pis|personne|bon debarras"
        "|ca ira|ce sera mieux)",
        "(?:plus|pas|aucune) envie de (?:me battre|lutter|continuer a me battre|tenir|avancer"
        "|me soigner)(?= [,.?]|$| pour (?:rien|vivre))",
        "(?:sert|servirait) (?:a )?rien (?:que je (?:reste|sois|vive|continue)(?: en vie| vivante?"
        "| la| encore| a vivre)?|de (?:rester|etre) en vie)",
        "(?:ma|sa|la) vie (?:ne )?sert (?:plus )?a rien|je (?:ne )?sers (?:plus )?a rien"
        "(?= [,.?]|$)",
        "(?:plus|aucune|pas de|pas une|pas la moindre) (?:de )?raisons? de (?:vivre|continuer"
        "|rester en vie|rester|me battre|exister|me lever)",
        "(?:vois|voit|trouve|trouvent) (?:plus|pas|aucune?) (?:de |le |la )?(?:raisons?|sens"
        "|interet|but|utilite) (?:de |a |a le |a la )?(?:vivre|continuer|rester en vie|ma vie"
        "|la vie|exister|vie|etre en vie|etre vivante?|me lever)",
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
        "(?:veux|peux|arrive a|supporte de) (?:plus|pas) continuer(?= [,.?]|$| comme ca| ainsi"
        "| cette vie| a vivre| de vivre| a exister)",
        "(?:plus|pas) (?:la force|le courage|la volonte|le energie|assez de force|assez de"
        " courage) de (?:vivre|continuer|continue|me battre|lutter|tenir|exister"
        "|avancer|faire semblant|me retenir|resister"
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
        "(?:plus )?rien (?:ne |qui )?me (?:raccroche|rattache|accroche|retient|lie) (?:plus )?"
        "(?:a la vie|ici|sur terre|a ce monde|a rien)",
        "(?:la|ma) vie (?:ne )?vaut (?:plus )?rien",
        "(?:me sens|suis) (?:comme )?(?:un|une) (?:mort vivant|morte vivante|mort qui marche"
        "|morte qui marche)|(?:deja )?(?:mort|morte) (?:a le interieur|dedans)"
        "(?! quand| en voyant| devant)",
        "je (?:ne )?devrais (?:pas|plus) (?:etre la|exister|etre en vie|vivre|etre nee?)",
        "(?:attend|attends|attendre) (?:la mort|de mourir|la fin(?= [,.?]|$))",
        "la mort me (?:appelle|attire|attend|tend les bras|tente|fait envie)",
        "(?:il y a |ya )?plus rien pour moi (?:ici|sur terre|dans ce monde|dans cette vie)",
        "(?:plus )?rien (?:ne )?(?:a|a plus|a encore) (?:de |le moindre |aucun )?(?:sens|interet"
        "|gout|importance)(?= [,.?]|$| pour moi| dans ma vie)",
        "(?:plus|aucun) (?:de |le )?gout (?:a|pour) (?:rien|la vie|vivre)|perdu (?:le )?gout de"
        " (?:vivre|la vie)|(?:envie|gout) de vivre (?:est )?(?:partie?|disparue?)",
        "(?:aurais|aurait) (?:pas|jamais) (?:du|voulu) (?:naitre|exister|vivre|etre la|etre nee?)"
        "|(?:aurais|aurait) (?:prefere"
        "|aime|voulu) (?:ne )?(?:jamais|pas) (?:etre ne|etre nee|naitre|exister)"
        "|regrette de (?:etre ne|etre nee|exister|etre en vie|vivre)|maudis le jour ou je"
        " suis nee?",
        # "chaque matin je regrette de m'être réveillé", "déçue d'être encore en vie"
        "(?:regrette|regretter|deteste|maudis|decu|decue|decoit|triste|degoute|degoutee) (?:de"
        " )?(?:me etre reveillee?|me reveiller|etre encore (?:la|en vie|vivante?|de ce monde)"
        "|etre toujours (?:la|en vie|vivante?)|avoir survecu|(?:me )?voir encore en vie)",
        "perdu (?:toute |le |la |mon |ma )?(?:envie|gout|joie|force|volonte) de (?:vivre|la vie"
        "|continuer|exister|me battre)",
        "(?:marre|ras le bol|assez|fatigue|fatiguee|lasse|las|epuise|epuisee|usee?) de (?:etre en"
        " vie|etre vivante?|respirer|survivre|exister|ma vie|cette vie|la vie|vivre)(?! chere"
        "| active| de (?:bureau|famille|couple|chien)| professionnelle| parisienne| en ville| a"
        " paris| en colocation| a credit| au dessus)",
        "(?:vivre|la vie|exister|ma vie|etre en vie) me (?:fait|fais) (?:<intens> )?(?:mal"
        "|souffrir|horreur)",
        "pourquoi (?:vivre|continuer a vivre|rester en vie|exister|rester sur terre|me lever"
        " le matin)(?= [,.?]|$| si| quand| alors| puisque| vu que)",
        not_after=f"{_ADMIN_OBJECT}|a (?:cotiser|payer|attendre|relancer|appeler|envoyer)"
        "|(?:a|de) (?:cotiser|payer)|chez (?:vous|eux)|(?:le |ce |un )?(?:lundi|mardi|mercredi"
        "|jeudi|vendredi|samedi|dimanche)|avant <gap2>(?:midi|heures?|h)|a <num> ?h|aussi tot"
        "|si tot",
        unless=_NOT_SERIOUS,
        negation_guard=False,
    ),
    signal(
        "join_the_dead",
        _S,
        # "il dit qu'il veut la rejoindre" (his late wife), "rejoindre notre fille décédée"
        "(?:veux|veut|voudrais|voudrait|vais|va|envie de|aller|partir|parle de) (?:la|le|les)"
        " rejoindre",
        requires="mort|morte|decede\\w*|deces|au ciel|la haut|enterre\\w*|perdu (?:sa|son|ses|ma"
        "|mon|mes)|disparu\\w*|defunt\\w*|cimetiere|partie? trop tot",
        admin=_MSG,
    ),
    signal(
        "join_the_dead_named",
        _S,
        "(?:veux|veut|voudrais|voudrait|vais|va|envie de|aller|partir|parle de|pense a|hate de)"
        " <gap1>(?:rejoindre|retrouver) (?:notre|mon|ma|mes|son|sa|ses|leur|nos) \\w+(?: \\w+)?"
        " (?:qui est |qui etait |qui nous a quittes? |qui est partie? )?(?:decedee?s?|mort|morte"
        "|morts|disparue?s?|defunte?s?|la ou (?:il|elle|ils) (?:est|sont)|la haut|au ciel)",
        admin=_MSG,
    ),
    signal(
        "last_days",
        _S,
        # a date set for one's death: "j'ai décidé que c'était ma dernière semaine"
        "(?:decide|decidee|ce est decide|je sais) (?:que )?(?:ce est|ce etait|ce sera|ca sera)"
        " (?:ma|mon) (?:derniere|dernier) (?:semaine|jour|nuit|soir|mois|noel|ete|anniversaire)",
        "(?:demain|ce soir|cette nuit|bientot) ,? ?je (?:ne )?me reveillerai (?:pas|plus)",
        negation_guard=False,
        urgent=True,
    ),
    signal(
        "no_way_back",
        _S,
        # "je suis en haut du parking, j'ai plus envie de redescendre"
        "(?:plus|pas|aucune) envie de (?:redescendre|rentrer|revenir|descendre|repartir)",
        requires="pont|toit|parking|falaise|balcon|immeuble|en haut|rebord|viaduc|fenetre|etage"
        "|voie|rails|parapet|tour|grue|barrage",
        negation_guard=False,
        urgent=True,
    ),
    signal(
        "do_not_save_me",
        _S,
        "(?:veut|voulait|veux|voulais|veulent) (?:pas|plus) (?:que )?(?:je|on|tu|vous|quelqu un"
        "|personne|les secours|les pompiers) (?:la|le|me|les|nous) (?:sauve|sauves|sauvent"
        "|sauvez|retienne|retiennent|empeche|en empeche|reanime|trouve|cherche)",
        "(?:ne )?(?:me|la|le) (?:sauvez|sauve|cherchez|cherche|retenez|retiens) pas",
        "persone ne (?:pourra|peut|pourrait) (?:me en empecher|me empecher|me arreter|me retenir"
        "|me sauver)",
        negation_guard=False,
        urgent=True,
    ),
    # the question about cover that is about oneself: "si on meurt d'une overdose
    # volontaire, l'assurance paie ? c'est pour moi"
    signal(
        "asking_for_myself",
        _S,
        "(?:ce est|c est|je demande|je pose la question|je me renseigne|je demande ca|question)"
        " (?:pour moi|pour moi meme|a titre personnel)(?! et | ou | aussi)",
        requires="suicid\\w*|overdose volontaire|intoxication volontaire|mettre fin a (?:ses|mes|sa"
        "|ma) (?:jours|vie)|se tuer|me tuer|tentative|en finir|se pendre|volontairement",
    ),
    signal(
        "way_out",
        _S,
        # death as the way out: "la mort me paraît la seule solution", "l'idée de mourir
        # me soulage", "la seule issue c'est de partir pour toujours"
        "(?:la mort|mourir|disparaitre|en finir|me tuer|me suicider|partir pour toujours|le"
        " suicide|ne plus me reveiller|ne plus etre la) <gap3>(?:la |une |ma |le )?(?:seule |unique"
        " |meilleure |derniere )?(?:solution|issue|delivrance|soulagement|liberation|porte de"
        " sortie|echappatoire|option)(?! pour (?:vos|votre|ce|cette|le|la|les) )",
        "(?:seule|unique|derniere|meilleure) (?:solution|issue|option|porte de sortie"
        "|echappatoire|facon|maniere|moyen|chose a faire)(?: [a-z]+){0,5} ,? ?(?:ce est|ca est"
        "|est|serait|reste|ce serait) (?:de )?(?:mourir|la mort|en finir|disparaitre|partir"
        " pour toujours|partir pour de bon|me tuer|me suicider|le suicide|ne plus me reveiller"
        "|me foutre en le air)",
        "(?:pas|aucune|plus|pas de|pas une) (?:de |d )?(?:autre )?(?:solution|issue|option|choix"
        "|moyen|sortie) (?:que|a part|sauf|autre que) (?:de |d )?(?:la mort|mourir|en finir"
        "|disparaitre|me tuer|me suicider|partir pour toujours|le suicide)",
        "(?:vois|sais|trouve) (?:pas|plus|rien|aucune? \\w+) <gap4>(?:a part|sauf|autrement que"
        "|sinon) (?:de |d |en )?(?:en finir|en finissant(?: tout)?|mourir|la mort|disparaitre"
        "|me tuer|me suicider|partir pour toujours)",
        "solution (?:a|pour|de) (?:mes|tous mes|mon|ma) (?:problemes?|soucis|souffrance|douleur)"
        " (?:[.,] )?(?:ce est |ca sera |sera |est )?(?:de )?(?:ne plus etre la|mourir|en finir"
        "|disparaitre|la mort|partir pour toujours|me tuer|ne plus exister)",
        "(?:mourir|la mort|disparaitre|en finir|partir pour toujours) (?:me )?(?:parait|semble"
        "|serait|est) (?:<intens> )?(?:doux|douce|tentant|tentante|apaisant|apaisante|reposant"
        "|une bonne idee|la solution|une solution|facile|simple|logique|la seule chose)",
        "(?:serait|ce serait|ca serait|sa serait) (?:<intens> )?(?:plus )?(?:bien|mieux|simple"
        f"|facile|un soulagement|doux|reposant) (?:de |si je )(?:{_NO_WAKE}|ne me reveillais"
        " (?:pas|plus)|me reveillais (?:pas|plus)|mourir|disparaitre|ne plus etre la|ne plus"
        " exister|ne plus exister)",
        "(?:me )?(?:soulagerait|soulagera|ferait du bien|apaiserait|libererait|reposerait)"
        " (?:de|d) (?:ne plus exister|mourir|disparaitre|ne plus etre la|en finir|ne plus me"
        " reveiller|partir pour toujours|ne plus rien sentir)",
        "(?:pense|pensais|reflechis|reflechi|cherche|songe|choisi|trouve) <gap2>(?:la |une |le )?"
        "(?:facon|maniere|methode|moyen) de (?:partir(?= [,.?]|$| sans| pour toujours"
        "| definitivement)|en finir|mourir|me tuer|le faire|disparaitre|me suicider)",
        "(?:le idee|la pensee|penser|l idee|savoir que je peux|la perspective) (?:de |a )?(?:mourir"
        "|la mort|en finir|disparaitre|me tuer|ne plus me reveiller|partir pour toujours)"
        " (?:me )?(?:soulage|apaise|rassure|calme|fait du bien|attire|obsede|hante|fait envie"
        "|tente|reconforte|aide a tenir)",
        not_after=_ADMIN_OBJECT,
    ),
    signal(
        "burden",
        _S,
        "(?:seraient|serait|vivraient|vivrait|iraient|irait) <gap2>(?:plus )?(?:heureux"
        "|heureuses?|mieux) avec (?:une autre|un autre) (?:mere|pere|maman|papa|femme|mari|fille"
        "|fils)",
        "(?:gene|derange|pese sur|encombre|pourris la vie de|gache la vie de|fais du mal a)"
        " <gap3>rien (?:que |qu )?en (?:existant|respirant|etant la|vivant)",
        "(?:libere|liberee?s?|soulagee?s?|debarasse\\w*|mieux|tranquilles?|en paix|heureux"
        "|heureuses?) <gap3>(?:quand|lorsque|une fois que|le jour ou) je (?:ne )?(?:serai plus la"
        "|serai partie?|serai morte?|serai plus de ce monde|aurai disparu)",
        "(?:changerait|changera|changeraient) (?:quoi|rien) si je (?:mourais|disparaissais|partais"
        "|etais (?:mort|morte|plus la)|ne etais plus la|me tuais|crevais)",
        "persone (?:ne )?(?:me |le |la |les )?(?:regretterait|regrettera|regretterai|pleurerait"
        "|pleurera"
        "|regreterait|pleurerai)",
        "persone (?:ne )?(?:le |la |me )?(?:remarquerait|verrait|remarquera|chercherait"
        "|viendrait|viendra) <gap3>(?:si je|mon absence|ma disparition|ma mort|a mon enterrement"
        "|a mes funerailles|me chercher)",
        "persone (?:ne )?(?:viendrait|viendra|serait) (?:a|pour) (?:mon enterrement|mes"
        " funerailles|ma mort)",
        "persone (?:ne )?(?:se en|se )(?:rendrait|rendra|apercevrait|apercevra) (?:meme )?"
        "(?:compte|pas compte)? ?<gap3>(?:si je|de mon absence|de ma disparition|de ma mort)",
        "(?:serait|seraient|seront|serais|seriez|sera|serions|porterait|porteraient|irait"
        "|iraient|vivrait|vivraient|sentirait|sentiraient|[a-z]+rait|[a-z]+raient|[a-z]+ront"
        "|[a-z]+ra) <gap2>(?:plus )?(?:leger|legere|simple|facile|calme|paisible|mieux|heureux"
        "|heureuse|heureuses|tranquilles?|soulages?|soulagee?s?|libres?) sans moi"
        "(?! comme| en tant| dans| a la| au )",
        "(?:serait|seraient|ce serait|ca serait|sera|seront|ca irait|tout irait|vivrait"
        "|vivraient) (?:<intens> )?(?:plus )?(?:simple|mieux|facile|un soulagement|leger|legere"
        "|tranquilles?|heureux|heureuse|heureuses|paisibles?|libres?|soulagee?s?|sereins?"
        "|sereines?|apaisee?s?|riches?) <gap4>si je (?:ne )?"
        "(?:etais plus la|etais (?:mort|morte)|existais plus|existais pas|disparaissais|mourais"
        "|partais (?:pour toujours|pour de bon|definitivement))",
        "(?:mieux|soulages?|soulagee?s?|plus heureux|plus heureuse|debarasses?) <gap2>(?:si|que)"
        " je (?:disparaissais|disparaisse|mourais|meurs|etais plus la|ne etais plus la"
        "|partais pour toujours|crevais|etais (?:mort|morte))",
        "(?:je (?:ne )?suis|me sens|je deviens|je suis devenue?) (?:comme |que |plus que )?(?:un"
        "|une) (?:fardeau|poids mort|poids|boulet|charge|poison|plaie|probleme) (?:pour|a)"
        "(?! vous| votre| vos| le service| la mutuelle| ce service| mon conseiller)",
        "je (?:ne )?suis (?:que )?(?:un|une) (?:fardeau|poids mort|poids|boulet)(?= [,.?]|$)",
        "(?:je (?:ne )?(?:suis|me sens)|etre) de trop (?:dans ce monde|sur cette terre|sur terre"
        "|partout"
        "|pour tout le monde|dans cette famille|dans la vie de)",
        "je (?:ne )?sers (?:plus )?a rien (?:sur cette terre|dans ce monde|a personne)",
        "je (?:ne )?manquerai?s? a persone|je (?:ne )?manquerai?s? (?:pas|jamais) a grand monde",
        # "bientôt je serai plus un problème pour personne"
        "(?:serai|serais|sera) (?:bientot |enfin |vite )?(?:plus|pas) (?:longtemps )?(?:un|une)"
        " (?:probleme|fardeau|poids|charge|souci|boulet|gene) (?:pour|a) (?:personne|vous|toi|eux"
        "|ma famille|mes proches|les autres|quiconque|mes enfants|mes parents|tout le monde)",
        "(?:debarrasse|debarrassee|debarrasses|delivre|delivree|delivres|libere|liberee|liberes)"
        " de moi(?= [,.?]|$| pour| bientot| enfin| une fois)",
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
        "|me foutais en le air|en finissais|existais plus|ne existais plus|ne existais pas"
        "|avais jamais existe)(?: [a-z0-9]+){0,4}(?: ,)?(?: [a-z0-9]+){0,4}"
        " (?:persone|rien|soulage\\w*|mieux|content|contente|contents|heureux|heureuse"
        "|remarque\\w*|pleure\\w*|regrete\\w*|manque\\w*|difference|tout le monde|le monde"
        "|plus simple|plus facile|arrangerait|arrangeraient|soulagement|tranquilles?|libres?"
        "|debarasse\\w*)",
        # "tout le monde serait plus tranquille si j'étais plus là"
        "(?:persone|tout le monde|le monde|ils|elles|ma famille|mes proches|mes parents"
        "|mes enfants|mon mari|ma femme|mes amis) <gap2>(?:serait|seraient|irait|iraient"
        "|vivrait|vivraient|se porterait|se porteraient|sera|seront) <gap2>(?:mieux|tranquilles?"
        "|heureux|heureuses?|soulagee?s?|libres?|en paix|plus legers?|apaisee?s?) <gap2>(?:si je"
        " (?:ne )?(?:etais plus la|existais plus|disparaissais|mourais|partais|etais (?:mort"
        "|morte))|sans moi|apres ma mort|une fois que je serai (?:parti|partie|mort|morte))",
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
        "(?:ne )?(?:le|la) (?:reverra|reverrait|reverrez|reverras|reverront|reverraient|reverrai)"
        " (?:plus|jamais)(?! (?:chez|dans|a la|en|ici|a le|au|sur))",
        "(?:ne me|me) (?:reverrez|reverras|reverront|reverra|reverrez jamais) (?:plus|jamais)"
        "(?: jamais)?(?! (?:chez|dans|a la|en|ici|a le|au|sur))",
        "adieu (?:a tous|a toutes|a vous|tout le monde|le monde|la vie|mes amis|ma famille"
        "|les amis|a tous ceux)(?= [,.?]|$)",
        "(?:disant|pour dire|pour me dire|pour nous dire|qui dit|ou elle dit|ou il dit|en disant)"
        " <gap1>adieu",
        "(?:envoye|ecrit|laisse|poste|publie|texte|envoie|ecrire|poster) <gap4>(?:, )?adieu",
        "(?:dites|dis|dites le) a (?:mes|ma|mon|tous mes|toute ma) \\w+(?: \\w+)? que je (?:les|le"
        "|la|vous|te) (?:aime|aimais|aimerai toujours)|(?:dites|dis) a (?:mes|ma|mon|tous mes"
        "|toute ma) \\w+(?: \\w+)? que je (?:suis|etais) (?:desolee?|navree?)(?: pour tout)?"
        "(?= [,.?]|$)",
        "(?:serai|serais|serait|sera) (?:bientot )?plus la (?:a|pour) (?:mon|son|ton|notre|leur)"
        " (?:anniversaire|mariage|noel)",
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
        " mutuelle|la mutuelle|votre mutuelle|chez vous|vos services)|meilleure offre"
        "|moins chere?|concurren\\w*|autre (?:mutuelle|assurance|assureur)|resili\\w*",
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
        "affairs_in_order",
        _S,
        # two farewells, or one with a word of distress or with what the family will get:
        # "j'ai tout rangé, donné mon chat à la voisine… je suis prêt à partir"
        _FAREWELL_ACTS,
        requires=f"{_MOOD}|{_FAREWELL}|{_AFTER_ME}|{_FAREWELL_COMPANIONS}",
        # someone else's death: "il avait écrit des lettres pour chacun de ses petits-enfants"
        unless="(?:est|etait|sont) (?:decede|decedee|decedes|mort|morte|morts)|nous a quitte"
        "|deces de|(?:la mort|le deces|la disparition) de (?:mon|ma|mes|son|sa|ses|notre)"
        "|defunte?|feue?|(?:demenag|expatri|installe|installer|emigr|mutation|a le etranger)\\w*",
    ),
    signal(
        "farewell_words",
        _S,
        # "je n'en aurai plus besoin", "bientôt je ne serai plus là": with another farewell
        # or a word of distress ("quand je ne serai plus là, mes enfants toucheront-ils le
        # capital décès ?" is a question about cover)
        _FAREWELL_WORDS,
        requires=f"{_MOOD}|{_FAREWELL}|{_FAREWELL_COMPANIONS}",
        unless="(?:est|etait|sont) (?:decede|decedee|decedes|mort|morte|morts)|nous a quitte"
        "|deces de|(?:la mort|le deces|la disparition) de (?:mon|ma|mes|son|sa|ses|notre)"
        "|defunte?|feue?|(?:demenag|expatri|installe|installer|emigr|mutation|a le etranger)\\w*"
        "|(?:change|resilie|quitte|pars chez|passe chez|vais chez) (?:de mutuelle|la mutuelle"
        "|votre mutuelle|chez vous|vos services)",
    ),
    signal(
        "plan",
        _S,
        # a time or a means, explicit enough alone
        "(?:ma|mon|cette|ce) (?:derniere|dernier) (?:nuit|soir|soiree)(?! de | de le | a | au |"
        " avant| en | ici| chez| sur | dans | la bas| avec | entre | sans )",
        "(?:mettre|mets|met|mettrai|mettra) fin a (?:tout|tout ca|tout cela|mes jours|ma vie)"
        " (?:ce soir|cette nuit|demain|maintenant|tout de suite|aujourd hui|bientot|ce week end"
        "|cette semaine)",
        "(?:garde|gardee|conserve|conservee|cache|cachee|stocke|stockee|accumule|accumulee"
        "|economise|planque|planquee|mis de cote) <gap2>(?:des|mes|les|tous mes|toutes mes|tous"
        " les|toutes les|plein de|assez de) <gap1><med> <near6>(?:pour le jour ou|le jour ou"
        "|pour en finir|pour le moment venu|pour quand je serai (?:pret|prete))",
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
        "(?:<med>|<box> de <med>|corde|lame|lames|rasoir) <gap2>(?:devant moi|a cote de moi|sur"
        " mon lit|dans ma main|sur mes genoux)",
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
        "(?:ai|je ai|a|avait|avais) tout (?:prepare|prevu|organise|planifie|regle|decide)"
        "(?: pour (?:ce soir"
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
        "(?:trouve|choisi) (?:un|le|une|la) (?:moyen|methode|facon|maniere) (?:rapide|simple|sur"
        "|sure|efficace|indolore|doux|douce|radicale?)",
        "je sais (?:ce que|quoi) (?:je ai a|je vais|je dois|il me reste a) (?:faire|en faire)"
        "(?= [,.?]|$| ce soir| cette nuit| demain| maintenant)",
        # a means at hand: "j'ai assez de cachets dans le tiroir"
        "(?:ai|garde|gardee|cache|cachee|planque|planquee) (?:assez|suffisamment|plein|toute une"
        " reserve|des tas|une reserve|une bonne reserve|ce qu il faut) (?:de )?<gap1>(?:<med>"
        "|<box>)",
        "(?:une|la|ma|de la) corde(?! a sauter| pour (?:le|la|les|mon|ma|un|une|etendre|le linge"
        "|la balancoire|le bateau|la tente|grimper)| de (?:linge|escalade|bateau|tente|guitare"
        "|violon))",
        requires=f"{_MOOD}|{_FAREWELL}|derniere nuit|dernier soir|je sais ce que|je sais quoi"
        "|je y pense|je y songe|ce soir|cette nuit|pour en finir|pour me (?:pendre|tuer)"
        "|poutre|crochet|tabouret|noeud coulant|en finir|pret|prete|vais le faire"
        "|tout ce que il faut|tout ce qu il faut"
        "|manque plus que|ce sera (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain"
        "|ce soir|cette nuit|ce week end|pour)",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "means_at_hand",
        _S,
        "(?:pris|prends|sorti|sors|prepare|achete|aiguise|cache|garde) (?:les|des|mes|une|la|un"
        "|ma|mon|le) (?:lames?|lame de rasoir|rasoirs?|cutter|scalpel)",
        "(?:achete|procure|trouve|prepare|recupere|commande|ai|garde|cache|pris|prend) (?:une|la"
        "|de la|ma) corde(?! a sauter| pour (?:le|la|les|mon|ma|un|une|etendre|le linge"
        "|la balancoire|le bateau|la tente|grimper)| de (?:linge|escalade|bateau|tente|guitare"
        "|violon))",
        f"{_WISH} <gap1>(?:prendre|utiliser|sortir|charger) (?:le|la|un|une|mon|ma|son|sa)"
        " (?:fusil|arme|pistolet|revolver|carabine)(?! pour (?:la chasse|chasser|le tir|aller))",
        "(?:vide|videe|etale|sorti|aligne|pose|mis|compte|recompte|rassemble) <gap2>(?:la"
        " pharmacie|la armoire a pharmacie|les boites|mes boites|<med>) <gap3>(?:sur|devant|a"
        " cote de|dans) (?:mon|le|la|ma|moi)",
        "(?:compte|recompte|compter) (?:les|mes|des|tous les|toutes les) <gap1><med>",
        "(?:lame|lames|rasoir|corde|arme|pistolet|fusil|cachets|medicaments|somniferes|cutter)"
        " (?:dans (?:la|ma) main|dans (?:les|mes) mains|a la main|en main|sur (?:le|mon) poignet"
        "|contre (?:ma|la) (?:gorge|tempe|peau))",
        requires=f"{_MOOD}|{_FAREWELL}|je sais ce que|je sais quoi|je y pense|je y songe"
        "|ce soir|cette nuit|pour en finir|pour me (?:pendre|tuer|couper)|baignoire|bain"
        "|poignets|veines|je (?:les |la |le )?regarde|je hesite|depuis (?:une|des) heures?"
        "|assez|suffi\\w*|de cote|pret|prete|poutre|crochet|tabouret|noeud coulant|tiens|tient"
        "|tremble|pleure|manque plus que|pour en avoir assez|(?:me|se) pendre|serieux|serieuse"
        "|je sais ou|ou (?:la |le |les )?(?:accrocher|attacher|pendre|faire)",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "stockpile",
        _S,
        # "des médicaments dans trois pharmacies différentes, pour en avoir assez"
        "(?:achete|pris|recupere|collecte|rassemble) <gap3><med> <near8>(?:plusieurs|<num>)"
        " pharmacies(?: differentes)?",
        requires=f"{_MOOD}|pour en avoir assez|assez pour|de cote|en reserve|pour ce soir",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "again",
        _S,
        # "j'ai envie de recommencer" after an attempt
        "(?:envie de|veux|vais|pense a|peur de|tente de|pret a|prete a) (?:tout )?(?:recommencer"
        "|le refaire|refaire|le faire)(?: encore)?|(?:je )?(?:recommencerai|le referai)",
        requires="cachets|medicaments|comprimes|tentative|ts|tuer|suicid\\w*|pendre|veines"
        "|hopital|urgences|reveillee?|reanimation|lavage de estomac|avale\\w*|sauter|saute"
        "|essaye|tente|essayer une fois",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "wants_to_jump",
        _S,
        f"(?:{_WISH}|vais|va) sauter(?! (?:une?|le"
        "|la|les|des|mon|ma|mes|en|a|au|aux|de joie|partout|sur (?:le|mon|son) lit|dans (?:la"
        "|une|le) (?:piscine|lac|mer|eau|flaque)|du plongeoir|en parachute|a la corde|le repas"
        "|le pas|le cap|dessus|sur (?:la|le) trampoline|sur place|de joie))",
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
        "(?:je suis|suis|chu|je me trouve|me voila|je suis monte|je suis montee|je suis garee?"
        "|je me suis garee?)(?: [a-z]+){0,3} (?:en haut de|au bord de|au bord du|au sommet de"
        "|au sommet du|tout au bord de|sur) (?:un|le|la|une|du|de le|les) (?:falaise|precipice"
        "|ravin|gouffre|viaduc|parapet|vide|pont|toit|rails|voies|voie ferree|rebord)",
        unless="magnifique|vue|vacances|balade|rando\\w*|photos?|pique nique|visite|beau|belle"
        "|super|travaux|reparer|repare|antenne|tuiles|gouttiere|peindre|nettoyer|chantier|boulot"
        "|travail|mission|mon train|le train de|couvreur|paysage|coucher de soleil|touris\\w*",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "on_the_edge_mood",
        _S,
        "(?:je suis|suis|chu|je me trouve|me voila|je suis monte|je suis montee) (?:sur (?:un"
        "|le|la|une|les)|en haut (?:de un|de une|du|de la|de le)|au bord (?:de un|de une|du|de la"
        "|de le)|au sommet (?:de un|de une|du|de la|de le)) (?:pont|toit|falaise|viaduc|parapet"
        "|rebord|balcon|vide|voie ferree|quai|immeuble|rails|voies)",
        requires=f"{_MOOD}|je regarde (?:en bas|le vide|la riviere|le eau|les voitures|les rails)",
        admin=_MSG,
        urgent=True,
    ),
    signal(
        "method_research",
        _S,
        "comment (?:se|me|on peut se|faire pour se|peut on se|je peux me|je pourrais me)"
        " (?:suicider|tuer|pendre|donner la mort|ote la vie|empoisonner)",
        "(?:dose|doses|quantite|quantites)(?: de \\w+)? (?:mortelle|mortelles|letale|letales"
        "|fatale|fatales|qui (?:tue|tuent|peut tuer|peuvent tuer|fait mourir|font mourir))",
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
        "(?:lames? de rasoir|lames?|rasoirs?|compas|cutter|scalpel|bout de verre|morceau de verre"
        "|tesson)",
        "(?:me|se|te) (?:suis |est |es |sont )?(?:brule|brulee|bruler|brules) <gap3>(?:avec|a)"
        " (?:une |un |des |la |le |ma |mes |mon )?(?:cigarettes?|clopes?|briquet)",
        f"(?:me|se|te) (?:fais|fait|faire|suis fait|est fait) (?:des )?(?:entailles|coupures"
        f"|marques|cicatrices|brulures|griffures) <gap1>(?:sur|aux|a le|au|a la|dans) <gap1>"
        f"{_SKIN}",
        f"{_WISH} <gap1>(?:me|se) (?:faire du mal|faire mal|couper|scarifier|bruler|blesser"
        "|mutiler|taillader|entailler)(?! (?:au|a la|a le|en|les cheveux|la frange|les ongles"
        "|la barbe|aux))",
        "(?:recommence|recommencer|rechute|rechuter|arrete pas) (?:a|de) (?:me|se) (?:couper"
        "|scarifier|mutiler|faire du mal|bruler|faire mal|taillader)",
        "(?:envie|besoin|pulsions?) de (?:me|se) (?:couper|entailler|scarifier|mutiler|taillader"
        "|blesser|faire du mal|faire mal|bruler)(?! les (?:cheveux|ongles)| la (?:frange|barbe)"
        "| a | au | en )",
        "automutilation|auto mutilation|scarifications?",
        "(?:me|se|te) (?:fais|fait|suis fait|suis faite|est fait|est faite) des brulures <gap3>"
        "(?:avec|a) (?:une |un |des |la |le |ma |mes |mon )?(?:cigarettes?|clopes?|briquet|fer)",
        "(?:me|se|te) (?:suis |est |sont )?(?:coupe|coupee|coupes|coupees|scarifie|scarifiee"
        "|brule|brulee) (?:encore|de nouveau|a nouveau|expres|volontairement)(?= [,.?]|$| une"
        " fois| cette nuit| ce soir| ce matin| aujourd)",
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
        "self_harm_hint",
        _S,
        "(?:cicatrices|marques|traces|plaies|bleus|brulures|coupures) (?:sur|aux|a|partout sur)"
        " (?:les |ses |mes |tes |son |sa |le |la )?(?:poignets?|avant bras|bras|cuisses?|ventre"
        "|hanches?|jambes?)",
        requires=f"{_MOOD}|cache\\w*|manches longues|se coupe|me coupe|lames?|compas|rasoir"
        "|cutter|expres|volontairement|scarif\\w*",
        admin=_MSG,
        not_after="(?:de le |du |de la )?(?:operation|accident|chirurgie|chute|velo|vaccin"
        "|varicelle|eczema|chat|chien)",
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
        "(?:cherche|regarde|repere|trouve|choisi) <gap3>(?:pont|immeuble|falaise|tour|batiment"
        "|parking|endroit|etage) (?:le plus haut|la plus haute|assez haut|assez haute|le plus"
        " isole)",
        "(?:charbon|brasero|barbecue) <near8>(?:scotch|calfeutr\\w*|boucher les (?:fenetres"
        "|aerations)|fenetres fermees)",
        "(?:moteur|voiture) (?:qui )?(?:tourne|allume|en marche) <near8>garage (?:ferme|clos)"
        "|garage (?:ferme|clos) <near8>(?:moteur|voiture) (?:qui )?(?:tourne|allume|en marche)",
        "(?:tourner|donner un coup de|lacher|braquer) (?:le )?volant (?:vers|contre|dans|sur)"
        " (?:un|le|la|une|les) (?:arbre|mur|platane|camion|ravin|pont|pile|parapet|poids lourd"
        "|rail|glissiere|voitures? en face)|(?:foncer|me crasher|me planter|me encastrer) (?:contre"
        "|dans|sous) (?:un|le|la|une) (?:arbre|mur|platane|camion|ravin|pile de pont|poids lourd"
        "|train)",
        "(?:me|se|te) laisser (?:tomber|glisser|aller) (?:du|de le|de la|de un|de une|par|dans"
        " le vide|depuis) <gap2>(?:pont|fenetre|balcon|toit|immeuble|falaise|viaduc|haut|etage"
        "|vide|rebord|parapet)",
        "(?:pris|prend|sorti|charge|chargee) (?:son|sa|mon|ma|le|la|un|une) (?:fusil|arme|pistolet"
        "|revolver|carabine|corde) <near8>(?:enferm\\w*|parti dans|partie dans|dit que ce etait"
        " fini|adieu)",
        "enferm\\w* <near8>(?:voiture|moteur) (?:qui tourne|allume|en marche)"
        "|(?:voiture|moteur) (?:qui tourne|allume|en marche) <near8>enferm\\w*"
        "|(?:brasero|barbecue|charbon) (?:allume )?dans (?:la|sa|ma|une) (?:chambre|salle de bain"
        "|voiture)(?! pour)",
        "(?:me|se|te) jeter dans (?:le|la|les|un|une) <gap1>(?:seine|loire|garonne|rhone|riviere"
        "|fleuve|canal|lac|mer|vide|ravin|precipice|puits|port|ocean|gouffre)",
        unless=_NOT_SERIOUS,
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
        "je (?:ai |viens de |vais )?(?:pris|prendre|avale|avaler|gobe|gober|ingurgite|ingurgiter"
        "|ingere|ingerer) (?:tous|toutes|tout) (?:mes|les) <gap1><med>(?: <gap2>(?:de un coup|en"
        " une fois|ensemble|a la fois|en meme temps|qui (?:me )?restaient|que je avais|de la"
        " boite|de la plaquette|du tiroir|de la armoire|il y a <num> (?:minutes?|min|heures?|h)"
        "|tout a le heure|il y a (?:une|un|une demi) (?:heure|quart de heure)))",
        "je (?:ai |viens de |vais )?(?:avale|avaler|gobe|gober|ingurgite|ingurgiter|ingere"
        "|ingerer|vide|vider) (?:tous|toutes|tout) (?:mes|les) <gap1><med>(?! de le matin| du"
        " matin| de le soir| du soir| comme| prescrit| du jour| de la journee)",
        f"{_TOOK_ANY} <gap6>(?:pour (?:en finir|mourir|dormir pour toujours|ne plus (?:me |se )?"
        f"reveiller|ne pas (?:me |se )?reveiller)|{_NO_WAKE}|pour (?:que ca se arrete"
        "|que tout se arrete|partir"
        "|disparaitre|me tuer|se tuer|(?:ne )?plus rien (?:sentir|ressentir)|(?:ne )?plus"
        " souffrir|me suicider"
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
        f"{_TOOK_ANY} <gap4><med> <near8>(?:je voulais|pour|juste pour) (?:juste )?(?:ne plus"
        " (?:penser|rien sentir|rien ressentir|souffrir)|dormir pour toujours|oublier(?= [,.?]|$)"
        "|que (?:ca|tout) (?:se )?arrete|en finir|mourir|disparaitre|partir)",
        f"<med> pour (?:en finir|mourir|dormir pour toujours|me tuer|{_NO_WAKE})",
        "(?:avale|pris|gobe|ingurgite|vide) tout ce que (?:je avais|il y avait|je ai trouve|il"
        " restait) (?:dans|de) (?:la|le|mon|ma) (?:armoire a pharmacie|pharmacie|tiroir|boite"
        "|placard a pharmacie|trousse a pharmacie)",
        f"(?:{_WISH}|vais|va|vas|allait|allais|aller|comptait) <gap1>(?:avaler|prendre|gober"
        "|ingurgiter) (?:tous|toutes|tout) (?:mes|ses|les|tes|leurs) <gap1><med>(?! du matin| de le"
        " matin| du soir| de le soir| comme| prescrit)",
        f"(?:{_WISH}|vais|va|vas) (?:avaler|prendre|gober|boire) (?:tout )?ce qui (?:me )?reste"
        " (?:dans|de) (?:la|ma|le|mon|les|mes|sa|son|ses) <gap1>(?:<box>|<med>)",
        "(?:sur le|sur un|au bord du|au bord de la|au bord de le|sur la|devant la|devant le)"
        " (?:toit|pont|rebord|balcon|falaise|vide|quai|fenetre|voie ferree|voies|rails|parapet)"
        " <near8>(?:je )?(?:vais|veux|va|pret a|prete a|attends|attend) (?:sauter|me jeter|en finir"
        "|le train|le metro|de sauter)",
        "(?:au bord de|sur) (?:la|le|les) (?:voie ferree|voies|rails"
        "|quai) <near4>(?:je )?(?:attends"
        "|attend) (?:le|un) (?:train|metro|tgv|rer)",
        "(?:au bord de|sur|au milieu de|au milieu des|entre) (?:la|le|les) (?:voie ferree|voies"
        "|rails)(?: [a-z]+){0,3} ,? ?(?:et )?(?:je )?(?:attends|attend)(?= [,.?]|$)",
        "(?:enjambe|passe|escalade|franchi|grimpe sur|monte sur) (?:la|le) (?:rambarde|garde corps"
        "|parapet|balustrade|rebord de la fenetre|balcon|fenetre)|de le autre cote de la"
        " (?:rambarde|barriere|balustrade)|(?:assise?|debout|les pieds) (?:sur le rebord"
        "|dans le vide) <near6>(?:fenetre|pont|toit|balcon|etage|immeuble|falaise|viaduc)",
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
        "(?:marques?|traces?) (?:de corde|de strangulation|de pendaison) <gap2>(?:autour du|au"
        "|sur le) cou",
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
