"""Word lists shared by the signals and the guards, and the pattern compiler.

Patterns are regular expressions written against the normalised text (see
``_normalize``): single spaces between tokens, elisions expanded (``je ai``, ``le air``,
``que est ce que``), no accents needed, doubled letters optional. Placeholders in angle
brackets are replaced by the fragments below before compiling, e.g. ``<drug>`` or
``<gap2>`` (up to two filler words, never a negation word).
"""

from __future__ import annotations

import re

from safety._normalize import skeleton_pattern

__all__ = ["compile_pattern", "expand", "union"]

_NEGATORS = "pas|plus|jamais|aucun|aucune|sans|ni"

FRAGMENTS: dict[str, str] = {
    # people the member may write about (the member themselves is "je")
    "who": (
        "fils|fille|filles|enfant|enfants|bebe|gamin|gamine|petit|petite|fiston|mari|femme|"
        "epouse|epoux|conjoint|conjointe|compagnon|compagne|copain|copine|pere|mere|papa|"
        "maman|frere|soeur|grand pere|grand mere|papi|papy|mamie|mami|grands parents|oncle|"
        "tante|cousin|cousine|voisin|voisine|collegue|ami|amie|pote|ado|adolescent|"
        "adolescente|nourrisson|neveu|niece|beau pere|belle mere|homme|dame|monsieur|"
        "madame|patient|patiente|quelqu un|une personne|la personne|coloc|colocataire"
    ),
    "pron": "je|il|elle|on|tu|ils|elles|nous|vous",
    "det": (
        "le|la|les|un|une|des|du|de|de la|de le|mon|ma|mes|son|sa|ses|ton|ta|tes|notre|"
        "nos|votre|vos|leur|leurs|ce|cette|ces"
    ),
    "num": (
        "[0-9]+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|"
        "trente|quarante|cinquante|cent|une dizaine|une quinzaine|une vingtaine"
    ),
    "drug": (
        "doliprane|dafalgan|efferalgan|paracetamol|ibuprofene|advil|nurofen|spedifen|"
        "antarene|aspirine|aspegic|kardegic|spasfon|smecta|imodium|gaviscon|maalox|"
        "xanax|lexomil|stilnox|zolpidem|lysanxia|seresta|temesta|valium|tramadol|"
        "codeine|lamaline|izalgi|ixprim|topalgic|voltarene|diclofenac|ketoprofene|"
        "profenid|amoxicilline|augmentin|clamoxyl|levothyrox|ventoline|cortisone|"
        "solupred|prednisolone|cortancyl|zyrtec|aerius|cetirizine|melatonine|humex|"
        "fervex|actifed|dolirhume|toplexil|helicidine|biafine|morphine|antibiotiques?|"
        "antidepresseurs?|anxiolytiques?|somniferes?|calmants?|anti inflammatoires?|"
        "antalgiques?|antidouleurs?|anticoagulants?|insuline|laroxyl|deroxat|prozac|"
        "seroplex|effexor|lyrica|rivotril|atarax|theralene|donormyl|magnesium|fer|zinc"
        "|vitamine d|vitamine c|probiotiques?|homeopathie|arnica|granules|millepertuis"
        # sleeping pills, anxiolytics, antidepressants, antipsychotics, mood stabilisers
        "|seresta|alprazolam|bromazepam|diazepam|lorazepam|oxazepam|clonazepam|prazepam"
        "|tranxene|veratran|imovane|zopiclone|noctamide|havlane|mianserine"
        "|sertraline|zoloft|paroxetine|fluoxetine|escitalopram|citalopram|venlafaxine"
        "|duloxetine|cymbalta|amitriptyline|anafranil|mirtazapine|norset|brintellix|tercian"
        "|risperdal|abilify|zyprexa|olanzapine|quetiapine|xeroquel|loxapac|haldol|lithium"
        "|teralithe|depakine|depakote|lamictal|tegretol|keppra|urbanyl|buspirone"
        # painkillers, opioids, others often involved in overdoses
        "|contramal|oxycodone|oxycontin|oxynorm|skenan|actiskenan|fentanyl|durogesic"
        "|methadone|subutex|buprenorphine|suboxone|neurontin|gabapentine|pregabaline"
        "|ritaline|concerta|metformine|glucophage|digoxine|previscan|coumadine|eliquis"
        "|xarelto|pradaxa|bisoprolol|amlodipine|ramipril|lasilix|furosemide|primperan"
        "|dextromethorphane|codoliprane|opium"
        "|benzodiazepines?|benzos?|neuroleptiques?|antipsychotiques?|hypnotiques?"
        "|tranquillisants?|barbituriques?|opioides?|opiaces?|morphiniques?"
        "|antiepileptiques?|betabloquants?|antihistaminiques?|pilules? contraceptives?"
    ),
    "med": (
        "medicaments?|cachets?|comprimes?|pilules?|gelules?|sachets?|plaquettes?|"
        "boites? de medicaments|traitements?|<drug>"
    ),
    # containers a whole medicine supply comes in
    "box": (
        "boites?|plaquettes?|blisters?|flacons?|tubes?|fioles?|piluliers?|bouteilles?"
        "|stocks?|reserves?|ampoules?|sachets?|pots?|bidons?"
    ),
    # a young child: any alcohol or medicine is a poisoning
    "young": (
        "bebe|bebes|bb|nourrisson|bambin|tout petit|toute petite|le petit|la petite|mon petit"
        "|ma petite|notre petit|notre petite|petit dernier|petite derniere"
        "|(?:fils|fille|enfant|garcon|neveu|niece|frere|soeur|petit fils|petite fille) de "
        "(?:[1-9]|1[0-2]|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze) (?:ans?|mois)"
        "|(?:de|a) [0-9]+ mois|(?:de|a) (?:[1-9]|1[0-2]) ans?"
    ),
    # products that poison when swallowed (household, garden, garage, drugs, plants…)
    "product": (
        "produits?(?! (?:laitiers?|frais|bio|de la mer|surgeles?|de beaute|alimentaires?))"
        "|eau de javel|eau de javelle|javel|javelle|javelisee|chlore|(?:pastilles?"
        "|galets?) de chlore"
        "|produits? (?:menagers?"
        "|de menage|vaisselle|de vaisselle|nettoyants?|de nettoyage|chimiques?|toxiques?"
        "|corrosifs?|desinfectants?|detartrants?|anticalcaire|anti calcaire|piscine|pour (?:la"
        " |le |les |l )?(?:wc|toilettes|sols?|vitres|canalisations|four|lave vaisselle|plantes"
        "|piscine|carrelage|salle de bain|cuisine|meubles|jardin|voiture|chaussures)"
        "|anti (?:limaces?|moustiques?|fourmis|cafards|nuisibles|rongeurs|mites)"
        "|de jardin|de bricolage|pour deboucher|deboucheurs?|decapants?)"
        "|liquides? (?:vaisselle|de vaisselle|lave vaisselle|pour (?:la )?vaisselle"
        "|de refroidissement|de frein|lave glace|de (?:cigarette electronique|vapoteuse|vape"
        "|e cigarette|puff)|pour (?:cigarette electronique|vapoteuse)|vaisselles?)|e liquides?"
        "|liquides? (?:de |pour )?(?:sa |la |ma |une |son |mon |ta |ton |leur )(?:cigarette"
        " electronique|vapoteuse|vape|e cigarette|puff)"
        "|recharges? de (?:cigarette electronique|vapoteuse|vape)|lave glace|detergents?"
        "|cartouches?(?: de recharge)? (?:de|pour) (?:cigarette electronique|vapoteuse|vape"
        "|e cigarette|puff)"
        "|deboucheurs?|destop|soude|soude caustique|lessive|lessive liquide|lessives?"
        "|(?:capsules?|dosettes?|pastilles?|tablettes?|pods?|doses?) (?:de |pour |a |du )?"
        "(?:lessive|lave vaisselle|le lave vaisselle|linge|vaisselle|ariel|skip|persil|omo|dash"
        "|xtra|x tra|le chat|finish|somat|cascade|sun)|ariel|skip|persil|omo|finish|somat|cif"
        "|assouplissants?"
        "|adoucissants?|nettoyants?(?: \\w+)?|degraissants?(?: \\w+)?|decapants?|detachants?"
        "|desinfectants?|anticalcaire|anti calcaire|detartrants?|gel hydro ?alcoolique"
        "|solution hydro ?alcoolique|alcool (?:a bruler|menager|a 70|a 90|modifie|a friction"
        "|camphre|ethylique|isopropylique)|essence|gasoil|gazole|fioul|kerosene|white spirit"
        "|petrole|huiles? (?:de moteur|moteur|de vidange|de lampe|a lampe|de paraffine)"
        "|paraffine|liquide de lampe|repulsifs?(?: anti \\w+)?|insectifuges?|spray (?:anti \\w+"
        "|insecticide)|bombe (?:anti \\w+|insecticide)|ether|acetone|dissolvant|solvants?"
        "|diluants?|terebenthine|peintures?|vernis"
        "|antigel|insecticides?|bombe insecticide|anti moustiques?|antimoustiques?"
        "|anti limaces?|antilimaces?|granules anti limaces?|pesticides?|herbicides?|glyphosate"
        "|roundup|desherbants?|fongicides?|raticides?|mort aux rats|poisons?|acides?"
        "|acide chlorhydrique|esprit de sel|ammoniaque|ammoniac|engrais|colle|naphtaline"
        "|boules? (?:antimites?|anti mites?|de naphtaline)|antimites?|vinaigre (?:menager|de menage"
        "|ménager)|eau ecarlate|bain de bouche|huiles? essentielles?"
        "|camphre|aimants?|billes? aimantees?|cigarettes?|megots?|tabac|nicotine"
        "|patchs? (?:de|a la) nicotine|cannabis|shit|beuh|space cake|drogues?|ecstasy|mdma"
        "|cocaine|coke|heroine|ghb|ketamine|lsd|crack|fentanyl|speed|amphetamines?|buvard"
        "|champignons (?:veneneux|toxiques"
        "|sauvages|ramasses|cueillis|pas bons|bizarres|de la foret|hallucinogenes|magiques"
        "|du jardin|inconnus)|baies (?:toxiques|sauvages|rouges|noires|inconnues|bizarres|ramassees"
        "|cueillies|trouvees|de (?:gui|if|houx|sureau|belladone|laurier|muguet|troene|la haie)"
        "|du jardin|dans le jardin|dans la haie|dans le parc|en foret|dans la foret)|laurier rose"
        "|lauriers roses|muguet|datura"
        "|digitale|belladone|cigue|ricin|graines de ricin|dieffenbachia|if|feuilles? de"
        " (?:laurier rose|muguet|datura|digitale|if|dieffenbachia|ricin|rhubarbe)"
        "|plantes? (?:toxiques?|verte|vertes|de appartement|du salon)|mercure|thermometre"
        "|shampoo?ing|shampoing|gel douche|savon liquide|savons?|savonnette|lave vaisselle"
        "|bain moussant|parfum|eau de toilette"
        "|eau de cologne|vernis a ongles|canard wc|harpic|cillit bang|ajax|mr propre"
        "|monsieur propre|st marc|saint marc|paic|bref wc|piles?(?: boutons?| de montre"
        "| plates?| au lithium)?|pile bouton"
        # any cleaning, garden or pest product named by its use: "le liquide pour le
        # lave-vaisselle", "l'huile pour lampe", "des granulés pour les souris"
        "|(?:produits?|liquides?|huiles?|gels?|poudres?|pastilles?|tablettes?|capsules?"
        "|dosettes?|granules?|granulés?|boulettes?|appats?|sprays?|bombes?|recharges?|billes?"
        "|blocs?|pierres?|cristaux|sachets?) (?:pour|anti|contre|de|a) (?:le |la |les |l |un"
        " |une |des )?(?:lave vaisselle|vaisselle|lessive|linge|machine a laver|wc|toilettes"
        "|cuvette|sols?|vitres|four|canalisations|evier|lampes?|lampe a petrole|souris|rats"
        "|rongeurs|limaces|escargots|fourmis|cafards|moustiques|mouches|guepes|taupes|puces"
        "|tiques|mites|nuisibles|insectes|mauvaises herbes|herbes|piscine|spa|barbecue"
        "|allume feu|cheminee|poele|voiture|moteur|radiateur|bricolage|jardin|plantes|pelouse"
        "|desherber|deboucher|detartrer|nettoyer|laver|desinfecter|chaussures|cuir|meubles"
        "|bois|argenterie|cuivre|metaux|rouille|calcaire|javel)"
        "|allume feu|allumes feu|pastilles? allume feu|eau oxygenee"
        "|lotions? (?:anti \\w+|pour (?:les )?poux)|shampoo?ings? anti \\w+|anti poux|antipoux"
        "|liquide de refroidissement|lave glace|lave vitre|produit pour vitres|anti rouille"
        "|antirouille|antigel|raticide|souricide|taupicide|anti taupes|granules? bleus?"
        "|metaldehyde|chlorate|sulfate de cuivre|bouillie bordelaise|soude caustique"
        "|cristaux de soude|acide muriatique|nettoyant four|spray four|gel wc|bloc wc"
    ),
    # what is breathed in: fumes, gas, sprays
    "fumes": (
        "vapeurs?|fumees? (?:toxiques?|de (?:la |le |du )?\\w+|noires?)|gaz(?! de schiste)"
        "|emanations?(?: (?:de|du|de la|de le|toxiques?) \\w+)?"
        "|monoxyde|protoxyde(?: de azote)?|ballons? de protoxyde|cartouches? de protoxyde"
        "|gaz hilarant|poppers|aerosol|bombe \\w+|produits? (?:de|pour) \\w+"
        "|gaz de (?:la |le )?(?:chaudiere|cuisiniere|voiture|echappement|ville)|chlore gazeux"
        "|gaz toxique|butane|propane|cartouche de gaz|bombe de deodorant|colle forte"
        "|sprays? (?:desinfectants?|nettoyants?|menagers?|insecticides?|anti \\w+|de (?:javel"
        "|produit|desinfectant|nettoyant|peinture|laque|colle))|desinfectants?|nettoyants?|laque"
        "|peinture en bombe|bombe de peinture"
        "|javel|chlore|ammoniaque|ammoniac|deboucheur|decapant|solvants?|white spirit"
        "|acetone|essence|colle|ether|insecticide|peinture|produits? (?:menagers?"
        "|chimiques?|toxiques?)"
    ),
    # food and other harmless things that come in boxes and bottles
    "food": (
        "chocolats?|bonbons?|biscuits?|gateaux?|cereales|beure|chips|glaces?|pizzas?|fromage"
        "|oeufs|sardines|thon|conserves?|raviolis|haribo|nutella|confiture|madeleines|crackers"
        "|chewing gums?|mouchoirs|lait|jus|sodas?|coca|eau|cafe|the|tic tac|smarties|dragees"
        "|pates|riz|compotes?|yaourts?|petits pots|carambars?|caramels?|croquettes|pain"
        "|cookies|fraises|cerises|pastilles pour la gorge|bieres?|vins?|sirop de "
        "(?:grenadine|menthe|fraise|citron|erable)|fruits?|legumes|soupe|gouter"
    ),
    # the "now" form of an episode: "il fait un AVC", not "il a fait un AVC"
    "now": (
        "(?<!a )(?<!ai )(?<!as )(?<!avait )(?<!avais )(?<!ayant )(?<!deja )"
        "(?:fait|fais|refait|refais)|est en train de faire|suis en train de faire|"
        "vient de faire|viens de faire|vien de faire|commence a faire|va faire|"
        "est entrain de faire|suis entrain de faire"
    ),
    # intensity: "ça fait *super* mal", "*tellement* de sang"
    "intens": (
        "tres|super|hyper|trop|vraiment|tellement|si|grave|horriblement|atrocement"
        "|terriblement|enormement|affreusement|vachement|carrement|de plus en plus|tres tres"
        "|violemment|fort|extremement|incroyablement|salement|mega|ultra|trop trop|un mal de chien"
    ),
    # body parts, for symptoms felt in them
    "body": (
        "tete|crane|front|nuque|cou|gorge|poitrine|thorax|torse|sternum|coeur|cote|cotes|dos"
        "|ventre|estomac|abdomen|bas ventre|bassin|hanche|bras|jambe|jambes|main|mains|pied"
        "|pieds|doigts?|visage|machoire|oeil|yeux|oreille|oreilles|epaule|genou|genoux|cuisse"
        "|poignet|cheville|mollet|reins|rein|flanc|testicules?|sexe|bouche|langue|levres?"
    ),
    # adverbs between a verb of wish and its preposition: "je pense *souvent* à…"
    "adv": (
        "juste|seulement|simplement|souvent|parfois|vraiment|serieusement|beaucoup|encore"
        "|tellement|tout le temps|de plus en plus|sans cesse|toujours|plus que|que|meme|deja"
        "|bien|fort|tres fort|sincerement|reellement|constamment|souvent meme|un peu"
        "|chaque (?:nuit|soir|jour|matin)|tous les (?:soirs|jours|matins)|toutes les nuits"
        "|tres souvent|trop souvent|si souvent|tellement souvent|de plus en plus souvent"
        "|la nuit|le soir|en ce moment|de nouveau|a nouveau|presque|parfois meme|secretement"
    ),
    "gap1": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ )?",
    "gap2": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,2}}",
    "gap3": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,3}}",
    "gap4": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,4}}",
    "gap6": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,6}}",
    "gap8": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,8}}",
    # like the gaps, but may also cross a comma ("je suis au bord du quai, j'attends")
    "near4": rf"(?:(?:(?!(?:{_NEGATORS}) )[a-z0-9]+|,) ){{0,4}}",
    "near6": rf"(?:(?:(?!(?:{_NEGATORS}) )[a-z0-9]+|,) ){{0,6}}",
    "near8": rf"(?:(?:(?!(?:{_NEGATORS}) )[a-z0-9]+|,) ){{0,8}}",
    "near12": rf"(?:(?:(?!(?:{_NEGATORS}) )[a-z0-9]+|,) ){{0,12}}",
}

