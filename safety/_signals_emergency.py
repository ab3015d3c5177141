"""Signs of a medical emergency, for the member or someone near them.

Families: collapse and unresponsiveness ("s'est écroulé", "tombé raide", "ne réagit pas",
"inanimé", "je me sens partir"), breathing and choking, chest pain, stroke signs (face,
limb, speech, sight, confusion, with suddenness), seizures, bleeding and trauma (falls
from a height, road accidents, stab wounds, head injuries), anaphylaxis, burns,
resuscitation in progress ("on lui fait un massage cardiaque"), a baby's fever or
floppiness; also a body part with pain and intensity ("ma poitrine me fait super mal"),
a head injury with vomiting or confusion, heavy bleeding in pregnancy, a thunderclap
headache, heat stroke, extreme pain with a red flag, open fractures and crushed limbs.
Descriptions count even in a message about cover; noun phrases that are also used to ask
about cover ("une brûlure grave est couverte ?") are topics.
"""

from __future__ import annotations

from safety._assessment import Category
from safety._signal import AdminScope, Signal, signal

__all__ = ["EMERGENCY_SIGNALS"]

_E = Category.MEDICAL_EMERGENCY

_SUDDENLY = (
    "(?:de un coup|tout de un coup|tout a coup|soudain|soudainement|brusquement|subitement"
    "|brutalement|depuis (?:<num>|une|un|quelques|une demi|un quart de) (?:minutes|minute|min"
    "|mn|heures|heure|h|demi heure|quart de heure)"
    "|depuis (?:ce matin|tout a le heure|cette nuit|hier soir|le reveil|son reveil|midi)"
    "|sans prevenir|en quelques (?:secondes|minutes)|soudaine|soudaines|brutale|brusque|subite)"
)
_LIMB = (
    "(?:(?:bras|jambe|jambes|main|mains|pied|cote)(?: droite?| gauche)?|moitie du corps"
    "|moitie de (?:son|mon|sa|ma) corps|moitie du visage)"
)
_LIMB_STATE = (
    "(?:engourdi|engourdie|engourdis|engourdies|paralyse|paralysee|paralyses|paralysees|inerte"
    "|inertes|lourds|lourdes|insensibles|lourd|lourde|qui tombe|insensible"
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
    "(?:poitrine|thorax|sternum|torse)"
    "|(?:douleur|douleurs|mal|serrement|oppression|poids|brulure|point|barre) <gap3>au "
    "(?:thorax|sternum|torse)"
    "|(?:douleur|douleurs|serrement|oppression|gene|pression|pincement) thoraciques?)"
)

