"""Text normalisation shared by the messages and the patterns.

Every message is reduced to a *skeleton* before any pattern is tried, so that one pattern
covers the many ways people type the same thing on a phone:

1. lower case; ``œ`` → ``oe``; accents stripped (``é`` → ``e``); typographic apostrophes
   unified;
2. sentence punctuation (``. ! ; : …``) becomes the token ``.``, a question mark the token
   ``?``, commas and brackets the token ``,``: patterns never match across them, and the
   guards use them to find the clause around a match;
3. runs of three or more identical letters are squeezed (``aaaide`` → ``aide``);
4. elisions are expanded (``j'ai`` → ``je ai``, ``l'air`` → ``le air``, ``qu'il`` → ``que il``);
5. common SMS spellings are expanded (``jveux`` → ``je veux``, ``chui`` → ``je suis``,
   ``g`` → ``je ai``, ``tt`` → ``tout``, ``bcp`` → ``beaucoup``…);
6. doubled letters are collapsed (``mourrir`` → ``mourir``, ``personne`` → ``persone``);
   "n'arrête pas de" becomes "continue de" (``il n'arrête pas de vomir`` is no negation);
7. a token one typing error away from a key word of seven letters or more is read as that
   word (``sucider`` → ``suicider``, ``poitirne`` → ``poitrine``, ``disparaite`` →
   ``disparaitre``).

Patterns go through steps 1 and 6 when they are compiled (see :func:`skeleton_pattern`), so
they can be written in plain French spelling, but with elisions already expanded.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["fold", "normalize", "skeleton_pattern"]

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼ′"})
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})

_QUESTION = re.compile(r"\?+")
_HARD_BREAK = re.compile(r"[.!;:…\n\r]+")
_SOFT_BREAK = re.compile(r"[,()\[\]{}«»\"/]+")
_NOT_KEPT = re.compile(r"[^a-z0-9'?., ]+")
_DIGIT_LETTER = re.compile(r"(?<=[0-9])(?=[a-z])|(?<=[a-z])(?=[0-9])")
_LONG_RUN = re.compile(r"([a-z])\1{2,}")
_DOUBLE = re.compile(r"([a-z])\1+")
# In a regex source, a letter right after a backslash is an escape (\b, \s…): keep it.
_DOUBLE_IN_PATTERN = re.compile(r"(?<!\\)([a-z])\1+")

# Elided words: the part before the apostrophe, and what it stands for.
_ELISIONS = {
    "j": "je",
    "m": "me",
    "t": "te",
    "l": "le",
    "d": "de",
    "n": "ne",
    "s": "se",
    "c": "ce",
    "qu": "que",
    "jusqu": "jusque",
    "lorsqu": "lorsque",
    "puisqu": "puisque",
}

# SMS and informal spellings, looked up token by token (after elisions, before the collapse
# of doubled letters, so keys such as "tt" survive).
_SMS = {
    "jsp": "je sais pas",
    "jpp": "je en peux plus",
    "jpeu": "je peux",
    "jveu": "je veux",
    "jvx": "je veux",
    "jvai": "je vais",
    "chui": "je suis",
    "chuis": "je suis",
    "jsui": "je suis",
    "jai": "je ai",
    "jarrive": "je arrive",
    "jarive": "je arrive",
    "jen": "je en",
    "jy": "je y",
    "javais": "je avais",
    "javai": "je avais",
    "jetais": "je etais",
    "jaimerais": "je aimerais",
    "jaurais": "je aurais",
    "jessaie": "je essaie",
    "jattends": "je attends",
    "jappelle": "je appelle",
    "jarrete": "je arrete",
    "g": "je ai",
    "c": "ce est",
    "ct": "ce etait",
    "k": "que",
    "ke": "que",
    "ki": "qui",
    "koi": "quoi",
    "kwa": "quoi",
    "pk": "pourquoi",
    "pq": "pourquoi",
    "pkoi": "pourquoi",
    "pourkoi": "pourquoi",
    "qd": "quand",
    "kan": "quand",
    "kand": "quand",
    "tjr": "toujours",
    "tjrs": "toujours",
    "tjs": "toujours",
    "bcp": "beaucoup",
    "bcps": "beaucoup",
    "tt": "tout",
    "tte": "toute",
    "ttes": "toutes",
    "ts": "tous",
    "ds": "dans",
    "ms": "mais",
    "vs": "vous",
    "pr": "pour",
    "pa": "pas",
    "plu": "plus",
    "envi": "envie",
    "vx": "veux",
    "tro": "trop",
    "ya": "il y a",
    "qqn": "quelqu un",
    "qqun": "quelqu un",
    "qn": "quelqu un",
    "kelkun": "quelqu un",
    "dla": "de la",
    "medoc": "medicament",
    "medocs": "medicaments",
    "mdicament": "medicament",
    "slt": "salut",
    "auj": "aujourd hui",
    "aujourdhui": "aujourd hui",
    "ajd": "aujourd hui",
    "mtn": "maintenant",
    "mnt": "maintenant",
    "mintenant": "maintenant",
    "tfacon": "de toute facon",
    "dsl": "desole",
    "svp": "s il vous plait",
    "stp": "s il te plait",
    "quelquun": "quelqu un",
    "cb": "combien",
    "cmb": "combien",
    "kel": "quel",
    "kelle": "quelle",
    "kels": "quels",
    "kelles": "quelles",
    "koman": "comment",
    "komen": "comment",
    "lair": "le air",
    "pcq": "parce que",
    "pck": "parce que",
    "veu": "veux",
    "vivr": "vivre",
    "inconsiant": "inconscient",
    "inconsciant": "inconscient",
    "inconsient": "inconscient",
    "inconcient": "inconscient",
    "inconsiante": "inconsciente",
    "vivres": "vivre",
    "mourri": "mourir",
    "ptit": "petit",
    "pti": "petit",
    "ptite": "petite",
    "ptits": "petits",
    "jss": "je suis",
    "chu": "je suis",
    "fo": "faut",
    "dc": "donc",
    "jamai": "jamais",
    "jvoudrai": "je voudrais",
    "jvoudrais": "je voudrais",
    "kil": "que il",
    "bb": "bebe",
    "tkt": "te inquiete",
    "tqt": "te inquiete",
    "antibio": "antibiotique",
    "antibios": "antibiotiques",
    "tlm": "tout le monde",
    "qqch": "quelque chose",
    "qqc": "quelque chose",
    "ptet": "peut etre",
    "ptetre": "peut etre",
    "jame": "jamais",
    "men": "me en",
    "cmt": "comment",
    "cmnt": "comment",
    "vrmt": "vraiment",
    "vrm": "vraiment",
    "ns": "nous",
    "chais": "je sais",
    "chai": "je sais",
    "chsuis": "je suis",
    "jsuis": "je suis",
    "dolipranes": "doliprane",
    "ecsta": "ecstasy",
    "ecstas": "ecstasy",
    "exta": "ecstasy",
    "extas": "ecstasy",
    "extasy": "ecstasy",
    "proto": "protoxyde",
    "protos": "protoxyde",
    "pluss": "plus",
    "oci": "aussi",
    "aussie": "aussi",
    "kom": "comme",
    "bjr": "bonjour",
    "mtnt": "maintenant",
    # elisions typed without the apostrophe: "j ai", "l air", "qu il"
    "j": "je",
    "l": "le",
    "m": "me",
    "t": "te",
    "d": "de",
    "n": "ne",
    "s": "se",
    "qu": "que",
}
_AVOIR = frozenset(
    {"ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "aurais", "aurait", "avoir"}
)
_PU_BEFORE = frozenset({"envie", "jamais", "rien", "personne", "vivre", "de", "le", "la"})
# Verb spellings that only make sense after their subject: "je v mourir", "il fé un AVC".
_AFTER_JE = {
    "v": "vais",
    "ve": "veux",
    "veu": "veux",
    "peu": "peux",
    "pe": "peux",
    "sui": "suis",
    "fe": "fais",
    "fai": "fais",
    "prend": "prends",
    "pren": "prends",
    "voi": "vois",
    "croi": "crois",
    "doi": "dois",
    "sai": "sais",
}
# Past participles typed without their last letter, only after a form of "avoir".
_AFTER_AVOIR = {"pri": "pris", "mi": "mis", "fai": "fait", "di": "dit"}
_THIRD_PERSON = frozenset({"il", "elle", "on", "ce", "ca"})
_AFTER_THIRD_PERSON = {"e": "est", "fe": "fait", "fai": "fait", "peu": "peut", "veu": "veut"}
_VERBS_AFTER_C = frozenset({"est", "etait", "etais", "sera", "serait", "e"})
# "une TS" is a suicide attempt, not "tous"
_TS_KEPT_AFTER = frozenset({"une", "des", "sa", "ma", "ta", "premiere", "derniere", "autre"})

# Tokens where "j" glued to a consonant is "je" ("jveux", "jme", "jsuis"), as no French
# word starts with j + consonant.
_J_CONSONANT = re.compile(r"^j([bcdfghjklmnpqrstvwxz][a-z]+)$")

# Key words of the patterns, with their inflections (a token equal to one of them is left
# alone; a token one typing error away from one of them is read as that word).
_KEY_WORDS = tuple(
    sorted(
        _DOUBLE.sub(r"\1", word)
        for word in {
            *("suicide", "suicides", "suicider", "suicidaire", "suicidaires"),
            *("respire", "respires", "respirent", "respirer", "respirait", "respirant"),
            *("poitrine", "thoracique", "thoraciques"),
            *("inconscient", "inconsciente", "inconscients"),
            *("convulse", "convulsent", "convulser", "convulsion", "convulsions"),
            *("hemoragie", "hemoragies", "evanoui", "evanouie", "evanouir"),
            *("overdose", "overdoses", "paralyse", "paralysee", "paralysie"),
            *("engourdi", "engourdie", "regreterait", "regretera"),
            *("medicament", "medicaments", "doliprane", "paracetamol", "ibuprofene"),
            *("disparaitre", "disparaissais", "disparaissait", "disparaisse", "disparu"),
            *("ecroule", "ecroulee", "ecrouler", "ecroulait"),
            *("effondre", "effondree", "effondrer", "effondrait"),
            *("connaissance", "conscience", "inconscience"),
            *("reveiller", "reveille", "reveillee", "reveillera", "reveillerai"),
            *("plaquette", "plaquettes", "somnifere", "somniferes", "lexomil"),
            *("antidepresseur", "antidepresseurs", "anxiolytique", "anxiolytiques"),
            *("vaisselle", "javellisee", "assouplissant", "adoucissant", "desinfectant"),
            *("respiration", "respirations", "etouffe", "etouffer", "etouffait"),
            *("hemorragie", "saignement", "saignements", "convulsions"),
        }
    )
)
_KEY_SET = frozenset(_KEY_WORDS)
_FUZZY_MIN_TOKEN = 6
_FUZZY_MIN_KEY = 7
# the keys a misspelt token may stand for, by first letter
_KEYS_BY_INITIAL: dict[str, tuple[str, ...]] = {}
for _key in _KEY_WORDS:
    if len(_key) >= _FUZZY_MIN_KEY:
        _KEYS_BY_INITIAL[_key[0]] = (*_KEYS_BY_INITIAL.get(_key[0], ()), _key)


# "il n'arrête pas de vomir" means "il continue de vomir": no negation in it
_KEEPS_ON = re.compile(r"(?:\bne )?(?:\bse )?\baret(e|ent) (?:pas|plus|jamais) (?:de|d)\b")


def fold(text: str) -> str:
    """Lower-case, expand ligatures and strip accents, keeping everything else."""
    text = text.casefold().translate(_LIGATURES).translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def skeleton_pattern(source: str) -> str:
    """Bring a hand-written pattern to the skeleton form of :func:`normalize`."""
    return _DOUBLE_IN_PATTERN.sub(r"\1", fold(source))


def normalize(text: str) -> str:
    """Return the skeleton of ``text``: single-spaced tokens, as described above."""
    text = fold(text)
    text = _QUESTION.sub(" ? ", text)
    text = _HARD_BREAK.sub(" . ", text)
    text = _SOFT_BREAK.sub(" , ", text)
    text = text.replace("-", " ")
    text = _NOT_KEPT.sub(" ", text)
    text = _DIGIT_LETTER.sub(" ", text)
    text = _LONG_RUN.sub(r"\1", text)
    tokens = _expand(text.split())
    tokens = [_DOUBLE.sub(r"\1", t) for t in tokens]
    skeleton = " ".join(_correct(t) for t in tokens if t)
    return _KEEPS_ON.sub(r"continu\1 de", skeleton) if "aret" in skeleton else skeleton


def _expand(raw: Iterable[str]) -> list[str]:
    pieces = [piece for token in raw for piece in _split_elision(token)]
    out: list[str] = []
    for index, piece in enumerate(pieces):
        following = pieces[index + 1] if index + 1 < len(pieces) else ""
        if piece == "c" and following in _VERBS_AFTER_C:
            out.append("ce")  # "c est" typed without the apostrophe
            continue
        out.extend(_sms(piece, previous=out[-1] if out else "", following=following))
    return out


def _split_elision(token: str) -> list[str]:
    if "'" not in token:
        return [token]
    head, _, tail = token.partition("'")
    tail = tail.replace("'", "")
    if head in _ELISIONS:
        return [_ELISIONS[head], *([tail] if tail else [])]
    return [head + tail]


def _sms(token: str, previous: str, following: str) -> list[str]:
    if token == "g" and previous.isdigit():  # "5 g" is grams, not "j'ai"
        return [token]
    if token == "ts" and previous in _TS_KEPT_AFTER:
        return [token]
    if token == "pu":  # "je veux pu vivre", "g pu envie", but "j'ai pu venir"
        keep = previous in _AVOIR and following not in _PU_BEFORE
        return [token if keep else "plus"]
    if token in _AFTER_AVOIR and previous in _AVOIR:  # "g pri", "il a di"
        return [_AFTER_AVOIR[token]]
    if token == "pri" and previous == "je":  # "jé pri": "j'ai pris"
        return ["pris"]
    if previous == "je" and token in _AFTER_JE:
        return [_AFTER_JE[token]]
    if previous in _THIRD_PERSON and token in _AFTER_THIRD_PERSON:
        return [_AFTER_THIRD_PERSON[token]]
    if token in _SMS:
        return _SMS[token].split()
    match = _J_CONSONANT.match(token)
    if match:  # "jveu" -> "je veux", "jvoi" -> "je vois"
        rest = match.group(1)
        return ["je", *(_AFTER_JE.get(rest) or _SMS.get(rest, rest)).split()]
    return [token]


@lru_cache(maxsize=8192)
def _correct(token: str) -> str:
    if len(token) < _FUZZY_MIN_TOKEN or token in _KEY_SET or not token.isalpha():
        return token
    for key in _KEYS_BY_INITIAL.get(token[0], ()):
        if _one_edit(token, key):
            return key
    return token


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion, deletion or swap."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]
