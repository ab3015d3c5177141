"""Signs of a poisoning or an overdose: swallowed products, medicines in excess.

Written as families, not sentences: any verb of swallowing, drinking, licking or breathing
in, crossed with any toxic product (``<product>``, ``<fumes>`` in ``_lexicon``); any
medicine (``<med>``) taken in excess — a whole box, blister or bottle, a count, "trop",
a double dose, someone else's medicines — by anyone; any medicine or alcohol swallowed by
a young child; a medicine, a drug or a lot of alcohol followed by someone who cannot be
woken (``_OUT_COLD``); a product mistaken for a drink ("elle en a bu"); overdose
vocabulary; carbon monoxide (a heater, or an engine in a closed room, and headaches);
venomous bites. Products are also named by their use ("le liquide pour le lave-vaisselle",
"des granulés pour les souris").
"""

from __future__ import annotations

from safety._assessment import Category
from safety._signal import AdminScope, Signal, signal

__all__ = ["POISONING_SIGNALS"]

_P = Category.POISONING
_MSG = AdminScope.MESSAGE

_DET = (
    "(?:de la |de le |du |des |un |une |la |le |les |de |toute la |tout le |tout un |toute une "
    "|sa |son |ses |ma |mon |mes |ta |ton |tes |leur |ce |cette |ces |un peu de |une gorgee de "
    "|une gorgee |un verre de |un bouchon de |une cuillere de |une goute de |quelques gouttes de "
    "|un morceau de |un bout de |une bouchee de |un fond de |plein de |une bouteille de "
    "|la bouteille de |le flacon de |un flacon de |une dose de |une capsule de "
    "|(?:boulettes?|granules?|graines?|pastilles?|morceaux?|bouts?|tablettes?|capsules?"
    "|dosettes?|billes?|sachets?|gouttes|gorgees?|verres?|cuillerees?|cuilleres?|bouchons?"
    "|doses?|flacons?|bouteilles?|bidons?|tubes?|pots?|fonds?|restes?) (?:de |du |de le |de la "
    "|des |anti |pour )?)*"
)
# Swallowing, drinking, licking… as a participle or a present ("il a bu", "il boit")
_SWALLOWED = (
    "(?:avale|avalee|avales|avalees|avalait|avalent|bu|bue|bus|boit|buvait|mange|mangee"
    "|manges|mangees|mangeait|croque|croquee|croques|machouille|machouillee|mache|machee"
    "|leche|lechee|lechait|suce|sucee|sucait|gobe|gobee|ingere|ingeree|ingurgite"
    "|ingurgitee|(?<!une )(?<!la )(?<!des )(?<!les )(?<!quelques )goute|goutee|mis dans (?:sa|la"
    "|ma|ta|leur) bouche|porte a (?:sa|la) bouche"
    "|bu par erreur|avale par erreur)"
)
# The infinitive after an auxiliary typed for a participle ("il a avaler"), or "vient de"
_SWALLOW_INF = (
    "(?:a|ont|aurait|aurais|ai|as|vient de|viens de|venons de|est en train de|en train de"
    "|a peut etre|ai peut etre|a du|a surement) (?:avaler|boire|manger|croquer|lecher|sucer"
    "|gober|ingerer|gouter|machouiller|macher)"
)
_BREATHED = (
    "(?:respire|respiree|respirait|inhale|inhalee|inhaler|sniffe|snife|sniffer|snifer"
    "|aspire|aspiree|fume)"
)
_DOSE_OBJECT = "(?:medicaments?|cachets?|comprimes?|pilules?|gelules?|sachets?|<drug>)"
# Swallowing a whole supply ("avalé toute la boîte"); "pris" is handled apart, as it also
# means "bought" or "picked up".
# "je viens d'avaler", "il a avaler" (typed for "avalé"), "est en train de boire"
_JUST = (
    "(?:vient de|viens de|venons de|venez de|viennent de|venait de|est en train de|suis en"
    " train de|a|ai|as|ont)"
)
_SWALLOWED_ALL = (
    "(?:avale|avalee|avales|ingere|ingeree|gobe|gobee|ingurgite|ingurgitee"
    f"|{_JUST} (?:avaler|ingerer|gober|ingurgiter))"
)
_DRANK = f"(?:bu|bue|{_JUST} boire)"
_ATE = f"(?:mange|mangee|croque|croquee|machouille|{_JUST} (?:manger|croquer|machouiller))"
_BOX_DRUNK = "(?:flacons?|fioles?|ampoules?)"
_BOX_EATEN = "(?:plaquettes?|blisters?|piluliers?)"
_TOOK = "(?:pris|prise|pri|(?:vient de|viens de|venons de|venait de|est en train de) prendre)"
# Any intake, for the medication errors ("pris deux fois sa dose", "gobé le double")
_INTAKE = (
    "(?:pris|prise|pri|avale|avalee|avales|gobe|gobee|ingere|ingeree|ingurgite|ingurgitee|bu"
    "|bue|donne|donnee|administre|administree|injecte|injectee|mis"
    f"|{_JUST} (?:prendre|avaler|gober|ingerer|ingurgiter|boire|donner|injecter))"
)
_WHOLE = (
    "(?:(?:toute|tout) (?:la|une|ma|sa|ta|leur|notre|votre)|tout (?:le|un|mon|son|ton)"
    "|(?:tous|toutes) (?:les|mes|ses|tes|leurs|nos|vos)|la moitie (?:de la|du|de le|de un|de une"
    "|de sa|de son|de ma|de mon"
    "|de ta)|le contenu (?:de la|du|de le|de un|de une|de sa|de son|de ma|de mon)|le reste"
    " (?:de la|du|de le)|plusieurs|deux|trois|quatre|cinq|[2-9]|[1-9][0-9])"
)
_MANY = (
    "(?:[6-9]|[1-9][0-9]+|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante"
    "|cinquante|cent|plusieurs|plein de|une (?:dizaine|douzaine|quinzaine|vingtaine|trentaine"
    "|quarantaine|cinquantaine|soixantaine|centaine) de|une poignee de|des dizaines de"
    "|un paquet de|un tas de|une tonne de"
    "|je sais pas combien de|je ne sais combien de|on sait pas combien de"
    "|une grosse quantite de|une grande quantite de|des tonnes de)"
)
_FOOD_AFTER = "(?:de|du|des|de le|de la) <gap1>(?:<food>)"
_ALCOHOL = (
    "(?:alcool|vin|vin blanc|vin rouge|biere|bieres|rhum|whisky|whiskey|vodka|pastis|ricard"
    "|champagne|cidre|punch|liqueur|gin|cocktail|sangria|tequila|cognac|calva|calvados"
    "|spritz|martini|porto|muscat|mojito|limoncello|absinthe"
    "|eau de vie|gnole|prune|mirabelle|kir)"
)

