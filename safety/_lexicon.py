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

__all__ = ["compile_pattern", "expand"]

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
        "|vitamine d|vitamine c|probiotiques?|homeopathie|arnica|granules"
    ),
    "med": (
        "medicaments?|cachets?|comprimes?|pilules?|gelules?|sachets?|plaquettes?|"
        "boites? de medicaments|traitements?|<drug>"
    ),
    # the "now" form of an episode: "il fait un AVC", not "il a fait un AVC"
    "now": (
        "(?<!a )(?<!ai )(?<!as )(?<!avait )(?<!avais )(?<!ayant )(?<!deja )"
        "(?:fait|fais|refait|refais)|est en train de faire|suis en train de faire|"
        "vient de faire|viens de faire|vien de faire|commence a faire|va faire|"
        "est entrain de faire|suis entrain de faire"
    ),
    "gap1": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ )?",
    "gap2": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,2}}",
    "gap3": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,3}}",
    "gap4": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,4}}",
    "gap6": rf"(?:(?!(?:{_NEGATORS}) )[a-z0-9]+ ){{0,6}}",
}

_PLACEHOLDER = re.compile(r"<([a-z0-9]+)>")


def expand(source: str) -> str:
    """Replace the ``<name>`` placeholders, recursively, by their fragments."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in FRAGMENTS:
            raise KeyError(f"unknown pattern fragment <{name}> in {source!r}")
        return "(?:" + expand(FRAGMENTS[name]) + ")"

    return _PLACEHOLDER.sub(substitute, source)


def compile_pattern(source: str, *, whole_words: bool = True) -> re.Pattern[str]:
    """Compile a hand-written pattern against the normalised text.

    ``whole_words`` anchors both ends on token boundaries, so ``mal`` never matches
    inside ``normal``.
    """
    if "'" in source:
        raise ValueError(f"write elisions expanded (je ai, le air), not with ': {source!r}")
    body = skeleton_pattern(expand(source))
    if whole_words:
        body = rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])"
    return re.compile(body)
