"""Prevention nudges, opt-in only: consent ledger, sourced catalogue, scheduler.

Rasa actions (consent dialogue)::

    from channels.nudges import (Channel, ConsentLedger, ConsentMethod, ConsentReply,
                                 NudgeTopic, classify_consent_reply, current_wording)

    wording = current_wording(NudgeTopic.ALL)          # show wording.text, keep wording.version
    reply = classify_consent_reply(text)               # YES / NO / STOP / UNCLEAR
    ledger = ConsentLedger.from_url()
    ledger.record_opt_in(member_id=..., channel=Channel.WHATSAPP, recipient_id=wa_id,
                         conversation_id=tracker.sender_id, wording_version=wording.version,
                         reply_text=text, message_id=mid)            # only if reply is YES
    ledger.record_opt_out(channel=..., method=ConsentMethod.STOP_COMMAND,
                          member_id=... or recipient_id=wa_id)       # on STOP / opt-out intent

Gateway: ``record_inbound(channel, recipient, at)`` for every inbound message, and
``is_stop_command(text)`` to honour STOP before anything else.

Cron: ``python -m channels.nudges run [--dry-run] [--now ISO] [--db URL] [--json]``.
"""

from __future__ import annotations

from channels.nudges.catalogue import (
    STOP_SENTENCE,
    Catalogue,
    CatalogueSource,
    NudgeItem,
    load_catalogue,
    parse_catalogue,
)
from channels.nudges.consent import ConsentEvent, ConsentLedger, ConsentTarget, active_targets
from channels.nudges.database import init_nudge_db, make_nudge_engine
from channels.nudges.enums import (
    Channel,
    ConsentAction,
    ConsentMethod,
    NudgeTopic,
    Outcome,
    Reason,
    Route,
    Sex,
)
from channels.nudges.exceptions import (
    CatalogueError,
    ConsentError,
    ConsentNotGivenError,
    NudgeConfigError,
    NudgeError,
    NudgeSendError,
    UnknownWordingError,
)
from channels.nudges.inbound import InboundRegistry, record_inbound
from channels.nudges.journal import NudgeDecision, NudgeJournal
from channels.nudges.profiles import MemberProfiles
from channels.nudges.replies import (
    ConsentReply,
    classify_consent_reply,
    is_explicit_yes,
    is_stop_command,
)
from channels.nudges.scheduler import NudgeScheduler, RunReport
from channels.nudges.senders import (
    ConversationRelay,
    IntentTrigger,
    TemplateSender,
    TriggerIntentClient,
)
from channels.nudges.settings import FrequencyCap, NudgeSettings
from channels.nudges.wording import CONSENT_WORDING, ConsentWording, current_wording

__all__ = [
    "CONSENT_WORDING",
    "STOP_SENTENCE",
    "Catalogue",
    "CatalogueError",
    "CatalogueSource",
    "Channel",
    "ConsentAction",
    "ConsentError",
    "ConsentEvent",
    "ConsentLedger",
    "ConsentMethod",
    "ConsentNotGivenError",
    "ConsentReply",
    "ConsentTarget",
    "ConsentWording",
    "ConversationRelay",
    "FrequencyCap",
    "InboundRegistry",
    "IntentTrigger",
    "MemberProfiles",
    "NudgeConfigError",
    "NudgeDecision",
    "NudgeError",
    "NudgeItem",
    "NudgeJournal",
    "NudgeScheduler",
    "NudgeSendError",
    "NudgeSettings",
    "NudgeTopic",
    "Outcome",
    "Reason",
    "Route",
    "RunReport",
    "Sex",
    "TemplateSender",
    "TriggerIntentClient",
    "UnknownWordingError",
    "active_targets",
    "classify_consent_reply",
    "current_wording",
    "init_nudge_db",
    "is_explicit_yes",
    "is_stop_command",
    "load_catalogue",
    "make_nudge_engine",
    "parse_catalogue",
    "record_inbound",
]