EMERGENCY_SIGNALS: tuple[Signal, ...] = (
    signal(
        "chest_pain",
        _E,
        f"{_FEELS} <gap3>{_CHEST_PAIN}",
        "(?:poitrine|thorax|torse|sternum) (?:qui|me|lui|se|te) <gap1>(?:serre|brule|comprime"
        "|ecrase|fait (?:<intens> )?mal|eclate|bloque|oppresse|broie|enserre|compresse)",
        "(?:me|lui|te) (?:serre|broie|ecrase|comprime|brule|oppresse|enserre|compresse|transperce"
        "|dechire) (?:la|ma|sa|le) (?:poitrine|thorax|sternum)",
        "(?:elephant|enclume|etau|bloc|pierre|rocher|camion|poids enorme|couteau|poignard)"
        " (?:sur|dans) (?:la|ma|sa) poitrine",
        "(?:douleur|mal) <gap3>(?:qui )?(?:irradie|descend|part|monte|se propage|file) "
        "<gap2>(?:dans|vers|jusque a|jusque dans) (?:le|la|mon|ma|son|sa) "
        "(?:bras gauche|machoire|epaule gauche)",
        "(?:douleur|mal) (?:dans|a|au) (?:le |la )?(?:bras gauche|machoire) <gap4>(?:machoire"
        "|bras gauche|transpire|sueur|sueurs|poitrine)",
        "(?:comme un etau|comme un poids|comme une enclume|comme une barre|qui serre|qui ecrase"
        "|qui oppresse|serre|ecrase|oppresse) <near8>(?:bras gauche|machoire|epaule gauche)"
        "|(?:bras gauche|machoire|epaule gauche) <near8>(?:etau|enclume|poitrine|thorax)",
        "serre (?:la|ma|sa) poitrine",
        "(?:se )?tient (?:la poitrine|le coeur|le thorax)|main sur (?:la poitrine|le coeur)",
        "(?:serre|serrent|brule|pique|comprime|ecrase|oppresse|tire|lance|fait (?:<intens> )?mal"
        "|broie|enserre|dechire|transperce)"
        " <gap2>(?:dans|a|sur|au niveau de|au milieu de) (?:la|ma|sa) poitrine",
        f"{_FEELS} <gap3>(?:douleur|douleurs|point|pincement|serrement|coup de poignard|brulure"
        "|poids|barre) <gap2>(?:au niveau du|au|a le|dans le|vers le|sur le) coeur",
        f"{_FEELS} <gap2>mal (?:au niveau du|dans le|vers le) coeur",
    ),
    signal("chest_pain_topic", _E, _CHEST_PAIN, topic=True),
    signal(
        "heart_attack",
        _E,
        "<now> (?:une |un )?(?:crise cardiaque|attaque cardiaque|infarctus|arret cardiaque"
        "|malaise cardiaque|arret cardio respiratoire)",
        "<now> un arret(?= [,.?!]|$| cardio| respiratoire| du coeur)",
        "(?:fait|fais|faisons|faites|commence|commencer|je fais|on fait|en train de faire|pratique)"
        " (?:un |le |des |les )?(?:massage cardiaque|reanimation|bouche a bouche|compressions"
        " thoraciques|massages cardiaques)",
        "(?:mis|mets|met|mettre|place|placer|installe) <gap2>en pls",
        "(?:utilise|utiliser|branche|brancher|pose|poser) (?:le|un) defibrillateur",
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
        "(?:ne )?(?:peut|pouvait|peux) (?:plus|pas) parler(?! a | au | aux | avec | de | anglais"
        "| francais| fort| librement| de )",
        "(?:du mal|difficulte|difficultes|de la peine) a (?:parler|articuler) <near8>(?:bras|jambe"
        "|main|visage|bouche|cote) <gap2>(?:engourdi|engourdie|paralyse|paralysee|lourd|lourde"
        "|qui tombe|inerte|insensible|de travers)|(?:bras|jambe|main|visage|bouche|cote) <gap2>"
        "(?:engourdi|engourdie|paralyse|paralysee|lourd|lourde|qui tombe|inerte|insensible"
        "|de travers) <near8>(?:du mal|difficulte|difficultes|de la peine) a (?:parler"
        "|articuler)",
        f"(?:du mal|des difficultes|de la peine|difficulte) a (?:parler|articuler|trouver ses mots"
        f"|bouger (?:le|la|son|sa|mon|ma) {_LIMB}|lever (?:le|la|son|sa|mon|ma) {_LIMB}) <near4>"
        f"{_SUDDENLY}|{_SUDDENLY} <near4>(?:du mal|des difficultes|de la peine|difficulte) a"
        " (?:parler|articuler|trouver ses mots)",
        "(?:ne )?trouve plus (?:ses|mes|les) mots(?! pour| de)",
        f"(?:sens|sent|sentons) (?:plus|pas) (?:mon|ma|son|sa|le|la|ses|mes|les) {_LIMB}",
        "(?:sens|sent|sentons) (?:plus )?rien (?:en dessous|au dessous|sous|a partir) (?:de la"
        " taille|du bassin|du cou|de la ceinture|des hanches|du nombril|de la poitrine)",
        "(?:bras|jambe|main|pied|visage|cote) (?:droite?|gauche) et (?:le |la |les |son |sa |mon"
        " |ma )?(?:bras|jambe|main|pied|visage|cote) (?:droite?|gauche) <gap3>" + _LIMB_STATE,
        f"{_LIMB} et (?:le |la |les |son |sa |mon |ma )?{_LIMB} qui ne (?:repondent|bougent"
        "|tiennent) plus",
        f"(?:paralysie|engourdissement|affaissement|deformation) <gap4>{_SUDDENLY}"
        f"|{_SUDDENLY} <gap4>(?:paralysie|engourdissement|affaissement)",
        f"(?:ne )?parle (?:plus|pas) (?:du tout )?<gap2>{_SUDDENLY}",
        f"(?:voit|vois|voyait) (?:double|trouble|flou|plus rien) <near6>{_SUDDENLY}",
        f"(?:ne )?(?:tient|tiens) plus debout <near4>{_SUDDENLY}"
        f"|{_SUDDENLY} <near4>(?:ne )?(?:tient|tiens) plus debout",
        f"(?:ne )?(?:me|nous|la|le|les|te|vous)? ?reconnait (?:plus|pas) <near4>{_SUDDENLY}",
        "(?:parole|elocution) <gap2>(?:qui se embrouille|embrouillee|bizarre|difficile"
        "|pateuse|trouble|hachee)",
        "(?:se met a|commence a) (?:bafouiller|begayer)|bafouille de un coup",
        f"(?:ne )?(?:voit|vois|voyait) plus (?:rien )?(?:de un oeil|de le oeil|de (?:son|mon) oeil"
        f"|de un cote)(?: <gap4>{_SUDDENLY})?",
        f"(?:perdu|perd|perte de) la vue <gap4>{_SUDDENLY}|{_SUDDENLY} <gap3>(?:voit|vois)"
        " (?:plus rien|double|trouble)",
        "(?:sourire|bouche|levre) (?:de travers|tordue?|qui pend|qui tombe|deformee?)",
        "(?:bouche|levre|joue|visage|oeil) qui pend",
        f"(?:ne )?comprend plus (?:rien|ce que) <near8>{_SUDDENLY}"
        f"|{_SUDDENLY} <near4>(?:ne )?comprend plus (?:rien|ce que)",
        f"(?:confus|confuse|desoriente|desorientee|incoherent|incoherente|incomprehensible"
        f"|perdu|perdue) <near4>{_SUDDENLY}|{_SUDDENLY} <near4>(?:confus|confuse|desoriente"
        f"|desorientee|incoherent|incoherente|incomprehensible)",
        f"{_LIMB} qui (?:retombe|lache|ne tient pas)",
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
        "(?:arrive|arrivons|arrivait|parviens|parvient|peut|peux) (?:plus|pas) a <gap3>(?:ni|et"
        "|ou) (?:a )?respir\\w*",
        "(?:devient|deviennent|devenu|devenue|vire|virent) <gap3>(?:bleu|bleue|bleus|violet"
        "|violette|gris|grise)(?! de | marine| ciel)",
        "(?:arrive|arrivons|arrivait|parviens|parvient|peut|peux|reussit|reussis) (?:plus"
        "|pas) (?:a )?respir\\w*(?! par le nez)",
        "(?:ne )?respire (?:plus|pas|presque plus|par a coups)(?! par le nez| la | le | les "
        "| un | une | ce | cette | ces | votre | vos | mon | ma | son | sa )",
        "detresse respiratoire|manque de air|cherche (?:son|mon|sa|ma) (?:air|souffle"
        "|respiration)|(?:je|il|elle|on) suffoque|suffocation",
        "fausse route",
        "(?:arrive|arrivait|peut|peux|parvient) (?:plus|pas) a (?:finir|terminer) (?:ses|mes|sa"
        "|ma) phrases?|essouffle\\w* <near8>(?:gris|grise|bleu|bleue|pale|levres|sueurs?|malaise"
        "|poitrine|arrive (?:plus|pas) a parler)",
        "pauses? respiratoires?|arrets? respiratoires?|(?:arrete|arretait|se arrete|cesse) de"
        " respirer|(?:fait|fais) des apnees(?! du sommeil)",
        "(?:se|me|te) (?:etrangle|etranglait|etrangler|etranglent)(?! de rire| avec (?:ses|mes"
        "|tes|vos|ces|les) (?:dettes|credits|factures|cotisations))",
        "avale (?:de travers|un truc de travers) <near4>(?:tousse|bleu|bleue|violet|violette"
        "|respire|etouffe|suffoque|panique)",
        "(?:quelque chose|un truc|un bonbon|un morceau|une piece|une bille|un jouet|un os"
        "|une arete|un aliment|de la nourriture|un noyau|une cacahuete|une noix) <gap2>"
        "(?:coince|coincee|bloque|bloquee|pris|prise|reste|restee) <gap2>(?:dans|en travers de)"
        " (?:la|sa|ma|ta|le) (?:gorge|trachee|gosier)",
        "(?:arrive|arrivons|arrivait|peut|peux|parvient|parviens) (?:plus|pas) a reprendre"
        " (?:son|mon|sa|ma) (?:souffle|respiration)",
        "(?:siffle|sifflement|sifflements) <gap2>(?:en respirant|quand (?:il|elle|je|on) respire"
        "|a chaque respiration)|respiration (?:sifflante|haletante|saccadee)",
        "(?:levres|visage|peau|doigts|ongles|bouche) (?:qui )?(?:bleuissent|bleuit|bleuissait"
        "|virent au bleu|deviennent bleues|deviennent violettes|noircissent)|(?:levres|visage"
        "|peau|doigts) (?:cyanosee?s?|violacee?s?)",
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
        "(?:ne )?respire (?:tres |super |vraiment |hyper |de plus en plus |trop )?(?:mal"
        "|difficilement|avec difficulte|bizarrement|vite|par saccades|en sifflant|bruyamment"
        "|a peine|faiblement|tres fort)",
        "du mal a respirer|difficultes? (?:a|pour) respirer|gene respiratoire",
        "respiration (?:difficile|rapide|tres rapide|bruyante|irreguliere|bizarre|faible)",
        "(?:respire|respirait) (?:pas|plus) (?:normalement|bien|correctement)",
        "(?:manque|manquer|manquait) (?:de )?air|(?:souffle|respiration) (?:court|courte|coupee)"
        " <gap2>(?:au repos|sans rien faire|allonge|allongee|de un coup|depuis)",
        unless="nez bouche|nez qui coule|rhume|sinusite|par le nez",
    ),
    signal(
        "choking",
        _E,
        f"{_SUBJECT} (?:est en train de |suis en train de )?etouf(?:e|ent|es|er)?",
        "(?:je (?:suis en train de )?me|tu te|(?:il|elle|on|ils|elles|<who>|bebe) (?:est en"
        " train de )?se) etouf(?:e|ent|es|er)?",
        "(?:se|me|te) (?:est|suis|es) etouffe",
        "(?:se|me|te) (?:est |suis |es )?(?:en train de )?etouf(?:e|ent|es|er|ait|ee)? (?:avec"
        " |sur )(?:un|une|des|du|de la|de le|sa|son|ses|mon|ma|le|la|les|un morceau de|une"
        " bouchee de) ?(?:<food>|bonbon|cacahuete|noix|noisette|amande|morceau|os|arete|piece"
        "|bille|jouet|aliment|viande|pomme|raisin|biberon|nourriture|bouchon|capuchon|steak"
        "|carotte|chewing gum|saucisse|knacki|olive|noyau|cerise|tomate cerise|glacon|pile"
        "|truc|machin|legume|fruit|gateau|bout)",
        not_after="(?:avec|sous|dans) <gap1>(?:ces|vos|votre|cette|ce|les|mes|tous|toutes"
        "|leurs|ses|mon|ma|la|le) <gap1>(?:demarches|dettes|papiers|factures|cotisations"
        "|relances|problemes|soucis|travail|boulot|dossiers?|mails|formulaires|prelevements"
        "|charges|impots|frais|boite|bureau|couple|famille|relation|maison|appartement"
        "|administration|paperasse|questions|remarques|reproches|conseils|exigences|appels"
        "|messages|histoires|bisous|calins|amour|cadeaux|attentions|sms|coups de fil)"
        "|ici|dans (?:ce|cette|cet|le|la|les|ces|mon|ma|votre|vos|leur) <gap1>(?:agence|bureau"
        "|piece|salle|appartement|appart|maison|voiture|metro|bus|train|foule|chaleur|ville"
        "|boite|open space|magasin|local|cabinet|salle de attente|couloir|tram|rer|avion)"
        "|de chaleur|avec (?:cette|ce|la) (?:chaleur|canicule|clim)|sous (?:cette|la) chaleur",
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
        "(?:va|vais|vas|vient de|viens de|venait de|venez de) (?:se |me |te )?evanouir",
        "(?:se|me|te) evanoui(?:t|ssent|ssait|ssais)",
        "perdu connaissance|perd connaissance|perdre connaissance|perdu conscience"
        "|perd conscience|sans connaissance|reprend pas connaissance|repris connaissance"
        "|(?:ne )?revient pas a (?:lui|elle|soi)|(?:ne )?reprend pas (?:ses esprits|conscience)",
        "(?:me|se) sens (?:partir|defaillir|tomber)|(?:me|se) sent (?:partir|defaillir|tomber)"
        "|sens que (?:je|il|elle) (?:vais|va) (?:tomber dans les pommes|me evanouir|perdre"
        " connaissance)",
        "<now> (?:un |une )?(?:gros |grave )?malaise",
        "(?:il|elle|<who>|je|bebe) (?:a|ai) un (?:gros |grave |petit )?malaise(?! vagal| avec"
        "| face| par rapport| vis a vis| en voyant| quand| a chaque| a le idee| de le ame)",
        unless="~lol~",
        not_after="de fatigue|de sommeil|vagal|vagaux|a chaque|quand|lorsque|souvent|parfois"
        "|tous les|toutes les"
        "|de temps en temps|en (?:vacances|week end|voyage|retraite|weekend)|loin|ailleurs"
        "|a la (?:plage|mer|montagne)",
    ),
    signal(
        "collapse",
        _E,
        # "il s'est écroulé", "elle s'effondre", "il est tombé raide" (a person, not a site
        # or a price, not in tears)
        "(?:se est|se e|ce est|se|vient de se|viens de me|est en train de se) (?:ecroule"
        "|ecroulee|ecrouler|effondre|effondree|effondrer|affaisse|affaissee|ecroulait"
        "|effondrait|ecroulent|effondrent)",
        "(?:me suis|je me suis|je me) (?:ecroule|ecroulee|effondre|effondree) (?:par terre|au sol"
        "|dans la rue|de un coup|en pleine|dans le|dans la|devant|en sortant|en me levant)",
        "(?:est|sont|etait) (?:ecroule|ecroulee|effondre|effondree|affale|affalee|etale|etalee"
        "|allonge|allongee|inanime|inanimee|couche|couchee|etendu|etendue) (?:par terre|au sol"
        "|sur le sol|a terre|inconsciente?|inanimee?)",
        "(?:il|elle|<who>|bebe|je|on) (?:est|suis|vient de|viens de|se est) (?:tombee?|tomber)"
        " (?:raide|comme une masse|net|inanimee?|inconsciente?|sans connaissance|dans le coma)",
        "(?:il|elle|<who>|bebe) <gap3>(?:est|devient|reste|est devenu|est devenue) (?:tout |toute"
        " )?(?:mou|molle|inerte|flasque|amorphe|tout blanc et mou)",
        "(?:arrive|arrivons|peut|peux|parvient|parviens|reussit|reussis) (?:plus|pas) a (?:se|me"
        "|la|le) relever|(?:ne )?se releve (?:pas|plus)(?! de )",
        not_before="site|systeme|serveur|appli|application|bourse|marche|prix|cours|moral|monde"
        "|compte|solde|taux|valeur|bitcoin|batiment|maison|etagere|meuble|tente|gateau|pile|tas"
        "|defense|internet|connexion|logiciel|ordi|ordinateur|telephone|portable|ecran|page"
        "|fortune|epargne|salaire|pouvoir de achat|natalite|production|chiffre de affaires"
        "|vie|immeuble|toit|plafond|mur|pont|tour|reseau|euro|dollar|actions?|chiffres?|equipe"
        "|pays|empire|carriere|couple|mariage|projet|espoirs?|reves?|plans?|ventes|economie"
        "|tout|notes|retraite|budget|finances|entreprise|societe|confiance|sante mentale"
        "|chateau de cartes|ma vie|sa vie|mon monde|son monde|qui|que",
        not_after="en larmes|en pleurs|en sanglots|de fatigue|de sommeil|de rire|sur (?:mon|le"
        "|son|sa|ma) (?:lit|canape|chaise|fauteuil)|de chagrin|de tristesse|moralement"
        "|psychologiquement|nerveusement|financierement|en apprenant|quand (?:il|elle|je) (?:a"
        "|ai) appris|dingue|amoureux|amoureuse|des nues|de haut",
    ),
    signal(
        "unresponsive_state",
        _E,
        "inanime|inanimee|inanimes|inanimees|(?:est|sont) dans le coma|yeux revulses"
        "|les yeux qui se revulsent",
        not_before="le|un|corps|objet|objets|monde|dessin|dessins",
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
        "(?:il|elle|bebe|<who>) <gap3>(?:ne )?(?:repond|reagit|bouge) plus",
        "(?:il|elle|bebe|<who>|et) (?:ne )?reagit (?:pas|plus|a rien|presque plus|quasiment plus)",
        "(?:allonge|allongee|etendu|etendue|couche|couchee|par terre|au sol|a terre) <near6>"
        "(?:qui )?(?:ne )?(?:bouge|repond|reagit|respire) (?:plus|pas)",
        "et (?:ne )?(?:repond|bouge) plus",
        "(?:ne )?(?:repond|reagit|bouge) (?:pas|plus) (?:quand|meme quand|lorsque) (?:je|on)"
        " (?:le |la |lui )?(?:secoue|pince|appelle|parle|touche|crie|tape)",
        "(?:ne )?se reveille (?:presque |quasiment |a peine )?(?:plus|pas)|(?:arrive|arrivons"
        "|arrivent|peux|peut|parviens"
        "|parvient|reussis|reussit) (?:pas|plus) a (?:le |la |les )?reveiller"
        "|ouvre (?:plus|pas) les yeux",
        not_after="a(?! rien| aucun| personne| mes cris| nos cris)|au|aux|sur|par|quand|pendant"
        "|avant|le matin|la nuit|le soir|la journee"
        "|tot|tard|pour|mails?|sms|de (?:son|sa|ses) (?:canape|lit|fauteuil|chambre|chaise"
        "|siege|bureau|ordinateur|ordi|telephone|console|jeu|jeux|ecran)|de chez|de la maison"
        "|de le canape"
        "|messages?|telephone|tel|avec|depuis (?:<num>|des|quelques|plusieurs) (?:jours"
        "|semaines|mois)|traitement|medicament",
    ),
    signal(
        "fainted",
        _E,
        "tombee? dans les pommes|tomber dans les pommes|tombe dans les pommes",
        not_before="vais|va|vas|allez|aller|vont|failli|faillit",
        unless="~lol~",
        not_after="de (?:joie|bonheur|surprise|rire|emotion)|(?:en|rien qu en) (?:voyant|lisant"
        "|recevant|decouvrant|ouvrant|apprenant)"
        "|devant (?:la|le|votre|vos|ce|cette|ces|mon|ma|mes) <gap1>(?:facture|devis|prix|tarifs?"
        "|montant|courrier|relance|cotisation|note)|quand (?:je|il|elle|on) (?:ai|a) (?:vu|lu"
        "|recu|decouvert)",
    ),
    signal(
        "unconscious_topic",
        _E,
        "perte de connaissance|a fait un malaise|ai fait un malaise|coma|urgence vitale",
        topic=True,
    ),
    signal(
        "unresponsive_hint",
        _E,
        # "il ne répond pas" is about the phone, unless the body is described
        "(?:ne )?(?:repond|reagit) (?:pas|plus|a peine)",
        requires="rale|respire|par terre|au sol|allonge\\w*|inconscient\\w*|yeux|tombe\\w*"
        "|malaise|bleu|bleue|blanc|blanche|pale|convulse|tremble|bave|secoue|pls|inerte|mou|molle",
        admin=AdminScope.MESSAGE,
        not_after="a (?:mes|nos|ses|leurs|vos|mon|ma|ton|sa) (?:mails?|messages?|sms|appels?"
        "|courriers?|relances?)|au (?:telephone|tel|portable)",
    ),
    signal(
        "infant_fever",
        _E,
        # fever in a baby under three months
        "(?:bebe|nourrisson|fils|fille|enfant|petit|petite|bb) (?:de|a) (?:[0-9]|1[0-2]) (?:jours"
        "|semaines)|(?:bebe|nourrisson|fils|fille|enfant|petit|petite|bb) (?:de|a) (?:1|2|un"
        "|deux) mois",
        requires="(?:3[89]|4[0-2])(?: ,? ?[0-9])? ?(?:de fievre|degres|de temperature|c)"
        "|fievre (?:a|de) (?:3[89]|4[0-2])|(?:3[89]|4[0-2])(?: ,? ?[0-9])?(?= [,.?]|$| et)"
        "|fievre|fievreu\\w*|brulante?|tout chaud|toute chaude|temperature",
        admin=AdminScope.MESSAGE,
    ),
    signal(
        "malaise_now",
        _E,
        # "a fait un malaise" is past, but not with what it left behind in sight
        "(?:a|ai|vient de|viens de) (?:fait|faire) (?:un |une )?(?:gros |grave )?malaise",
        requires="par terre|au sol|ne repond|ne reagit|ne bouge|pale|blanc|blanche|respire"
        "|inconscient\\w*|evanoui\\w*|convulse|ne se releve|tombe\\w*|vomit|transpire|sueurs"
        "|gris|grise|mou|molle|yeux",
        admin=AdminScope.MESSAGE,
    ),
    signal(
        "seizure",
        _E,
        "convulse|convulsent|convulsait|convulser",
        "(?:<now>|a|ai|as) (?:des |une )?(?:convulsions|crise convulsive|crise de epilepsie"
        "|crise epileptique)",
        "crise (?:de epilepsie|convulsive|epileptique) en cours",
        "(?:tremble|tremblements|secousses|spasmes|se raidit|raide|tressaute) <gap4>(?:ne repond"
        "|ne reagit|bave|yeux revulses|les yeux|inconscient|inconsciente|de partout|tout le"
        " corps|par terre)",
        "bave aux levres|(?:se|me) mord la langue <gap3>(?:tremble|convulse|par terre|crise)",
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
        "(?:ca|le sang|il|elle) (?:ne )?(?:se )?arrete (?:pas|plus) de saigner"
        "|(?:ca|le sang|il|elle|<who>) (?:continue|continuent) de saigner",
        "saignement (?:qui ne se arrete pas|abondant|important|massif|enorme)",
        "(?:vide|videe) de (?:tout )?son sang|perd tout son sang"
        "|(?:ca|sa|le sang|il|elle) gicle|sang qui gicle|(?:saigne|sang) (?:en jet|par saccades"
        "|qui pulse)|coupee? <gap2>(?:au|a la|le|la) (?:cou|gorge|carotide)"
        "|(?:perd|perds|perdu|perdre|perdait|perdent) (?:<intens> )?(?:beaucoup|enormement|plein"
        "|trop|des litres) de sang|pisse le sang|le sang gicle"
        "|sang (?:partout|gicle)|plein de sang|mare de sang",
        "(?:vomit|vomi|vomis|crache|tousse) du sang",
        "(?:<now>|a|ai) (?:une )?hemorragie|hemorragie (?:interne|massive)",
        "(?:coupe|entaille|tranche|ouvert) <gap3>(?:profondement|jusque a le os|gravement)",
        "(?:plaie|coupure|entaille|blessure) (?:tres )?(?:profonde|beante|enorme|grave|ouverte)"
        "|(?:blesse|blessee|blesses|blessees) (?:grave|graves|gravement|grievement)",
        "(?:coupe|coupee|tranche|tranchee|sectionne|sectionnee|touche|perce|ouvert|ouverte)"
        " <gap2>(?:une |la |le |l |son |sa )?(?:artere|arteres|carotide|femorale|jugulaire)",
        "(?:ouvert|ouverte|fendu|fendue|fracture|fracturee|explose) (?:le|la|son|sa"
        "|mon|ma) (?:crane|tete|arcade)|fracture du crane|traumatisme cranien|trauma cranien",
        "saign\\w* (?:beaucoup |enormement |abondamment )?(?:de la tete|du crane|des oreilles"
        "|de le oreille|de la bouche et du nez)",
        "(?:sectionne|sectionnee|arrache|arrachee|ampute|amputee) <gap2>(?:le|la|un|une|son|sa"
        "|mon|ma|les|des|ses|mes|bout du|bout de la) <gap1>(?:doigts?|pouces?|mains?|orteils?"
        "|oreilles?|pieds?|bras|jambes?)",
        "coups? de couteau|poignarde|poignardee|blesse par balle|blessee par balle|(?:recu|pris)"
        " (?:une balle|des balles)|plaie par balle|tire dessus|tiré dessus",
        "(?:bosse|hematome|oeuf|plaie) <gap3>(?:sur |a |au )?(?:la |le )?(?:tete|crane|front)"
        " <near12>(?:vomit|vomi|vomir|vomissements|somnolent|somnolente|confus|confuse|endormie?"
        "|ne se souvient|perdu connaissance|convulse|ne repond|dort tout le temps|bizarre)",
        "(?:tombe|tombee|chute|cogne|cognee|choc|coup|heurte|heurtee|recu|pris|prise|tape|tapee"
        "|frappe|frappee|percute|percutee|accident) <gap6>(?:tete|crane|front)"
        " <near8>(?:vomit|vomi|vomir|vomissements|somnolent|somnolente|confus|confuse"
        "|ne se souvient"
        "|perdu connaissance|saigne|convulse|dort tout le temps|ne repond|endormie?|saigne de"
        " le oreille|saigne des oreilles)",
    ),
    signal("severe_bleeding_topic", _E, "hemorragies?", topic=True),
    signal(
        "bloody",
        _E,
        # "il a le bras en sang", "elle est couverte de sang", "l'os sort"
        "(?:bras|jambe|jambes|tete|visage|cuisse|ventre|dos|cou|gorge|crane|torse|poitrine|figure)"
        " (?:tout |toute |completement )?en sang",
        "(?:est|suis|etait|sont|reste) (?:tout |toute |tous |completement )?(?:en sang"
        "|ensanglantee?s?|couverte? de sang|couverts de sang)|baign\\w* dans (?:son|le|une mare"
        " de) sang|couverte? de sang",
        "(?:le |un |les )?os (?:qui )?(?:sort|sortent|depasse|depassent|ressort|se voit|est visible"
        "|transperce|a transperce)|fracture ouverte|(?:jambe|bras|pied|cheville|poignet|genou)"
        " (?:est )?(?:toute? )?(?:tordue?|pliee?|retournee?) (?:dans un angle|a angle|a le envers"
        "|dans le mauvais sens|a 90)",
        "(?:joue|oreille|levre|nez|doigt|bout du doigt|peau|cuir chevelu|scalp|morceau de \\w+)"
        " (?:est |a ete )?(?:arrache|arrachee|arraches|arrachees|dechiquete\\w*)",
        "(?:jambe|hanche|bras|pied|cheville|poignet|genou|epaule) (?:fait|a|forme) un angle"
        " (?:bizarre|anormal|etrange|pas normal|impossible)",
        "(?:jambe|jambes|bras|main|pied|tete|thorax|bassin|poitrine) (?:ecrase|ecrasee|ecrases"
        "|ecrasees|broye|broyee|broyes|broyees)|(?:coince|coincee|ecrase|ecrasee|bloque|bloquee)"
        " sous (?:un|une|le|la|sa|son) (?:voiture|tracteur|camion|machine|arbre|mur|poutre|meuble"
        "|armoire|chariot|engin|moto|vehicule|tronc|dalle|beton|gravats|eboulement)",
        not_after="(?:de|du|a le|au) (?:vos|votre|ce|cette|ces) |sous (?:les|vos|ces) (?:papiers"
        "|dossiers|factures|demandes)",
    ),
    signal(
        "pregnancy_bleeding",
        _E,
        "enceinte <near12>(?:saign\\w*|perds? <gap2>sang|pertes? de sang|hemorragie)"
        "|(?:saign\\w*|perds? <gap2>sang|pertes? de sang) <near12>enceinte",
        requires="beaucoup|enormement|abondamment|fort|plein|mal|douleurs?|contractions?|caillots?"
        "|enormes?|gros|grosses?|importants?|abondants?|massifs?|massives?|rouge vif"
        "|flaque|a flots|ne se arrete|super|tres|trop|vertiges?|malaise|pale",
        admin=AdminScope.MESSAGE,
    ),
    signal(
        "thunderclap_headache",
        _E,
        "(?:mal de tete|maux de tete|migraine|mal au crane|cephalee) <near8>(?:le |la )?pire de"
        " (?:ma|sa|toute ma|toute sa) vie|(?:mal de tete|maux de tete|migraine|mal au crane"
        "|cephalee) <near8>(?:jamais eu (?:aussi|si|autant) mal|comme jamais|coup de tonnerre"
        "|qui explose|explose)",
        f"(?:mal de tete|maux de tete|migraine|mal au crane|cephalee) <near8>{_SUDDENLY}"
        " <near8>(?:vomi\\w*|vois double|voit double|vision (?:double|trouble)|nuque (?:raide"
        "|bloquee)|confus\\w*|parle mal|evanoui\\w*|ne tient plus debout|lumiere)",
    ),
    signal(
        "severe_pain",
        _E,
        # extreme pain with a red flag: "je me tords de douleur et je vomis"
        "(?:douleur|douleurs|mal) <gap2>(?:atroce|atroces|insupportable|insupportables|horrible"
        "|horribles|abominable|intolerable|jamais ressentie|a hurler|a en pleurer|de chien"
        "|terrible|terribles)|(?:tord|tords|tordent|plie|pliee|plies) (?:en deux )?de douleur"
        "|(?:hurle|hurlent|crie|crient) de douleur|plie en deux|pliee en deux",
        requires="vomi\\w*|evanoui\\w*|sueurs?|transpire|pale|blanc|blanche|ne tient plus debout"
        "|ventre (?:tout )?dur|ventre gonfle|fievre|sang|perd connaissance|malaise|respire"
        "|ne tiens plus debout|(?:3[89]|4[0-2])(?: ,? ?[0-9])?(?= [,.?]|$| de| degres)"
        "|gris|grise|tremble|s est effondre|ne peut plus bouger|poitrine|thorax|machoire",
        admin=AdminScope.MESSAGE,
    ),
    signal(
        "bleeding_help",
        _E,
        # "aidez-moi je saigne"
        "(?:je|il|elle|<who>|bebe|ca) (?:saigne|saignent|pisse le sang)",
        requires="aidez|au secours|help|vite|urgence|urgent|a le aide|sos|appelez",
        admin=AdminScope.MESSAGE,
    ),
    signal(
        "anaphylaxis",
        _E,
        "(?:gorge|langue|levres?|visage|bouche|paupieres|cou|figure) <gap2>(?:qui )?(?:se )?"
        "(?:gonfle|gonflent|gonflee|gonflees|enfle|enflent|enflee|enflees|double de volume"
        "|ferme|bloque)",
        "<now> (?:un |une )?(?:oedeme de quincke|choc anaphylactique|reaction anaphylactique)",
        "reaction allergique (?:grave|severe|violente|forte|importante|enorme)",
        "(?:gonfle|gonflee|gonfles|gonflees|enfle|enflee|enfles) de partout|choc allergique"
        "|(?:mis|met|mettre) a gonfler de partout",
        "(?:gorge|langue) <gap2>qui (?:se )?(?:serre|resserre|gratte et gonfle)(?! de | quand )",
        "(?:fait|injecte|utilise|mis|donne|pique) (?:son |mon |le |un |sa |ma |une |la |de le )?"
        "(?:stylo de adrenaline|stylo a le adrenaline|epipen|anapen|jext|emerade|adrenaline)",
        "reaction allergique <gap6>(?:respire|gorge|gonfle|levres|langue|etouffe|malaise)",
    ),
    signal(
        "allergy_throat",
        _E,
        "(?:gorge|langue|bouche|levres|visage|yeux|paupieres) <gap2>(?:qui )?(?:se )?(?:serre"
        "|resserre|ferme|bloque|gonfle|gonflent|enfle|enflent|gonflee|gonflees)",
        requires="plaques|boutons|urticaire|allergi\\w*|piqure|guepe|abeille|frelon|cacahuetes?"
        "|arachides?|noix|noisettes?|amandes|fruits de mer|crevettes|moules|kiwi|sesame|mange"
        "|mangee|manger|avale|avaler|respir\\w*|medicament|antibiotique|gateau|gonfl\\w*"
        "|demange\\w*|gratte",
        not_after="de (?:tristesse|chagrin|emotion|colere|peur|stress|angoisse)|quand (?:je|il"
        "|elle) (?:pense|parle|vois)",
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
        "brule\\w* (?:au|du) (?:2|3|deuxieme|second|troisieme)(?: e| eme)? degre",
        "(?:peau|bras|jambe|main|visage|dos|torse|ventre) (?:est )?(?:tout |toute )?(?:noir|noire"
        "|carbonise\\w*|calcine\\w*)",
        "(?:gravement|grievement|serieusement) brulee?s?|brulee?s? (?:gravement|grave"
        "|partout|sur tout le corps|sur une grande partie)",
        "(?:se est|me suis|est) (?:brule|brulee|ebouillante|ebouillantee) (?:avec|par) "
        "<gap2>(?:eau bouillante|huile|acide|soude|produit)",
        "eau bouillante (?:sur|renversee)|ebouillantee?",
        "electrocutee?s?|electrocution",
        "(?:vetements?|cheveux|pull|robe|pyjama) (?:ont |a )?(?:pris feu|en feu|qui brulent)"
        "|(?:a|ont) pris feu (?:sur lui|sur elle)",
        "renverse <gap4>(?:eau bouillante|huile bouillante|casserole|friteuse|bouilloire|the"
        " brulant|cafe brulant) <gap4>(?:sur (?:lui|elle|moi|son|sa|ses|le|la|mon|ma)|dessus)",
        "(?:eau|huile) bouillante <gap4>(?:sur (?:lui|elle|moi|son|sa|ses)|dessus)",
        "(?:brule|brulee|brules|brulees|ebouillante|ebouillantee) <gap3>(?:avec|par|a) <gap2>"
        "(?:eau bouillante|huile bouillante|huile chaude|huile de la friteuse|friteuse|acide"
        "|soude|flammes?|feu|produit chimique|vapeur brulante|essence|alcool a bruler|barbecue)",
        "(?:la )?peau (?:qui )?(?:part|se decolle|se detache|arrachee|toute blanche|toute noire)"
        "|(?:grosses|enormes|grandes) cloques",
        "brule <gap2>sur tout (?:le|la|son|sa) (?:corps|torse|bras|jambe|dos|visage)",
        "brul\\w* <near8>(?:cloques|peau (?:est |devient )?(?:toute |tout )?(?:blanche|noire"
        "|cartonnee|cartonneuse|qui part|qui se decolle|en lambeaux|arrachee))",
        "(?:tout|toute) (?:le |la |les |son |sa |ses )?(?:bras|jambe|jambes|main|mains|dos|ventre"
        "|visage|torse|pied|pieds|cuisse|poitrine) (?:est |sont )?(?:cloquee?s?|couverte? de"
        " cloques|brulee?s?)",
        "(?:pleine?s?|couverte?s?|remplie?s?) de cloques|cloques (?:partout|enormes|geantes)"
        "|peau en lambeaux",
    ),
    signal(
        "severe_burn_topic",
        _E,
        # noun phrases, also used when asking about cover: "une brûlure grave est couverte ?"
        "brulures? (?:au|du) (?:2|3|deuxieme|second|troisieme)(?: e| eme)? degre",
        "(?:grosse|grosses|grande|grandes|enorme|enormes|large|larges) brulures?"
        "|brulures? sur tout (?:le|la)",
        "brulures? (?:grave|graves|profonde|profondes|etendue|etendues|importante"
        "|importantes|severe|severes|enorme|enormes)",
        "brulures? (?:chimiques?|par acide|a la soude|electriques?)",
        topic=True,
    ),
    signal(
        "other_acute",
        _E,
        "pire mal de tete de (?:ma|sa) vie",
        "(?:mal de tete|maux de tete|migraine|cephalee) <gap2>(?:violent|violente|brutal|brutale"
        "|terrible|atroce|horrible|insupportable|explosif|explosive|fulgurant|fulgurante|comme"
        " jamais|jamais vu) <near6>(?:de un coup|tout de un coup|tout a coup|soudain|soudainement"
        "|brusquement|subitement|brutalement|sans prevenir|en coup de tonnerre|en quelques"
        " secondes)|mal de tete en coup de tonnerre",
        f"(?:violent|brutal|terrible|atroce|enorme|gros) mal de tete <gap2>{_SUDDENLY}",
        "(?:raideur (?:de la|dans la) nuque|nuque (?:raide|bloquee|qui ne plie plus)) <near6>"
        "fievre|fievre <near6>(?:raideur (?:de la|dans la) nuque|(?:la )?nuque (?:raide"
        "|bloquee|qui ne plie plus))",
        "taches (?:violettes|violacees|pourpres) <gap4>fievre|fievre <gap4>taches "
        "(?:violettes|violacees|pourpres)",
        "taches (?:bizarres|violettes|violacees|pourpres|noires|rouge fonce|qui apparaissent|qui"
        " se etendent|qui ne (?:se effacent|partent|disparaissent) pas|qui grandissent)"
        " <near8>fievre|fievre <near8>taches (?:bizarres|violettes|violacees|pourpres|noires"
        "|rouge fonce|qui apparaissent|qui se etendent|qui ne (?:se effacent|partent"
        "|disparaissent) pas|qui grandissent)",
        # a fall, then blood from the ear or confusion
        "(?:chute|tombe|tombee|tomber|cogne|cognee) <near12>(?:(?:sang|saigne\\w*) <gap2>(?:dans|de"
        "|par) (?:le |la |les |l )?oreilles?|confus|confuse|ne se souvient (?:plus|de rien)"
        "|desoriente\\w*|ne reconnait plus)",
        "(?:se noie|se est noye|se est noyee|est en train de se noyer|repeche de la piscine)",
        "(?:renverse|renversee|renverser|percute|percutee|percuter|fauche|fauchee|faucher|happe"
        "|happee) par (?:une?|le|la) (?:voiture|moto|camion|bus|scooter|train|tram|velo|vehicule"
        "|car|tracteur|camionnette|auto)",
        "(?:il|elle|<who>|je|bebe) <gap3>(?:fait|ete|est) (?:renverser|renverse|renversee"
        "|percuter|percute|percutee|faucher|fauche|fauchee|happer|happe|happee)"
        "(?! (?:son|sa|ses|le|la|les|du|de|un|une) )",
        "(?:chute|tombe|tombee) de (?:<num>|plusieurs|quelques) (?:metres|m|etages)"
        "|(?:chute|tombe|tombee) (?:du|de le|de la|de un|par la|depuis le|depuis la) <gap2>"
        "(?:etage|toit|immeuble|falaise|escabeau|mezzanine|pont|arbre|echafaudage)",
        "(?:tombee?|tomber) <near8>(?:ne )?(?:peut|arrive|parvient|peux) (?:plus|pas) (?:a )?"
        "(?:bouger|se"
        " lever|se relever|marcher|me relever|me lever)",
        "(?:doigts?|main|couteau|fourchette|clou) dans (?:une|la) prise",
        "(?:tombe|tombee|chute|tombes) (?:du|de le|de la|de un|par la|depuis le) (?:balcon"
        "|fenetre|toit|echelle|etage|premier etage|deuxieme etage|haut|arbre|falaise)",
        "(?:il|elle|<who>|bebe) est en train de mourir",
        "pronostic vital (?:est )?engage",
        "(?:coup de chaleur|coup de chaud|insolation|hyperthermie) <near8>(?:delire|confus\\w*"
        "|incoherent\\w*|evanoui\\w*|ne transpire plus|transpire plus|convulse|inconscient\\w*"
        "|tient plus debout|malaise|ne repond|reagit plus|brulante? et)",
        "(?:il|elle|<who>) est tombee? <gap3>(?:ne se releve pas|ne bouge plus|ne repond"
        " plus|saigne)",
        "(?:<now>|est en|suis en) (?:une )?(?:grosse |severe |grave )?(?:hypo|hypoglycemie"
        "|hyperglycemie|acidocetose)(?! ,? (?:est|sont) (?:elle|ils|remboursee?s?))",
        "(?:coeur|cœur) <gap2>(?:bat|qui bat|tape|qui tape|s emballe|se emballe) <gap3>(?:tres|trop"
        "|super|hyper|hyper vite|a 200|a toute vitesse|a fond|vite) <gap6>(?:malaise|sens partir"
        "|sent partir|poitrine|evanoui\\w*|tete qui tourne|respire|tomber|partir)",
        "(?:bebe|nourrisson|<who>) <gap4>(?:tombe|tombee|chute) <gap4>(?:sur la tete|de la table a"
        " langer|tete la premiere) <gap6>(?:vomit|vomi|somnolent|somnolente|pleure plus|ne reagit"
        "|mou|molle|bosse|endormi|endormie|saigne)",
        "(?:il|elle|<who>|bebe|je) <gap2>(?:est|suis|reste|git|sont) (?:allongee?|etendue?"
        "|couchee?|effondree?|inconsciente?|inerte)? ?(?:par terre|au sol|sur le sol|a terre)"
        "(?! depuis (?:<num>|des|quelques) (?:jours|semaines))",
        "(?:avale|avalee) (?:son|sa) (?:dentier|prothese dentaire|appareil dentaire|appareil)",
        "(?:avale|avalee) (?:une|un) (?:piece|bille|bouchon|capuchon|epingle|clou|vis|aiguille"
        "|lame|morceau de verre|jouet|ecrou|trombone|agrafe)(?! de puzzle| en chocolat)",
    ),
)
