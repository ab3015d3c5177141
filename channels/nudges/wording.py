"""Versioned French consent texts, shown before the member answers "OUI".

A published text is never edited: a change is a new version id (and a new entry in
``CONSENT_WORDING``), then ``CURRENT_VERSION`` points at it. The ledger stores the exact text the
member accepted next to its version id, so old consents stay provable after a change.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict

from assistant.envelope import Envelope
from channels.nudges.enums import NudgeTopic
from channels.nudges.exceptions import UnknownWordingError

ACCEPT_PROMPT = "Répondez OUI pour accepter."

_COMMON = (
    "Nous choisissons les rappels d'après votre âge (et votre sexe si vous nous l'avez indiqué) : "
    "nous ne connaissons pas vos examens ni vos résultats, et ces messages ne remplacent pas "
    "l'avis de votre médecin. Les rappels restent rares et ne sont jamais envoyés entre 20 h et "
    "9 h. Votre accord est conservé comme preuve. Vous pouvez arrêter à tout moment en "
    f"répondant STOP. {ACCEPT_PROMPT}"
)


class ConsentWording(BaseModel):
    """One published consent text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    version: str
    topic: NudgeTopic
    text: str

    def envelope(self) -> Envelope:
        """The ``kind: "consent"`` payload that shows this text (the action sends it)."""
        return Envelope(
            kind="consent",
            data={"topic": self.topic.value, "wording_version": self.version, "text": self.text},
        )


def _wording(version: str, topic: NudgeTopic, what: str) -> ConsentWording:
    text = f"Mutuelle Horizon Santé peut vous envoyer, sur ce canal, {what}. {_COMMON}"
    return ConsentWording(version=version, topic=topic, text=text)


CONSENT_WORDING: Mapping[str, ConsentWording] = MappingProxyType(
    {
        w.version: w
        for w in (
            _wording(
                "prevention-tous-v1",
                NudgeTopic.ALL,
                "des rappels de prévention : dépistages des cancers, vaccins, examen dentaire "
                "M'T dents et Mon bilan prévention",
            ),
            _wording(
                "prevention-depistages-v1",
                NudgeTopic.SCREENINGS,
                "des rappels pour les dépistages organisés des cancers (sein, côlon, col de "
                "l'utérus)",
            ),
            _wording(
                "prevention-vaccins-v1",
                NudgeTopic.VACCINES,
                "des rappels pour vos vaccins (grippe, rappels diphtérie-tétanos-polio, zona, "
                "pneumocoque, papillomavirus)",
            ),
            _wording(
                "prevention-dentaire-v1",
                NudgeTopic.DENTAL_CHECK,
                "des rappels pour l'examen dentaire gratuit M'T dents",
            ),
            _wording(
                "prevention-bilan-v1",
                NudgeTopic.BILAN_PREVENTION,
                "des rappels pour Mon bilan prévention, le rendez-vous gratuit à des âges clés",
            ),
        )
    }
)

#: the version to show today, per topic
CURRENT_VERSION: Mapping[NudgeTopic, str] = MappingProxyType(
    {
        NudgeTopic.ALL: "prevention-tous-v1",
        NudgeTopic.SCREENINGS: "prevention-depistages-v1",
        NudgeTopic.VACCINES: "prevention-vaccins-v1",
        NudgeTopic.DENTAL_CHECK: "prevention-dentaire-v1",
        NudgeTopic.BILAN_PREVENTION: "prevention-bilan-v1",
    }
)


def current_wording(topic: NudgeTopic = NudgeTopic.ALL) -> ConsentWording:
    """The text to show before asking for consent to ``topic``."""
    return CONSENT_WORDING[CURRENT_VERSION[topic]]


def wording(version: str) -> ConsentWording:
    """The published text with this version id."""
    try:
        return CONSENT_WORDING[version]
    except KeyError:
        raise UnknownWordingError(f"version de consentement inconnue : {version!r}") from None
