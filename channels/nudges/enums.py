"""Shared vocabulary: channels, consent topics, member sex, and the outcomes of a decision."""

from __future__ import annotations

from enum import StrEnum


class Channel(StrEnum):
    """Where a member can receive nudges (and where a consent or a STOP was given)."""

    WEB = "web"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"


class NudgeTopic(StrEnum):
    """What a consent covers. ``ALL`` covers every topic, now and later."""

    SCREENINGS = "screenings"  # dépistages organisés des cancers
    VACCINES = "vaccines"  # rappels de vaccination
    DENTAL_CHECK = "dental_check"  # examen M'T dents
    BILAN_PREVENTION = "bilan_prevention"  # Mon bilan prévention
    ALL = "all"

    @classmethod
    def specific(cls) -> tuple[NudgeTopic, ...]:
        """Every topic except ``ALL``."""
        return tuple(topic for topic in cls if topic is not cls.ALL)


class Sex(StrEnum):
    """Sex as the member states it for the screening programmes (optional profile data)."""

    FEMALE = "female"
    MALE = "male"


class ConsentAction(StrEnum):
    OPT_IN = "opt_in"
    OPT_OUT = "opt_out"


class ConsentMethod(StrEnum):
    """How a consent or a withdrawal was given."""

    EXPLICIT_YES = "explicit_yes_in_conversation"
    STOP_COMMAND = "stop_command"  # "STOP", "désabonner"… typed on a channel
    OPT_OUT_REQUEST = "opt_out_request"  # the opt-out intent or a button in a conversation
    ADVISER = "adviser_on_member_request"  # recorded by an adviser while talking to the member


class Outcome(StrEnum):
    """What the scheduler did for one member and one catalogue item."""

    SENT = "sent"
    SKIPPED = "skipped"
    DEFERRED = "deferred"  # quiet hours: tried again at the next run
    FAILED = "failed"  # send failure: tried again at the next run
    PENDING = "pending"  # written just before the send; a crash leaves it (counted as sent)
    WOULD_SEND = "would_send"  # dry run only, never stored


class Reason(StrEnum):
    """Why a nudge was not sent."""

    NO_CONSENT = "no_consent"
    NOT_ELIGIBLE = "not_eligible"
    INTERVAL = "interval"
    FREQUENCY_CAP = "frequency_cap"
    QUIET_HOURS = "quiet_hours"
    SEND_FAILURE = "send_failure"


class Route(StrEnum):
    """How a nudge reaches the member."""

    TRIGGER_INTENT = "trigger_intent"  # engine HTTP API, the bot speaks in the conversation
    WHATSAPP_TEMPLATE = "whatsapp_template"  # pre-approved template, outside the 24-hour window