# "bu deux litres de vin", "descendu une bouteille de vodka"
_HEAVY_DRINKING = (
    "(?:(?:bu|boit|avale|descendu|siffle|enchaine|ingurgite|vide|fini|finir|termine|terminer)"
    " <gap2>(?:<num>|une|des|plusieurs"
    "|une demi|la moitie de une|la moitie de la|toute une|toute la|tout un|un demi) (?:litres?"
    "|l|bouteilles?|verres|canettes|shots?|pintes?|flasques?|cubis?|bieres|coupes|fioles?)"
    f"(?: de| de le| de la| du)? ?<gap1>{_ALCOHOL}|ivre morte?|ivres morts|trop bu|beaucoup bu"
    "|bu beaucoup|bu comme un trou|bu toute la soiree)"
)
# Signs that the person is not just unwell: they cannot be woken, barely breathe…
_OUT_COLD = (
    "(?:(?:arrive|arrivons|arrivent|peux|peut|pouvons|parviens|parvient|reussis|reussit) (?:pas"
    "|plus) a (?:le |la |les )?reveiller|(?:ne )?se reveille (?:pas|plus)|(?:ne )?(?:repond"
    "|reagit) (?:a peine|plus|pas|presque plus)|inconscient\\w*|respire (?:mal|a peine"
    "|bizarre\\w*|lentement|tres lentement|tres fort|difficilement|plus)|tout mou|toute molle"
    "|ronfle bizarre\\w*|ronfle fort|yeux revulses|convulse\\w*|delire|hallucin\\w*|ne bouge"
    " plus|(?:est|sont) (?:tout |toute )?(?:froide?|bleue?|grise?|blanche?)|lèvres bleues"
    "|comateu\\w*|dans le coma|evanoui\\w*|ne tient plus debout|perdu connaissance)"
)

