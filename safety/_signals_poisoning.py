"""Signs of a poisoning or an overdose: swallowed products, medicines in excess."""

from __future__ import annotations

from safety._assessment import Category
from safety._signal import Signal, signal

__all__ = ["POISONING_SIGNALS"]

_P = Category.POISONING

_PRODUCT = (
    "(?:de la |de le |du |des |un |une |la |le |les |de |toute la |tout le )?"
    "(?:eau de javel|javel|produit (?:menager|menagers|de menage|vaisselle|nettoyant"
    "|chimique|toxique|pour (?:les|la|le) (?:wc|toilettes|sols|vitres|canalisations|four"
    "|lave vaisselle|plantes))|detergent|deboucheur|destop|soude|lessive|capsules? de"
    " lessive|dosettes? de lessive|pastilles? (?:de|pour) lave vaisselle|essence"
    "|white spirit|petrole|alcool a bruler|antigel|insecticide|pesticide|desherbant"
    "|raticide|mort aux rats|poison|acide|ammoniaque|engrais|colle|dissolvant"
    "|huiles? essentielles?|aimants?|cigarettes?|megots?"
    "|nicotine|cannabis|shit|drogue|ecstasy|cocaine|champignons (?:veneneux|toxiques"
    "|sauvages|ramasses|cueillis|pas bons|bizarres|de la foret)|baies (?:toxiques|sauvages"
    "|rouges))"
    "|(?:une|des|la|les|sa|ma|mes|ses) piles?(?: boutons?| de montre| plates?)?"
)
_INGEST = (
    "(?:avale|avalee|avaler|avales|bu|bue|boire|mange|mangee|manger|ingere|ingerer|croque"
    "|machouille|mache|leche|sniffe|sniffer|respire|inhale|inhaler|mis dans (?:sa|la|ma|la)"
    " bouche)"
)
_DOSE_OBJECT = "(?:medicaments?|cachets?|comprimes?|pilules?|gelules?|sachets?|<drug>)"

POISONING_SIGNALS: tuple[Signal, ...] = (
    signal(
        "ingested_product",
        _P,
        f"{_INGEST} <gap1>{_PRODUCT}",
        "(?:javel|produit|soude|acide|deboucheur|destop) <gap3>dans (?:les|ses|mes|son|mon)"
        " (?:yeux|oeil|bouche)",
        "(?:respire|inhale|inhaler|respirer|avale) <gap1>(?:vapeurs?|fumees?|gaz) (?:de|du|des"
        "|toxiques?|de le|de la)",
    ),
    signal(
        "ingested_medicine",
        _P,
        # someone else swallowed medicines: "mon fils a avalé des médicaments"
        "(?:a|ont|aurait|a peut etre|vient de|viens de|est en train de) (?:de )?"
        f"(?:avale|avaler|mange|manger|croque|croquer|bu|boire|ingere|machouille|leche) "
        f"<gap1>(?:des|de|un|une|plusieurs|plein de|les|mes|ses|tes|nos|vos|leurs|tous|toute"
        f"|toutes|un peu de|de le|de la|du|ma|mon|sa|son|la|le|<num>) <gap2>{_DOSE_OBJECT}",
        # anyone, with a quantity: "j'ai pris toute la boîte", "il a pris 20 doliprane"
        "(?:pris|avale|avalee|bu|ingere|mange) <gap1>(?:toute la|toute une|tout le|tout un"
        "|tous les|toutes les|tous mes|toutes mes|tous ses|toutes ses|tout mon|tout son) "
        "(?:boite|plaquette|tube|flacon|bouteille|stock|reserve|boites|plaquettes|contenu)",
        "(?:avale|avalee|bu|ingere|mange) (?:une|la|un) (?:boite|plaquette|tube|flacon)",
        "(?:pris|avale|avalee) (?:une|la) (?:boite|plaquette) entiere",
        f"(?:avale|avalee|ingere) (?:tous|toutes) (?:mes|ses|les|tes) {_DOSE_OBJECT}",
        f"(?:pris|avale|avalee) (?:tous|toutes) (?:mes|ses|les|tes) {_DOSE_OBJECT} "
        "(?:de un coup|en une fois|ensemble|a la fois|en meme temps)",
        f"(?:pris|avale|avalee|bu|ingere|donne|donnee) (?:beaucoup |bien |un peu )?trop de "
        f"<gap1>{_DOSE_OBJECT}",
        f"(?:pris|avale|avalee|ingere|donne) (?:[6-9]|[1-9][0-9]+|six|sept|huit|neuf|dix"
        f"|onze|douze|quinze|vingt|trente|plusieurs|plein de|une dizaine de|une vingtaine"
        f" de|une quinzaine de) <gap1>{_DOSE_OBJECT}",
        "(?:triple|quadruple) dose|dose de cheval",
    ),
    signal(
        "overdose",
        _P,
        "(?:<now>|est en|a|ai|a fait|ai fait) (?:une )?(?:overdose|surdose)",
        "(?:intoxique|intoxiquee|intoxiques|empoisonne|empoisonnee|empoisonnes)(?! alimentaire)",
    ),
    signal(
        "overdose_topic",
        _P,
        "overdoses?|surdoses?|intoxications?(?! alimentaire)|empoisonnement|monoxyde de carbone",
        topic=True,
    ),
)
