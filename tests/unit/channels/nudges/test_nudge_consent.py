"""Consent ledger: explicit yes only, proof of consent, STOP everywhere, never forgetting."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from channels.nudges import (
    CONSENT_WORDING,
    Channel,
    ConsentAction,
    ConsentError,
    ConsentLedger,
    ConsentMethod,
    ConsentNotGivenError,
    NudgeTopic,
    UnknownWordingError,
    current_wording,
)
from channels.nudges.orm import ConsentEventRecord
from channels.nudges.wording import ACCEPT_PROMPT
from tests.unit.channels.nudges.conftest import NOW, OptIn

T0 = NOW - dt.timedelta(days=10)


def _count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(ConsentEventRecord)) or 0


def test_nudge_wordings_are_french_versioned_and_end_with_the_yes_prompt() -> None:
    assert {w.topic for w in CONSENT_WORDING.values()} == set(NudgeTopic)
    for version, wording in CONSENT_WORDING.items():
        assert wording.version == version
        assert wording.text.endswith(ACCEPT_PROMPT)
        assert "STOP" in wording.text and "20 h" in wording.text
    envelope = current_wording(NudgeTopic.VACCINES).envelope().as_json_message()
    assert envelope["kind"] == "consent"
    assert envelope["data"]["wording_version"] == "prevention-vaccins-v1"


@pytest.mark.parametrize("reply", ["peut-être", "oui mais…", "oui ?", "non", "STOP", "👍"])
def test_nudge_opt_in_needs_an_explicit_yes(
    ledger: ConsentLedger, engine: Engine, reply: str
) -> None:
    with pytest.raises(ConsentNotGivenError):
        ledger.record_opt_in(
            member_id="HS-1",
            channel=Channel.WHATSAPP,
            recipient_id="33600000001",
            wording_version=current_wording().version,
            reply_text=reply,
            message_id="wamid.1",
        )
    assert _count(engine) == 0
    assert not ledger.has_consent("HS-1", NudgeTopic.SCREENINGS, Channel.WHATSAPP)


def test_nudge_unknown_wording_version_is_refused(ledger: ConsentLedger) -> None:
    with pytest.raises(UnknownWordingError):
        ledger.record_opt_in(
            member_id="HS-1",
            channel=Channel.WEB,
            recipient_id="conv-1",
            wording_version="made-up-v9",
            reply_text="oui",
            message_id=None,
        )


def test_nudge_proof_of_consent_holds_exact_wording_version_time_channel_and_how(
    ledger: ConsentLedger,
) -> None:
    wording = current_wording(NudgeTopic.SCREENINGS)
    ledger.record_opt_in(
        member_id="HS-1",
        channel=Channel.WHATSAPP,
        recipient_id="33600000001",
        conversation_id="whatsapp:33600000001",
        wording_version=wording.version,
        reply_text="Oui, j'accepte",
        message_id="wamid.HBgM",
        at=T0,
    )
    [event] = ledger.proof("HS-1")
    assert event.action is ConsentAction.OPT_IN
    assert event.topic is NudgeTopic.SCREENINGS
    assert (event.wording_version, event.wording_text) == (wording.version, wording.text)
    assert event.occurred_at == T0 and event.occurred_at.tzinfo is not None
    assert event.channel is Channel.WHATSAPP
    assert (event.recipient_id, event.conversation_id) == ("33600000001", "whatsapp:33600000001")
    assert event.method is ConsentMethod.EXPLICIT_YES
    assert (event.message_id, event.member_text) == ("wamid.HBgM", "Oui, j'accepte")
    assert ledger.has_consent("HS-1", NudgeTopic.SCREENINGS, Channel.WHATSAPP)
    assert not ledger.has_consent("HS-1", NudgeTopic.VACCINES, Channel.WHATSAPP)
    assert not ledger.has_consent("HS-1", NudgeTopic.SCREENINGS, Channel.WEB)


def test_nudge_stop_on_any_channel_ends_every_nudge_at_once_and_is_idempotent(
    ledger: ConsentLedger, engine: Engine, opt_in: OptIn
) -> None:
    opt_in("HS-1", Channel.WHATSAPP, "33600000001", at=T0)
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.VACCINES, at=T0)
    opt_in("HS-1", Channel.TELEGRAM, "tg-1", NudgeTopic.DENTAL_CHECK, at=T0)
    written = ledger.record_opt_out(
        channel=Channel.TELEGRAM,
        recipient_id="tg-1",
        method=ConsentMethod.STOP_COMMAND,
        member_text="STOP",
        message_id="tg-msg-9",
        at=T0 + dt.timedelta(hours=1),
    )
    assert [(e.member_id, e.topic, e.channel) for e in written] == [
        ("HS-1", NudgeTopic.ALL, Channel.TELEGRAM)
    ]
    for topic in NudgeTopic:
        for channel in Channel:
            assert not ledger.has_consent("HS-1", topic, channel)
    rows = _count(engine)
    again = ledger.record_opt_out(
        channel=Channel.WHATSAPP, member_id="HS-1", method=ConsentMethod.STOP_COMMAND
    )
    assert again == [] and _count(engine) == rows
    assert not ledger.has_consent("HS-1", NudgeTopic.VACCINES, Channel.WEB)
    assert [e.action for e in ledger.proof("HS-1")][-1] is ConsentAction.OPT_OUT


def test_nudge_opt_out_then_re_opt_in(ledger: ConsentLedger, opt_in: OptIn) -> None:
    opt_in("HS-1", Channel.WEB, "conv-1", at=T0)
    ledger.record_opt_out(
        channel=Channel.WEB,
        member_id="HS-1",
        method=ConsentMethod.OPT_OUT_REQUEST,
        at=T0 + dt.timedelta(days=1),
    )
    assert not ledger.has_consent("HS-1", NudgeTopic.ALL, Channel.WEB)
    opt_in("HS-1", Channel.WEB, "conv-2", NudgeTopic.SCREENINGS, at=T0 + dt.timedelta(days=2))
    assert ledger.has_consent("HS-1", NudgeTopic.SCREENINGS, Channel.WEB)
    assert not ledger.has_consent("HS-1", NudgeTopic.VACCINES, Channel.WEB)
    [target] = ledger.targets("HS-1", NudgeTopic.SCREENINGS)
    assert target.recipient_id == "conv-2"
    assert [e.action for e in ledger.proof("HS-1")] == [
        ConsentAction.OPT_IN,
        ConsentAction.OPT_OUT,
        ConsentAction.OPT_IN,
    ]


def test_nudge_topic_opt_out_keeps_the_other_topics(ledger: ConsentLedger, opt_in: OptIn) -> None:
    opt_in("HS-1", Channel.WEB, "conv-1", NudgeTopic.ALL, at=T0)
    ledger.record_opt_out(
        channel=Channel.WEB,
        member_id="HS-1",
        topic=NudgeTopic.VACCINES,
        method=ConsentMethod.OPT_OUT_REQUEST,
        at=T0 + dt.timedelta(minutes=5),
    )
    assert not ledger.has_consent("HS-1", NudgeTopic.VACCINES, Channel.WEB)
    assert ledger.has_consent("HS-1", NudgeTopic.SCREENINGS, Channel.WEB)
    assert not ledger.has_consent("HS-1", NudgeTopic.ALL, Channel.WEB)


def test_nudge_latest_record_wins_even_if_written_out_of_order(
    ledger: ConsentLedger, opt_in: OptIn
) -> None:
    ledger.record_opt_out(
        channel=Channel.WEB,
        member_id="HS-1",
        method=ConsentMethod.ADVISER,
        at=T0,
    )  # nothing active yet: not recorded
    opt_in("HS-1", Channel.WEB, "conv-1", at=T0 + dt.timedelta(hours=2))
    ledger.record_opt_out(
        channel=Channel.WEB, member_id="HS-1", method=ConsentMethod.ADVISER, at=T0
    )  # dated before the opt-in: the opt-in stays the latest
    assert ledger.has_consent("HS-1", NudgeTopic.SCREENINGS, Channel.WEB)


def test_nudge_stop_from_a_shared_number_withdraws_every_member_using_it(
    ledger: ConsentLedger, opt_in: OptIn
) -> None:
    opt_in("HS-1", Channel.WHATSAPP, "33600000001", at=T0)
    opt_in("HS-2", Channel.WHATSAPP, "33600000001", at=T0)
    opt_in("HS-3", Channel.WHATSAPP, "33600000003", at=T0)
    written = ledger.record_opt_out(
        channel=Channel.WHATSAPP, recipient_id="33600000001", method=ConsentMethod.STOP_COMMAND
    )
    assert sorted(e.member_id or "" for e in written) == ["HS-1", "HS-2"]
    assert ledger.has_consent("HS-3", NudgeTopic.ALL, Channel.WHATSAPP)


def test_nudge_stop_from_an_unknown_number_is_kept_without_member(ledger: ConsentLedger) -> None:
    [event] = ledger.record_opt_out(
        channel=Channel.WHATSAPP,
        recipient_id="33699999999",
        method=ConsentMethod.STOP_COMMAND,
        member_text="STOP",
    )
    assert event.member_id is None and event.recipient_id == "33699999999"
    assert ledger.events_by_member() == {}


def test_nudge_ledger_is_append_only(ledger: ConsentLedger, engine: Engine, opt_in: OptIn) -> None:
    opt_in("HS-1", Channel.WEB, "conv-1", at=T0)
    with Session(engine) as session:
        record = session.scalars(select(ConsentEventRecord)).one()
        record.topic = "vaccines"
        with pytest.raises(ConsentError):
            session.commit()
    with Session(engine) as session:
        session.delete(session.scalars(select(ConsentEventRecord)).one())
        with pytest.raises(ConsentError):
            session.commit()
    assert _count(engine) == 1


def test_nudge_opt_out_needs_someone(ledger: ConsentLedger) -> None:
    with pytest.raises(ConsentError):
        ledger.record_opt_out(channel=Channel.WEB, method=ConsentMethod.STOP_COMMAND)
    with pytest.raises(ConsentError):
        ledger.record_opt_out(
            channel=Channel.WEB, member_id="HS-1", method=ConsentMethod.EXPLICIT_YES
        )


def test_nudge_member_text_is_redacted(ledger: ConsentLedger, opt_in: OptIn) -> None:
    opt_in("HS-1", Channel.WEB, "conv-1", at=T0)
    [event] = ledger.record_opt_out(
        channel=Channel.WEB,
        member_id="HS-1",
        method=ConsentMethod.OPT_OUT_REQUEST,
        member_text="stop, écrivez-moi plutôt à jean@example.org",
    )
    assert event.member_text is not None and "jean@example.org" not in event.member_text


def test_nudge_gateway_conversation_ids_are_understood(ledger: ConsentLedger) -> None:
    ledger.record_opt_in(
        member_id="HS-1",
        channel=Channel.WHATSAPP,
        recipient_id="whatsapp:33600000001",
        wording_version=current_wording().version,
        reply_text="oui",
        message_id="wamid.1",
        at=T0,
    )
    ledger.record_opt_in(
        member_id="HS-2",
        channel=Channel.TELEGRAM,
        recipient_id="123456789",
        wording_version=current_wording().version,
        reply_text="oui",
        message_id="42",
        at=T0,
    )
    [whatsapp] = ledger.targets("HS-1", NudgeTopic.SCREENINGS)
    assert (whatsapp.recipient_id, whatsapp.conversation_id) == (
        "33600000001",
        "whatsapp:33600000001",
    )
    [telegram] = ledger.targets("HS-2", NudgeTopic.SCREENINGS)
    assert telegram.conversation_id == "telegram:123456789"
    [stop] = ledger.record_opt_out(
        channel=Channel.WHATSAPP,
        conversation_id="whatsapp:33600000001",
        method=ConsentMethod.STOP_COMMAND,
    )
    assert (stop.member_id, stop.recipient_id) == ("HS-1", "33600000001")