_ANIMAL = (
    "(?:chat|chats|chien|chiens|chiot|chaton|lapin|cheval|hamster|perroquet|oiseau|cochon de"
    " inde|furet|animal|toutou|minou|chienne|chatte)(?: (?:a|avait|vient de|aurait))?"
)

POISONING_SIGNALS: tuple[Signal, ...] = (
    signal(
        "ingested_product",
        _P,
        f"(?:{_SWALLOWED}|{_SWALLOW_INF}) <gap1>{_DET}<product>",
        f"{_SWALLOWED} <near8>(?:contenait|contenant|rempli de|remplie de|plein de|pleine de"
        f"|en fait|ou il y avait|avec dedans) <gap1>{_DET}<product>",
        f"{_SWALLOWED} <near6>(?:avec|et|melange a|melangee? (?:a|avec)|coupe avec|plus) "
        f"{_DET}<product>",
        f"{_BREATHED} <gap1>{_DET}<fumes>",
        # mistaken for a drink: "mamie a confondu son sirop et le produit vaisselle, elle en a bu"
        f"(?:confondu|confondue|confond|cru que ce etait|croyant que ce etait|pensant que ce etait"
        f"|a la place de|au lieu de|pris pour) <near6>{_DET}<product> <near8>(?:en )?(?:a|ont|ai"
        f"|as) (?:bu|avale|mange|pris|goute|avalee)",
        f"(?:en )?(?:a|ont|ai|as) (?:bu|avale|mange|goute|avalee) <near8>(?:confondu|confondue"
        f"|croyant|pensant|a la place|au lieu) <near6>{_DET}<product>",
        # "elle a mis de la javel dans une bouteille d'eau et mon père en a bu"
        f"{_DET}<product> <near12>en (?:a|ont|ai|as|aurait) (?:bu|avale|mange|goute|leche|ingere"
        "|avalee|bois|boit|avaler|boire)",
        f"(?:mis|met|mettait|porte|portait) <gap1>{_DET}<product> (?:dans|a) (?:sa|la|ma|ta"
        "|leur|mon|son) bouche",
        f"(?:recu|projete|eclabousse|gicle|mis|tombe|renverse|coule|pulverise|vaporise) <gap2>"
        f"{_DET}<product> <gap3>dans (?:les|ses|mes|son|mon|le|la|sa|ma) (?:yeux|oeil|bouche|nez)",
        "(?:javel|produit|soude|acide|deboucheur|destop|lessive|chlore|ammoniaque|solvant"
        "|decapant) <gap3>dans (?:les|ses|mes|son|mon|le|la|sa|ma) (?:yeux|oeil|bouche|nez)",
        f"(?:pris|prise|fume|sniffe|avale|gobe) <gap1>{_DET}(?:champignons? (?:hallucinogenes"
        "|magiques)|ecstasy|mdma|cocaine|coke|heroine|ghb|ketamine|lsd|crack|drogues?"
        "|space cake|extasy|speed|amphet\\w*|buvard|taz|acide)",
        "(?:fait|pris|sniffe|tape|tapee) (?:un|des|plusieurs|deux|trois) (?:rails?|traces?"
        "|lignes?|traits?) (?:de )?(?:coke|cocaine|heroine|speed|ketamine|md|mdma|poudre)"
        "|(?:se est|me suis|se|me) (?:shoote|shootee|pique|piquee|injecte|injectee) (?:a le |a la"
        " |de le |de la |du )?(?:heroine|cocaine|morphine|drogue|fentanyl|crack)",
        not_after="de (?:la |le |l )?(?:piscine|mer)|de la tasse",
        not_before=_ANIMAL,
    ),
    signal(
        "ingested_medicine",
        _P,
        # someone else swallowed medicines: "mon fils a avalé des médicaments"
        "(?:a|ont|aurait|a peut etre|vient de|viens de|est en train de) (?:de )?"
        "(?:avale|avaler|mange|manger|croque|croquer|bu|boire|ingere|machouille|leche|gobe"
        "|gober|suce|sucer) <gap1>(?:des|de|un|une|plusieurs|plein de|les|mes|ses|tes|nos"
        "|vos|leurs|tous|toute|toutes|un peu de|de le|de la|du|ma|mon|sa|son|la|le|<num>) "
        f"<gap2>{_DOSE_OBJECT}",
        # anyone, with a whole supply: "avalé toute la boîte", "une plaquette entière"
        f"{_SWALLOWED_ALL} <gap1>{_WHOLE} <gap1>(?:<box>)",
        f"{_DRANK} <gap1>{_WHOLE} <gap1>{_BOX_DRUNK}",
        f"{_ATE} <gap1>{_WHOLE} <gap1>{_BOX_EATEN}",
        f"(?:{_SWALLOWED_ALL}|{_DRANK}|{_ATE}) (?:une|la|un|le|sa|son|ma|mon|ta|ton|leur)"
        " (?:<box>) (?:entiere|entier|complete|complet|pleine|plein)",
        f"{_SWALLOWED_ALL} (?:une|la|un|le|sa|son|ma|mon|ta|ton|leur) (?:<box>)"
        "(?! de eau| de soda| de bonbons)",
        f"(?:{_DRANK}|{_SWALLOWED_ALL}) <gap1>(?:{_WHOLE}|la|une|sa|son|le|un|mon|ma|ton"
        "|ta) (?:bouteille|flacon|fiole)"
        " (?:de|du|de le|de la) (?:sirop(?! de (?:grenadine|menthe|fraise|citron|erable|sucre"
        "|agave|orgeat|cassis|peche|framboise))|<med>)",
        f"{_SWALLOWED_ALL} (?:tous|toutes) (?:mes|ses|les|tes|leurs) {_DOSE_OBJECT}",
        f"(?:pris|avale|avalee) (?:tous|toutes) (?:mes|ses|les|tes) {_DOSE_OBJECT} "
        "(?:de un coup|en une fois|ensemble|a la fois|en meme temps)",
        f"{_INTAKE} (?:beaucoup |bien |un peu |largement"
        f" |vraiment |carrement |clairement )?trop de <gap1>{_DOSE_OBJECT}",
        f"(?:{_SWALLOWED_ALL}|donne) {_MANY} <gap1>{_DOSE_OBJECT}",
        f"{_HEAVY_DRINKING} <near6>(?:avec|et|puis|plus) (?:mes|ses|des|les|plein de|tous mes"
        f"|toutes mes|tous ses|toutes ses) <gap1>{_DOSE_OBJECT}",
        f"(?:pris|prise|avale|avalee) (?:tous|toutes|plein de|plusieurs|{_MANY}) <gap2>"
        f"{_DOSE_OBJECT} <gap3>(?:avec|et) (?:une bouteille de |un litre de |beaucoup de |plein"
        f" de |la bouteille de |de le |de la |du |des )?{_ALCOHOL}",
        # medicines and alcohol together
        f"(?:trop bu|bu beaucoup|beaucoup bu|bourre|bourree|ivre|saoul|saoule|soul|soule"
        f"|alcoolise|alcoolisee|{_HEAVY_DRINKING}) <near4>(?:a |ai |et |puis )*(?:pris|avale"
        "|avalee|gobe)"
        f" <gap1>(?:des|ses|mes|plein de|plusieurs|tous|toutes|les) <gap1>{_DOSE_OBJECT}",
        f"(?:pris|avale|avalee|gobe) <gap1>(?:des|ses|mes|plein de|plusieurs|tous|toutes|les)"
        f" <gap1>{_DOSE_OBJECT} <near4>(?:et|puis|apres avoir) (?:a |il a |elle a |ai )?(?:trop"
        " bu|bu beaucoup|beaucoup bu|bu de le alcool|bu une bouteille)",
        "(?:triple|quadruple) dose|dose de cheval|(?:double|triple) dose (?:par erreur|de"
        " (?:son|sa|mon|ma) (?:<med>|insuline|dose))",
        # a mistake with the medicines: "s'est trompé de médicaments et en a pris le double"
        f"{_INTAKE} (?:deux|2|trois|3) fois"
        " (?:sa|son|ses|ma|mon|mes|la|le|les|leur|ta|ton) (?:dose|doses|traitement"
        "|medicaments?|cachets?|comprimes?|pilule|insuline|<drug>)",
        f"{_INTAKE} (?:sa|son|ses|ma|mon|mes|leur|ta|ton|le|la"
        "|les) (?:dose|doses|traitement|medicaments?|cachets?|comprimes?|pilule|insuline|<drug>)"
        " <gap2>(?:deux|2|trois|3) fois(?! par jour| par semaine| dans la journee| le matin)"
        f"|{_INTAKE} <gap3>(?:<med>|dose|doses) en double",
        f"{_INTAKE} (?:une )?(?:dose|quantite) (?:enorme|massive|excessive|trop forte|trop"
        " importante|de cheval|monstrueuse|demesuree)",
        "(?:plus de |au moins |environ |presque )?(?:[89]|[1-9][0-9]) ?(?:g|grammes) de (?:<drug>)"
        "|(?:paracetamol|doliprane|dafalgan|efferalgan|aspirine|ibuprofene) <gap4>(?:plus de |au"
        " moins |environ )(?:[89]|[1-9][0-9]) ?(?:g|grammes)",
        f"{_INTAKE} (?:le double|deux fois plus|trois fois plus|le triple|beaucoup trop|bien trop"
        "|deux fois la dose|le double de la dose|le double de (?:sa|son|ma|mon|leur|ta) dose)",
        "(?:a|ai|as|ont) (?:double|triple|quadruple) (?:la|sa|ma|ta|son|mon|leur) dose",
        f"{_INTAKE} <gap2>(?:ses|mes|les|sa|son|ma|mon|leur|tous ses|tous mes) <gap1>(?:<med>"
        "|traitements?|doses?) <near8>(?:deux fois|en double|le double|deux doses|en meme temps)"
        "(?= [,.?]|$)",
        "(?:trompe|trompee|trompes|erreur|confondu|confondue|melange|melangee|interverti"
        "|intervertie|inverse|inversee) <gap6>(?:pris|avale|avalee|bu|donne|donnee"
        "|administre|injecte) <gap2>(?:<med>|dose|doses|le double|deux fois|sirop|insuline"
        "|flacon|boite|plaquette|celui|celle|ceux|celles)",
        "(?:pris|prise|avale|avalee) (?:les|le|la|ses|des) (?:<med>) (?:de|du) (?:sa|son|ma|mon"
        "|ta|ton|leur|la|le) \\w+",
        "(?:pris|prise|avale|avalee|bu|injecte|donne) <gap2>(?:des |les |le |la |mes |ses |son "
        "|sa |un |une |deux |du |de le |de la )?(?:<med>|<box>|dose|doses|insuline|sirop)"
        " <gap2>(?:par erreur|par megarde|sans faire expres|accidentellement|par accident)",
        "(?:pris|prise|avale|avalee|bu|injecte) (?:par erreur|par megarde|accidentellement"
        "|par accident) <gap2>(?:<med>|<box>|dose|doses|insuline|sirop|<product>)",
        not_before=f"{_ANIMAL}|medecin|docteur|generaliste|cardiologue|cardio|psychiatre|psy|pharmacien"
        "|pharmacienne|specialiste|neurologue|endocrinologue|endocrino|pediatre|infirmiere"
        "|infirmier|hopital",
        not_after=f"{_FOOD_AFTER}|a la pharmacie|en pharmacie|chez (?:le|la) pharmacien\\w*"
        "|sur (?:son|sa|mon|ma) ordonnance|pour (?:le|la) (?:semaine|mois)",
    ),
    signal(
        "took_supply",
        _P,
        # "pris": "j'ai pris toute la boîte", "pris 20 comprimés", "pris une plaquette de…"
        f"{_TOOK} <gap1>{_WHOLE} <gap1>(?:<box>)",
        f"{_TOOK} (?:une|la|un|le|sa|son|ma|mon|ta|ton|leur) (?:<box>) (?:entiere|entier"
        "|complete|complet|pleine|plein)",
        f"{_TOOK} (?:une|la|sa|ma|ta|un|le|son|mon|ton) (?:plaquette|blister|fiole|flacon)"
        " (?:de|du|de le|de la)"
        " <gap1>(?:<med>)",
        f"{_TOOK} {_MANY} <gap1>{_DOSE_OBJECT}",
        f"(?:trop|beaucoup trop|bien trop) (?:pris|avale|bu|donne) (?:de |du |de le |de la |des )?"
        f"<gap1>{_DOSE_OBJECT}",
        # the amount as an afterthought: "il a bu le sirop, tout le flacon"
        f"(?:{_TOOK}|{_SWALLOWED_ALL}|{_DRANK}) <near8>(?:presque |quasi |quasiment |au moins "
        "|pratiquement |la moitie du |la moitie de le |la moitie de la )?(?:tout le|toute la|tout"
        " un|toute une|le|la) (?:flacon|boite|plaquette|tube|bouteille|blister|pilulier|fiole)"
        "(?: entier"
        "| entiere| complet| complete)?(?= [,.?]|$)",
        admin=_MSG,
        not_before=_ANIMAL,
        not_after=f"{_FOOD_AFTER}|a la pharmacie|en pharmacie|chez (?:le|la) pharmacien\\w*"
        "|de avance|pour (?:le|la|les) (?:semaine|mois|vacances|voyage)|de (?:pansements"
        "|compresses|masques|gants|mouchoirs|couches|lingettes|tests|preservatifs|seringues"
        "|bandes|coton|sparadrap|thermometres?|bandelettes|aiguilles|lancettes|capteurs)",
    ),
    signal(
        "child_ingested",
        _P,
        # a young child: any medicine, any alcohol
        "(?:a|ont|aurait|vient de|viens de|avoir) (?:pris|bu|avale|mange|goute|croque|avaler"
        f"|boire|prendre|gouter) <gap1>(?:des|de|un|une|plusieurs|les|mes|ses|du|de la|de le"
        f"|un peu de|un verre de|une gorgee de|un fond de|<num>) <gap2>(?:{_DOSE_OBJECT}"
        f"|{_ALCOHOL}|sirop|sirops)",
        f"(?:a|ont|vient de|il|elle|bebe) (?:bu|boit|avale|goute) <near6>{_ALCOHOL}",
        f"(?:a|ont|vient de|il|elle|bebe) (?:bu|boit|avale|goute) <gap1>(?:un|une|le|la|du|de le"
        f"|de la|des|son|sa|mon|ma)? ?(?:verre|gorgee|fond|bouteille|canette|coupe) (?:de|du"
        f"|de le|de la) {_ALCOHOL}",
        requires="<young>",
        admin=_MSG,
        not_after="(?:pour|contre|a cause de) |(?:prescrit|prescrits|prescrite|comme prevu"
        "|le matin|le soir|ce matin|ce soir|tous les)",
    ),
    signal(
        "intake_out_cold",
        _P,
        # a medicine, a drug or a lot of alcohol, and now the person cannot be woken:
        # "il a pris les somnifères de sa grand-mère, on arrive pas à le réveiller"
        f"(?:{_SWALLOWED}|pris|prise|gobe|sniffe|fume|injecte|{_SWALLOW_INF}) <gap2>(?:<med>"
        "|drogues?|ecstasy|mdma|cocaine|heroine|ghb|ketamine|cannabis|space cake|champignons"
        "|(?:un |une )?(?:truc|produit|machin|joint|pilule|cachet|comprime|poudre|substance|buvard"
        "|gelule)(?: bizarre| inconnue?| louche| chelou| douteux| douteuse)"
        f"|<product>) <near12>{_OUT_COLD}",
        f"{_HEAVY_DRINKING} <near12>{_OUT_COLD}",
        not_before=_ANIMAL,
        admin=_MSG,
    ),
    signal(
        "alcohol_coma",
        _P,
        "coma ethylique|intoxication alcoolique|alcoolisation massive",
        topic=True,
    ),
    signal(
        "wild_mushrooms",
        _P,
        "champignons <gap4>(?:cueillis|ramasses|trouves|sauvages|de la foret|du jardin"
        "|des bois|dans les bois|en foret|dans la foret|inconnus|pas identifies|veneneux"
        "|toxiques)",
        requires="mange|manger|mangeait|vomi\\w*|malade|diarrhee|mal au ventre|nausee\\w*"
        "|cuisine|cuisines|poele|omelette|goute|delire|hallucin\\w*",
        admin=_MSG,
    ),
    signal(
        "overdose",
        _P,
        "(?:<now>|est en|suis en|a|ai|a fait|ai fait|vient de faire|viens de faire) (?:une )?"
        "(?:overdose|surdose|od|surdosage)",
        "(?:est|suis|sont|etre) (?:en )?(?:surdosage|surdosee?s?|overdosee?s?)",
        "(?:intoxique|intoxiquee|intoxiques|intoxiquees|empoisonne|empoisonnee|empoisonnes"
        "|empoisonnees)(?! alimentaire| la vie| le existence)",
        "(?:<now>|est en|suis en|a|ai|vient de faire|viens de faire) (?:une )?(?:intoxication"
        "|intox) (?:medicamenteuse|volontaire|au|a la|a le|par)",
        not_after="(?:de|aux|a) (?:vos|votre|ces|cette|ce|tes|ton|ta|paperasse|formulaires"
        "|papiers|relances|mails|travail|boulot|reunions|pubs?|publicites?|chocolat|sucre"
        "|series|netflix|demarches|infos|informations|questions|musique|sport|jeux)",
    ),
    signal(
        "overdose_topic",
        _P,
        "overdoses?|surdoses?|surdosages?|intoxications?(?! alimentaire)|empoisonnement"
        "|intox (?:au|a la|a le|par)"
        "|monoxyde de carbone",
        topic=True,
        not_after="(?:de|aux|a) (?:vos|votre|ces|cette|ce|paperasse|formulaires|papiers"
        "|relances|mails|travail|boulot|reunions|series|demarches|infos|informations)",
    ),
    signal(
        "carbon_monoxide",
        _P,
        # an engine or a heater in a closed room
        "(?:groupe electrogene|brasero|barbecue|moteur|chauffage (?:a|au) (?:gaz|petrole)|poele a"
        " petrole|chauffage de appoint) <near8>(?:cave|garage|tente|sous sol|piece fermee"
        "|interieur|dedans|salle de bain|chambre|camping car) <near12>(?:tombe\\w*|malaise"
        "|evanoui\\w*|mal a la tete|vomi\\w*|vertiges?|somnolent\\w*|confus\\w*|endormie?s?"
        "|inconscient\\w*|ne se reveille|nausees?)",
        "(?:detecteur|alarme) (?:de |a |du )?(?:monoxyde|co|gaz) <gap2>(?:sonne|sonnent"
        "|se declenche|bipe|biper|sonner|hurle|clignote)",
        "(?:chaudiere|poele|brasero|barbecue|groupe electrogene|chauffage|chauffe eau"
        "|cheminee|fuite de gaz|odeur de gaz|sent le gaz) <near12>(?:mal a la tete|maux de tete"
        "|nausees?|vertiges?|envie de vomir|vomi\\w*|malaise|somnolent\\w*|evanoui\\w*)",
        "(?:mal a la tete|maux de tete|nausees?|vertiges?|envie de vomir|vomi\\w*|malaise"
        "|somnolent\\w*|evanoui\\w*) <near12>(?:chaudiere|poele|brasero|barbecue|groupe"
        " electrogene|chauffage|chauffe eau|cheminee|fuite de gaz|odeur de gaz|monoxyde)",
        admin=_MSG,
    ),
    signal(
        "mixed_products",
        _P,
        # bleach mixed with an acid or ammonia gives off a toxic gas
        "melange\\w* <gap3>(?:javel|chlore|eau de javel) <gap3>(?:et|avec|a|au|a la|a le)"
        " <gap2>(?:ammoniaque|ammoniac|acide|vinaigre|detartrant|deboucheur|produit|anticalcaire"
        "|destop|gel wc)",
        requires="tousse|toux|mal a la gorge|respir\\w*|yeux|brule|pique|vertige|malaise|vomi"
        "|etouffe|nausee|mal a la tete|gorge",
        admin=_MSG,
    ),
    signal(
        "venom",
        _P,
        "(?:mordu|mordue|mordus|morsure|pique|piquee|piqure) (?:par |de |d )?(?:un |une )?"
        "(?:serpent|vipere|scorpion|araignee veneneuse|veuve noire|vive|poisson pierre)",
    ),
)
