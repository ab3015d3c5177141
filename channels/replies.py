"""What the gateway itself says to members (French), with its envelopes."""

from __future__ import annotations

import safety
from assistant import Envelope
from assistant.contact import ADVISER_CONTACT
from channels.models import BotReply

ENGINE_APOLOGY = (
    "Désolé, je rencontre un problème technique et je ne peux pas vous répondre pour le moment. "
    "Merci de réessayer dans quelques minutes. " + ADVISER_CONTACT + " "
    "En cas d'urgence médicale, appelez le 15 ou le 112."
)

RATE_LIMITED = (
    "Vous m'envoyez beaucoup de messages à la suite : je les lis dans l'ordre, merci de "
    "patienter une minute avant d'écrire à nouveau. En cas d'urgence médicale, appelez le 15 "
    "ou le 112."
)

UNSUPPORTED_CONTENT = (
    "Je ne sais lire que les messages écrits. Pouvez-vous m'écrire votre question en quelques "
    "mots ?"
)

CHOOSE_AN_OPTION = "Choisissez une option :"
LIST_BUTTON_LABEL = "Voir les choix"
NUMBERED_CHOICE_HINT = "Répondez avec le numéro de votre choix."


def too_long(max_chars: int) -> str:
    limit = f"{max_chars:,}".replace(",", "\u00a0")
    return (
        f"Votre message est trop long pour moi (plus de {limit} caractères). Pouvez-vous le "
        "résumer en quelques phrases ? Pour une demande détaillée, "
        + ADVISER_CONTACT[0].lower()
        + ADVISER_CONTACT[1:]
    )


def _with_fallback(text: str, reason: str) -> list[BotReply]:
    envelope = Envelope(kind="fallback", data={"reason": reason, "adviser_offered": True})
    return [BotReply.of_text(text), BotReply.of_envelope(envelope)]


def engine_apology() -> list[BotReply]:
    """The replies sent when the engine cannot answer."""
    return _with_fallback(ENGINE_APOLOGY, "engine_unavailable")


def rate_limited() -> list[BotReply]:
    return _with_fallback(RATE_LIMITED, "rate_limited")


def message_too_long(max_chars: int) -> list[BotReply]:
    return _with_fallback(too_long(max_chars), "message_too_long")


def unsupported_content() -> list[BotReply]:
    return _with_fallback(UNSUPPORTED_CONTENT, "unsupported_content")


def safety_while_held(text: str) -> list[BotReply]:
    """While an adviser holds the conversation the bot is silent, except for a crisis: the
    emergency numbers go out at once (the adviser sees the message in the transcript)."""
    assessment = safety.assess(text)
    if not assessment.is_crisis:
        return []
    reply = safety.reply_for(assessment)
    return [BotReply.of_text(reply.text), BotReply(custom=reply.to_payload())]