_PLACEHOLDER = re.compile(r"<([a-z0-9]+)>")


def expand(source: str) -> str:
    """Replace the ``<name>`` placeholders, recursively, by their fragments."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in FRAGMENTS:
            raise KeyError(f"unknown pattern fragment <{name}> in {source!r}")
        return "(?:" + _factor(expand(FRAGMENTS[name])) + ")"

    return _PLACEHOLDER.sub(substitute, source)


_LITERAL = re.compile(r"[a-z0-9 ]+(?:s\?)?")
_DOUBLE = re.compile(r"([a-z])\1+")


def _factor(alternation: str) -> str:
    """Rewrite a long list of plain words as a prefix tree: same words, faster to match.

    ``doliprane|dafalgan|…`` becomes ``d(?:oliprane|afalgan)|…``, so that a position in
    the text is tried against a few first letters instead of every word in turn. Only
    plain alternatives (letters, digits, spaces, an optional final ``s``) are factored;
    the others are kept as they are, after them. Doubled letters are collapsed first,
    as :func:`compile_pattern` would.
    """
    items = _split_top_level(alternation)
    if len(items) < 8:
        return alternation
    words: list[str] = []
    others: list[str] = []
    for item in items:
        if _LITERAL.fullmatch(item):
            if item.endswith("s?"):
                words += [item[:-2], item[:-1]]
            else:
                words.append(item)
        else:
            others.append(item)
    if len(words) < 8:
        return alternation
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in _DOUBLE.sub(r"\1", word):
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return "|".join([_trie_source(trie), *others])


_Trie = dict[str, "_Trie"]


def _trie_source(node: _Trie) -> str:
    terminal = "" in node
    branches = [re.escape(char) + _trie_source(node[char]) for char in sorted(node) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if terminal:  # longest first, as "cachets?" would
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


def _split_top_level(alternation: str) -> list[str]:
    items, depth, current = [], 0, []
    escaped = False
    for char in alternation:
        if escaped:
            current.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            items.append("".join(current))
            current = []
            continue
        current.append(char)
    items.append("".join(current))
    return items


def compile_pattern(source: str, *, whole_words: bool = True) -> re.Pattern[str]:
    """Compile a hand-written pattern against the normalised text.

    ``whole_words`` anchors both ends on token boundaries, so ``mal`` never matches
    inside ``normal``.
    """
    if "'" in source:
        raise ValueError(f"write elisions expanded (je ai, le air), not with ': {source!r}")
    body = skeleton_pattern(expand(source))
    if whole_words:
        body = rf"{_WORD_START}(?:{body}){_WORD_END}"
    return re.compile(body)


_WORD_START = "(?<![a-z0-9])"
_WORD_END = "(?![a-z0-9])"


def union(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """One pattern that matches where any of ``patterns`` (from :func:`compile_pattern`) does.

    A single search with it is several times faster than one search per pattern, and it
    finds something exactly when one of them would: the detector uses it to skip signals.
    """
    bodies = []
    for pattern in patterns:
        source = pattern.pattern
        if not (source.startswith(_WORD_START) and source.endswith(_WORD_END)):
            raise ValueError(f"not a whole-word pattern: {source[:40]!r}")
        bodies.append(source[len(_WORD_START) : -len(_WORD_END)])
    return re.compile(_WORD_START + "(?:" + "|".join(bodies) + ")" + _WORD_END)
