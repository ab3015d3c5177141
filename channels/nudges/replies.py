"""Deterministic reading of short member replies: STOP commands and explicit consent.

These run before (and independently of) the engine's NLU, so a withdrawal is honoured even when
the intent classifier hesitates, and a consent is only ever recorded on an unmistakable yes.

**Explicit yes.** The whole reply must be made of affirmative phrases ("oui", "oui j'accepte",
"OK je veux bien", "d'accord", "ça me va"…) and politeness fillers ("merci", "bon"). Anything else
makes it *ambiguous*, and nothing is recorded: a condition or a hedge ("oui mais…",
"peut-être", "pourquoi pas", "oui si c'est gratuit"), a question ("oui ?", "c'est quoi ?"), a
lone emoji or extra content. The assistant then asks again ("Répondez OUI pour accepter ou NON
pour refuser"). Consent under the GDPR must be unambiguous, so a false "ambiguous" costs one
more question, while a false "yes" would be an unlawful subscription.

**STOP.** A command on its own ("STOP", "stop merci", "arrêtez les rappels", "désabonner"), or a
sentence that asks to stop receiving *messages* ("je ne veux plus de rappels", "ne m'envoyez
plus rien"). A sentence that merely contains "stop"/"arrêter" is not one ("j'ai arrêté de
fumer", "quand arrêter le rappel du tétanos ?"), nor is unsubscribing from the mutuelle itself
("résilier mon contrat et me désabonner"): those go to the engine's NLU as usual.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class ConsentReply(StrEnum):
    """How a reply to the consent question reads."""

    YES = "yes"
    NO = "no"
    STOP = "stop"
    UNCLEAR = "unclear"


def normalize(text: str) -> str:
    """Lower case, no accents, straight apostrophes, no punctuation but ``?``, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’‘`´]", "'", text).replace("?", " ? ")
    text = re.sub(r"[^a-z0-9'?]+", " ", text)
    return " ".join(text.split())


# ---- explicit yes / no -----------------------------------------------------------------------

_YES_PHRASES = (
    "oui",
    "ouais",
    "yes",
    "ok",
    "okay",
    "oki",
    "d'accord",
    "daccord",
    "c'est d'accord",
    "je suis d'accord",
    "j'accepte",
    "jaccepte",
    "j accepte",
    "je veux bien",
    "je confirme",
    "volontiers",
    "avec plaisir",
    "bien sur",
    "tout a fait",
    "absolument",
    "ca marche",
    "ca me va",
    "c'est bon",
    "c'est ok",
    "ok pour moi",
    "oui pour moi",
)
_NO_PHRASES = (
    "non",
    "nan",
    "no",
    "non merci",
    "pas interesse",
    "pas interessee",
    "ca ne m'interesse pas",
    "sans facon",
    "surtout pas",
    "jamais",
    "je refuse",
    "je ne veux pas",
    "je ne prefere pas",
    "je prefere pas",
)
_FILLERS = ("merci", "merci beaucoup", "bon", "alors", "ben", "bah", "eh bien", "ah", "oh")


def _phrase_tokens(phrases: tuple[str, ...]) -> list[tuple[str, ...]]:
    return sorted((tuple(p.split()) for p in phrases), key=len, reverse=True)


_Phrases = list[tuple[tuple[str, ...], bool]]  # (tokens, is a core phrase)


def _with_fillers(core: tuple[str, ...]) -> _Phrases:
    return [(p, True) for p in _phrase_tokens(core)] + [
        (p, False) for p in _phrase_tokens(_FILLERS)
    ]


_YES = _with_fillers(_YES_PHRASES)
_NO = _with_fillers(_NO_PHRASES)


def _made_only_of(text: str, phrases: _Phrases) -> bool:
    """Whether ``text`` is a sequence of ``phrases``, with one core phrase at least."""
    tokens = tuple(normalize(text).split())
    if not tokens or "?" in tokens:
        return False
    position, found_core = 0, False
    while position < len(tokens):
        for phrase, is_core in phrases:
            if tokens[position : position + len(phrase)] == phrase:
                position += len(phrase)
                found_core = found_core or is_core
                break
        else:
            return False
    return found_core


def is_explicit_yes(text: str) -> bool:
    """Whether ``text`` is an unconditional yes and nothing else (see the module docstring)."""
    return _made_only_of(text, _YES)


def _is_plain_no(text: str) -> bool:
    return _made_only_of(text, _NO)


# ---- STOP ------------------------------------------------------------------------------------

_NOUN = r"(?:rappels?|messages?|sms|notifs?|notifications?|alertes?|relances?|e ?mails?|mails?)"
_QUESTION = re.compile(
    r"^(?:quand|pourquoi|combien|faut il|dois je|doit on|est ce qu|a quel|jusqu'a|jusqu a)\b"
)
_MEMBERSHIP = re.compile(r"\b(?:mutuelle|contrat|adhesion|resili\w*|complementaire)\b")
_STOP_WORDS = frozenset({"stop", "stopp", "arret", "arrete", "arreter", "arretez"})
_LEADING = frozenset({"non", "ok", "bon", "alors", "svp", "stp", "merci"})
_STOP_TAIL = frozenset(
    {
        "sms", "rappel", "rappels", "notification", "notifications", "notif", "notifs",
        "message", "messages", "alerte", "alertes", "relances", "mails", "tout", "les", "aux",
        "des", "de", "d'", "vos", "mes", "prevention", "vaccin", "vaccins", "depistage",
        "depistages", "merci", "svp", "stp", "s'il", "vous", "plait", "please",
    }
)  # fmt: skip
_UNSUBSCRIBE = re.compile(r"\b(?:desabonn\w*|desinscri\w*|unsubscribe|opt out)\b")
_VERB_THEN_NOUN = re.compile(
    r"\b(?:stop\w*|arret\w*|cesse[rz]?|desactiv\w*|supprim\w*|annul\w*|fin|refuse)"
    rf"(?:\s+\S+){{0,3}}?\s+{_NOUN}\b"
)
_REFUSAL_THEN_NOUN = re.compile(
    r"\b(?:je (?:ne )?veux plus|je (?:ne )?souhaite plus|je souhaite ne plus|je n'ai plus besoin"
    r"|je (?:ne )?veux pas|merci de ne plus|ne plus (?:me |m')?(?:envoyer|recevoir)"
    r"|laissez moi tranquille|ca suffit|assez de|marre de)"
    rf"(?:\s+\S+){{0,4}}?\s+{_NOUN}\b"
)
_NOUNLESS = re.compile(
    r"\bne (?:m'|me )?(?:envoye[rz]|ecrive[rz]|contacte[rz]) plus\b"
    r"|\barret\w* de (?:m'ecrire|me prevenir|m'envoyer)\b"
    r"|\bretire[rz]? moi de (?:la|votre|vos) listes?\b"
    rf"|^(?:plus|pas) de {_NOUN}\b"
)


def _is_bare_command(tokens: list[str]) -> bool:
    while tokens and tokens[0] in _LEADING:
        tokens = tokens[1:]
    return bool(tokens) and tokens[0] in _STOP_WORDS and all(t in _STOP_TAIL for t in tokens[1:])


def is_stop_command(text: str) -> bool:
    """Whether ``text`` asks to stop the reminders (see the module docstring)."""
    norm = normalize(text)
    if _is_bare_command([t for t in norm.split() if t != "?"]):
        return True
    if _QUESTION.search(norm):
        return False
    if _UNSUBSCRIBE.search(norm):
        return not _MEMBERSHIP.search(norm)
    return bool(
        _VERB_THEN_NOUN.search(norm) or _REFUSAL_THEN_NOUN.search(norm) or _NOUNLESS.search(norm)
    )


def classify_consent_reply(text: str) -> ConsentReply:
    """Read a reply to the consent question: STOP first, then an explicit yes, then a plain no."""
    if is_stop_command(text):
        return ConsentReply.STOP
    if is_explicit_yes(text):
        return ConsentReply.YES
    if _is_plain_no(text):
        return ConsentReply.NO
    return ConsentReply.UNCLEAR
