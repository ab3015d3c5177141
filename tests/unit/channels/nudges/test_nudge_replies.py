"""STOP commands and explicit consent, read deterministically before the engine's NLU."""

from __future__ import annotations

import pytest

from channels.nudges import ConsentReply, classify_consent_reply, is_explicit_yes, is_stop_command

STOP_COMMANDS = [
    "STOP",
    "stop",
    "Stop.",
    "STOP SMS",
    "stop merci",
    "non, stop",
    "désabonner",
    "desabonner",
    "me désabonner",
    "Désinscrivez-moi",
    "je ne veux plus de rappels",
    "Je ne veux plus recevoir de rappels de dépistage",
    "arrêter les rappels",
    "Arrêtez les rappels vaccins",
    "arretez de m'envoyer des sms",
    "arrête de m’écrire",
    "ne m'envoyez plus rien",
    "plus de rappels svp",
    "stoppez les notifications",
    "fin des rappels",
    "ça suffit les messages",
    "laissez-moi tranquille avec vos rappels",
    "non je ne veux pas de rappels",
    "merci de ne plus m'envoyer de rappels",
    "supprimez mon abonnement aux rappels",
    "retirez-moi de la liste",
    "comment arrêter les rappels ?",
    "unsubscribe",
    "opt-out",
]
NOT_STOP = [
    "j'ai arrêté de fumer",
    "Comment arrêter le tabac ?",
    "mon médecin a arrêté mon traitement",
    "quand arrêter le rappel du tétanos ?",
    "le rappel du vaccin DTP c'est quand ?",
    "est-ce que les rappels de vaccin sont remboursés ?",
    "je fais du stop pour aller à la pharmacie",
    "stop, j'ai une question sur mon remboursement",
    "je ne veux plus payer autant",
    "je n'ai plus de messages de mon médecin",
    "je veux résilier ma mutuelle et me désabonner",
    "la CPAM a refusé le remboursement, j'ai reçu un message",
    "oui",
    "",
]


@pytest.mark.parametrize("text", STOP_COMMANDS)
def test_nudge_stop_commands(text: str) -> None:
    assert is_stop_command(text)


@pytest.mark.parametrize("text", NOT_STOP)
def test_nudge_stop_is_not_found_inside_unrelated_sentences(text: str) -> None:
    assert not is_stop_command(text)


@pytest.mark.parametrize(
    "text",
    [
        "oui",
        "Oui !",
        "OUI",
        "oui j'accepte",
        "Oui, j’accepte.",
        "OK je veux bien",
        "d'accord",
        "D’accord",
        "ok pour moi",
        "oui merci",
        "bon ben oui",
        "j'accepte",
    ],
)
def test_nudge_explicit_yes(text: str) -> None:
    assert is_explicit_yes(text)
    assert classify_consent_reply(text) is ConsentReply.YES


@pytest.mark.parametrize(
    "text",
    [
        "peut-être",
        "oui mais…",
        "oui mais je veux choisir les rappels",
        "oui, si c'est gratuit",
        "oui ?",
        "c'est quoi exactement ?",
        "pourquoi pas",
        "👍",
        "oui non",
        "",
    ],
)
def test_nudge_ambiguous_replies_are_not_a_yes(text: str) -> None:
    assert not is_explicit_yes(text)
    assert classify_consent_reply(text) is ConsentReply.UNCLEAR


@pytest.mark.parametrize("text", ["non", "Non merci", "pas intéressé", "je refuse"])
def test_nudge_plain_no(text: str) -> None:
    assert classify_consent_reply(text) is ConsentReply.NO


def test_nudge_stop_wins_over_everything_in_a_consent_reply() -> None:
    assert classify_consent_reply("STOP") is ConsentReply.STOP
    assert classify_consent_reply("non je ne veux pas de rappels") is ConsentReply.STOP
