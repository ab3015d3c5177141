"""The nudge scheduler: who gets which reminder now, on which channel, and why not.

For each member with a consent record and each catalogue item, in catalogue order, the checks
are (the first that fails is the logged reason):

1. consent for the item's topic on some channel (latest consent first) — ``no_consent``;
2. eligibility: age reached this year, sex from the profile, season — ``not_eligible``;
3. the item's minimum interval (shared by its ``interval_group``; once per age band for
   ``once_per_age_range``) — ``interval``;
4. the frequency caps (e.g. 1 per 7 days and 4 per 90 days per member) — ``frequency_cap``;
5. quiet hours, 20:00-09:00 Paris time — ``deferred`` with ``quiet_hours`` (the next run
   after 09:00 sends it: nothing is dropped);
6. the send: WhatsApp outside the 24-hour window by template, everything else through the
   engine's trigger-intent API — ``sent``, or ``failed`` with ``send_failure`` (tried again at
   the next run).

Every decision is written to the nudge log with the ``kind: "nudge"`` envelope. A dry run writes
nothing, creates nothing and calls nobody.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from channels.nudges.catalogue import Catalogue, NudgeItem
from channels.nudges.consent import ConsentEvent, ConsentLedger, ConsentTarget, active_targets
from channels.nudges.database import existing_tables, init_nudge_db
from channels.nudges.enums import Channel, Outcome, Reason, Route, Sex
from channels.nudges.exceptions import NudgeSendError
from channels.nudges.inbound import InboundRegistry
from channels.nudges.journal import NudgeDecision, NudgeJournal, SentNudge
from channels.nudges.profiles import MemberProfiles
from channels.nudges.senders import ConversationRelay, IntentTrigger, TemplateSender
from channels.nudges.settings import COLLECTOR, NudgeSettings
from channels.nudges.timing import as_utc, in_quiet_hours, local_time, next_allowed, window_open
from members.models import Member
from members.orm import MemberRecord


@dataclass(frozen=True)
class RunReport:
    """The decisions of one run."""

    run_id: str
    now: dt.datetime
    dry_run: bool
    decisions: list[NudgeDecision] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(d.outcome.value for d in self.decisions).items()))

    @property
    def failures(self) -> int:
        return sum(d.outcome is Outcome.FAILED for d in self.decisions)

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "now": self.now.isoformat(),
            "dry_run": self.dry_run,
            "counts": self.counts(),
            "decisions": [
                d.model_dump(mode="json", exclude={"recipient_id", "id", "run_id"})
                for d in self.decisions
            ],
        }


@dataclass
class _MemberState:
    member: Member | None
    events: list[ConsentEvent]
    sex: Sex | None
    sent: list[SentNudge]


class NudgeScheduler:
    """Decides and sends the due nudges. Senders are injected (fakes in tests)."""

    def __init__(
        self,
        engine: Engine,
        catalogue: Catalogue,
        settings: NudgeSettings | None = None,
        *,
        trigger: IntentTrigger | None = None,
        template_sender: TemplateSender | None = None,
        relay: ConversationRelay | None = None,
        sexes: Mapping[str, Sex] | None = None,
    ) -> None:
        self._engine = engine
        self._catalogue = catalogue
        self._settings = settings or NudgeSettings()
        self._trigger = trigger
        self._template_sender = template_sender
        self._relay = relay
        self._sex_overrides = dict(sexes or {})
        self._journal = NudgeJournal(engine)
        self._inbound = InboundRegistry(engine)

    async def run(self, *, now: dt.datetime | None = None, dry_run: bool = False) -> RunReport:
        """Evaluate every (member, item) pair at ``now`` (UTC now by default)."""
        moment = as_utc(now or dt.datetime.now(dt.UTC))
        if not dry_run:
            init_nudge_db(self._engine)
        report = RunReport(run_id=uuid.uuid4().hex, now=moment, dry_run=dry_run)
        for member_id, state in sorted(self._load_states().items()):
            for item in self._catalogue.items:
                decision = await self._decide(report, member_id, state, item)
                report.decisions.append(decision)
        return report

    # ---- loading ---------------------------------------------------------------------------

    def _load_states(self) -> dict[str, _MemberState]:
        tables = existing_tables(self._engine)
        if "nudge_consent_events" not in tables:
            return {}
        events = ConsentLedger(self._engine).events_by_member()
        ids = sorted(events)
        members: dict[str, Member] = {}
        if "members" in tables and ids:
            with Session(self._engine) as session:
                query = select(MemberRecord).where(MemberRecord.member_id.in_(ids))
                members = {r.member_id: Member.model_validate(r) for r in session.scalars(query)}
        sexes: dict[str, Sex] = {}
        if "nudge_member_profiles" in tables:
            sexes = MemberProfiles(self._engine).all_sexes()
        sexes.update(self._sex_overrides)
        history = self._journal.history(ids) if "nudge_log" in tables and ids else {}
        return {
            m: _MemberState(members.get(m), events[m], sexes.get(m), list(history.get(m, [])))
            for m in ids
        }

    # ---- one decision ----------------------------------------------------------------------

    async def _decide(
        self, report: RunReport, member_id: str, state: _MemberState, item: NudgeItem
    ) -> NudgeDecision:
        now = report.now
        base: dict[str, Any] = {
            "member_id": member_id,
            "nudge_id": item.id,
            "interval_group": item.group,
            "topic": item.topic,
            "decided_at": now,
            "run_id": None if report.dry_run else report.run_id,
        }

        def skip(reason: Reason, detail: str, outcome: Outcome = Outcome.SKIPPED) -> NudgeDecision:
            decision = NudgeDecision(**base, outcome=outcome, reason=reason, detail=detail)
            if not report.dry_run:
                self._journal.write(report.run_id, decision)
            return decision

        targets = active_targets(state.events, item.topic)
        if not targets:
            return skip(Reason.NO_CONSENT, f"aucun consentement actif pour « {item.topic} »")
        if state.member is None:
            return skip(Reason.NOT_ELIGIBLE, "adhérent absent de la base des membres")
        day = local_time(now).date()
        age = state.member.age_in(day.year)
        refusal = item.eligibility.refusal(age, state.sex, day)
        if refusal is not None:
            return skip(Reason.NOT_ELIGIBLE, refusal)
        too_soon = self._interval_refusal(item, state, age, now)
        if too_soon is not None:
            return skip(Reason.INTERVAL, too_soon)
        capped = self._cap_refusal(state, now)
        if capped is not None:
            return skip(Reason.FREQUENCY_CAP, capped)

        target = targets[0]
        route = self._route(target, now)
        base |= {"channel": target.channel, "recipient_id": target.recipient_id, "route": route}
        if in_quiet_hours(now):
            later = local_time(next_allowed(now)).strftime("%d/%m %H:%M")
            return skip(Reason.QUIET_HOURS, f"heures calmes : reporté à {later}", Outcome.DEFERRED)

        envelope = item.envelope(member_id).as_json_message()
        if report.dry_run:
            state.sent.append(SentNudge(item.id, item.group, now))
            return NudgeDecision(
                **base, outcome=Outcome.WOULD_SEND, detail=item.title, envelope=envelope
            )
        pending = NudgeDecision(**base, outcome=Outcome.PENDING, envelope=envelope)
        row_id = self._journal.write(report.run_id, pending)
        try:
            await self._send(item, state.member, target, route)
        except Exception as exc:  # any sender failure is logged and retried at the next run
            detail = str(exc) if isinstance(exc, NudgeSendError) else type(exc).__name__
            self._journal.finish(row_id, Outcome.FAILED, Reason.SEND_FAILURE, detail)
            return pending.model_copy(
                update={
                    "outcome": Outcome.FAILED,
                    "reason": Reason.SEND_FAILURE,
                    "detail": detail,
                    "id": row_id,
                }
            )
        self._journal.finish(row_id, Outcome.SENT, None, item.title)
        state.sent.append(SentNudge(item.id, item.group, now))
        return pending.model_copy(
            update={"outcome": Outcome.SENT, "detail": item.title, "id": row_id}
        )

    def _interval_refusal(
        self, item: NudgeItem, state: _MemberState, age: int, now: dt.datetime
    ) -> str | None:
        previous = [s for s in state.sent if s.group == item.group]
        if not previous:
            return None
        last = max(s.at for s in previous)
        if now - last < dt.timedelta(days=item.min_interval_days):
            return (
                f"dernier envoi le {local_time(last):%d/%m/%Y} "
                f"(intervalle de {item.min_interval_days} jours)"
            )
        band = item.eligibility.age_range_of(age) if item.once_per_age_range else None
        if band is not None and state.member is not None:
            birth_year = state.member.birth_year
            if any(local_time(s.at).year - birth_year in band for s in previous):
                return f"déjà envoyé pour la tranche {band.min}-{band.max} ans"
        return None

    def _cap_refusal(self, state: _MemberState, now: dt.datetime) -> str | None:
        for cap in self._settings.caps:
            period = dt.timedelta(days=cap.period_days)
            count = sum(1 for s in state.sent if now - s.at < period)
            if count >= cap.max_nudges:
                return (
                    f"plafond : {count} rappel(s) sur {cap.period_days} jours "
                    f"(max {cap.max_nudges})"
                )
        return None

    def _route(self, target: ConsentTarget, now: dt.datetime) -> Route:
        if target.channel is not Channel.WHATSAPP:
            return Route.TRIGGER_INTENT
        last = self._inbound.last_inbound(Channel.WHATSAPP, target.recipient_id)
        hours = self._settings.whatsapp_window_hours
        return Route.TRIGGER_INTENT if window_open(last, now, hours) else Route.WHATSAPP_TEMPLATE

    # ---- sending ---------------------------------------------------------------------------

    async def _send(
        self, item: NudgeItem, member: Member, target: ConsentTarget, route: Route
    ) -> None:
        if route is Route.WHATSAPP_TEMPLATE:
            if self._template_sender is None:
                raise NudgeSendError("aucun expéditeur de modèles WhatsApp configuré")
            template = item.whatsapp_template
            values = {"first_name": member.first_name}
            await self._template_sender.send_template(
                to=target.recipient_id,
                template_name=template.name,
                language_code=template.language_code,
                body_parameters=[values[p] for p in template.parameters],
            )
            return
        output_channel = self._settings.output_channels.get(target.channel, COLLECTOR)
        if output_channel == COLLECTOR and self._relay is None:
            raise NudgeSendError(f"aucun relais configuré pour le canal {target.channel}")
        if self._trigger is None:
            raise NudgeSendError("aucun client du moteur configuré")
        messages = await self._trigger.trigger_intent(
            target.conversation_id, self._settings.intent, {"nudge_id": item.id}, output_channel
        )
        if output_channel == COLLECTOR and self._relay is not None:
            if not messages:
                raise NudgeSendError("le moteur n'a renvoyé aucun message à relayer")
            await self._relay.deliver(target.channel, target.recipient_id, messages)
