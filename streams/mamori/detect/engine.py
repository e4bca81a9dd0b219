"""The detection engine: one pure step per contact event.

``process(event, state, now) -> Detection`` is the single entry point that the
Faust agent, the batch replay and the tests call. It pseudonymises ids, runs the
content detector, updates the customer's compact window state in event time and
evaluates the four stateful indicators and the escalation stage.

Idempotence: a stateful indicator fires on the event that lifts its level
(computed from the window *as of that event*, with and without it) and its id
is derived from (category, customer, local day or anchor, level). Re-processing
an event after a crash therefore yields the same indicators with the same ids,
and ClickHouse's ReplacingMergeTree keeps one row per id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Final

from mamori.calendar import SupportCalendar
from mamori.detect.base import ContentDetector, TextAnalysis
from mamori.detect.config import DetectionConfig, Levels
from mamori.detect.escalation import (
    STAGES,
    EscalationEvent,
    decayed,
    severity_weight,
    stage_for,
)
from mamori.detect.sketch import similarity, sketch
from mamori.detect.state import CustomerState, Demand
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.ids import stable_id
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.taxonomy import Category, Severity

STATEFUL_DETECTOR: Final = "window@1"
_SEVERITY: Final[dict[int, Severity]] = {1: "low", 2: "medium", 3: "high"}
_SCORE: Final[dict[int, float]] = {1: 0.45, 2: 0.7, 3: 0.9}
#: Channels whose duration binds a member of staff (calls and visits).
_TIMED_CHANNELS: Final = frozenset({"phone", "visit"})
#: Channels whose text may carry the customer's words even on an outbound record
#: (call and visit transcripts have both speakers).
_TRANSCRIPT_CHANNELS: Final = frozenset({"phone", "visit"})
_EMPTY_ANALYSIS: Final = TextAnalysis(hits=(), customer_text="", is_demand=False, is_urgent=False)


@dataclass(slots=True)
class Detection:
    indicators: list[IndicatorEvent] = field(default_factory=list)
    escalations: list[EscalationEvent] = field(default_factory=list)
    state: CustomerState = field(default_factory=CustomerState)
    customer_key: str = ""


class DetectionEngine:
    def __init__(
        self,
        config: DetectionConfig,
        content: ContentDetector,
        pseudonymizer: Pseudonymizer,
    ) -> None:
        self.config = config
        self.content = content
        self.pseudo = pseudonymizer
        self.calendar = SupportCalendar(config.calendar)

    # ------------------------------------------------------------------ entry point
    def process(self, event: ContactEvent, state: CustomerState | None, now: datetime) -> Detection:
        # A Message-ID-style source id carries host/user names: from here on (state,
        # indicator ids, every output) only its keyed hash exists.
        event = replace(event, event_id=self.pseudo.event_id(event.event_id))
        st = state if state is not None else CustomerState()
        local = event.occurred_at.astimezone(self.calendar.tz)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        ctx = _Context(
            event=event,
            customer_key=self.pseudo.customer(event.customer_id),
            agent_key=self.pseudo.agent_or_none(event.agent_id),
            ts=int(event.ts),
            now=now,
            local=local,
            day=local.toordinal(),
            day_start_ts=int(midnight.timestamp()),
        )
        analysis = self._analyse(event)
        out: list[IndicatorEvent] = [
            self._content_indicator(ctx, hit_index, analysis)
            for hit_index in range(len(analysis.hits))
        ]
        out.extend(self._prolonged_single(ctx))

        lateness = int(self.config.state.allowed_lateness_hours * 3600)
        on_time = st.watermark == 0 or ctx.ts >= st.watermark - lateness
        if on_time:
            self._prune(st, max(st.watermark, ctx.ts))
            out.extend(self._prolonged_daily(ctx, st))
            if event.direction == "inbound":
                out.extend(self._flood(ctx, st))
                out.extend(self._off_hours(ctx, st, analysis))
                out.extend(self._repetition(ctx, st, analysis))
            st.watermark = max(st.watermark, ctx.ts)

        escalations = self._escalate(ctx, st, out)
        return Detection(
            indicators=out, escalations=escalations, state=st, customer_key=ctx.customer_key
        )

    # ------------------------------------------------------------------ content
    def _analyse(self, event: ContactEvent) -> TextAnalysis:
        if not (event.text or event.subject):
            return _EMPTY_ANALYSIS
        if event.direction == "outbound" and event.channel not in _TRANSCRIPT_CHANNELS:
            return _EMPTY_ANALYSIS  # staff's own e-mails and chat replies
        return self.content.analyse(event.subject, event.text, event.channel)

    def _content_indicator(
        self, ctx: _Context, index: int, analysis: TextAnalysis
    ) -> IndicatorEvent:
        hit = analysis.hits[index]
        event = ctx.event
        return IndicatorEvent(
            indicator_id=stable_id("content", hit.category.value, ctx.customer_key, event.event_id),
            category=hit.category,
            severity=hit.severity,
            score=hit.score,
            customer_key=ctx.customer_key,
            agent_key=ctx.agent_key,
            channel=event.channel,
            event_ids=(event.event_id,),
            occurred_at=event.occurred_at,
            detected_at=ctx.now,
            detector=self.content.name,
            evidence=hit.evidence,
        )

    # ------------------------------------------------------------------ stateful
    def _stateful(
        self,
        ctx: _Context,
        category: Category,
        level: int,
        anchor: str,
        anchor_ts: int,
        event_ids: Sequence[str],
        window: tuple[int, int] | None,
        evidence: str,
    ) -> IndicatorEvent:
        event = ctx.event
        return IndicatorEvent(
            indicator_id=stable_id("window", category.value, ctx.customer_key, anchor, str(level)),
            category=category,
            severity=_SEVERITY[level],
            score=_SCORE[level],
            customer_key=ctx.customer_key,
            agent_key=ctx.agent_key,
            channel=event.channel,
            event_ids=tuple(event_ids),
            occurred_at=event.occurred_at,
            detected_at=ctx.now,
            detector=STATEFUL_DETECTOR,
            evidence=evidence,
            window_start=_utc(window[0]) if window else None,
            window_end=_utc(window[1]) if window else None,
            anchor_at=_utc(anchor_ts),
        )

    def _prune(self, st: CustomerState, horizon_ts: int) -> None:
        """Drop window entries that no window can reach any more (bounded state)."""
        cfg = self.config
        st.contacts = [c for c in st.contacts if c[0] > horizon_ts - 86_400]
        rep_from = horizon_ts - int(cfg.repetition.window_days * 86_400)
        st.demands = [d for d in st.demands if d.ts > rep_from]
        off_from = horizon_ts - int(cfg.off_hours.window_days * 86_400)
        st.offhours = [o for o in st.offhours if o[0] > off_from]

    def _prolonged_single(self, ctx: _Context) -> list[IndicatorEvent]:
        event = ctx.event
        if event.channel not in _TIMED_CHANNELS or not event.duration_s:
            return []
        level = self.config.prolonged.single_levels.level(event.duration_s)
        if level == 0:
            return []
        minutes = event.duration_s / 60
        return [
            self._stateful(
                ctx,
                Category.PROLONGED_CONTACT,
                level,
                anchor="single:" + event.event_id,
                anchor_ts=ctx.ts,
                event_ids=[event.event_id],
                window=(ctx.ts, ctx.ts + int(event.duration_s)),
                evidence=f"{event.channel} of {minutes:.0f} min",
            )
        ]

    def _prolonged_daily(self, ctx: _Context, st: CustomerState) -> list[IndicatorEvent]:
        event = ctx.event
        if event.channel not in _TIMED_CHANNELS or not event.duration_s:
            return []
        day = ctx.day
        if day < st.day:
            return []  # a late call of an earlier day: its day total is closed
        if day > st.day:
            st.day, st.day_calls = day, []
        eid = event.event_id
        before = sum(s for e, s in st.day_calls if e != eid)
        if all(e != eid for e, _ in st.day_calls):
            st.day_calls.append((eid, int(event.duration_s)))
            del st.day_calls[: -self.config.state.max_day_items]
        total = before + int(event.duration_s)
        levels = self.config.prolonged.daily_levels
        level = _lifted(levels, before, total)
        if level == 0:
            return []
        return [
            self._stateful(
                ctx,
                Category.PROLONGED_CONTACT,
                level,
                anchor=f"day:{day}",
                anchor_ts=ctx.day_start_ts,
                event_ids=[e for e, _ in st.day_calls],
                window=None,
                evidence=f"{total / 60:.0f} min of calls/visits in one day",
            )
        ]

    def _flood(self, ctx: _Context, st: CustomerState) -> list[IndicatorEvent]:
        cfg = self.config.flood
        eid = ctx.event.event_id
        if ctx.ts <= st.contacts_cut:
            return []  # its window's history was cut by the count bound
        if all(e != eid for _, e in st.contacts):
            st.contacts.append((ctx.ts, eid))
            st.contacts.sort()
            st.contacts_cut = _cut(
                st.contacts, self.config.state.max_recent_contacts, st.contacts_cut
            )
        span = int(cfg.window_minutes * 60)
        in_window = [e for t, e in st.contacts if ctx.ts - span < t <= ctx.ts]
        out: list[IndicatorEvent] = []
        level = _lifted(cfg.levels, len(in_window) - 1, len(in_window))
        if level and ctx.ts - span >= st.contacts_cut:
            out.append(
                self._stateful(
                    ctx,
                    Category.CONTACT_FLOOD,
                    level,
                    anchor=f"burst:{ctx.day}",
                    anchor_ts=ctx.day_start_ts,
                    event_ids=in_window,
                    window=(ctx.ts - span, ctx.ts),
                    evidence=f"{len(in_window)} contacts in {cfg.window_minutes:.0f} min",
                )
            )
        day = ctx.day
        day_start = ctx.day_start_ts
        same_day = [e for t, e in st.contacts if day_start <= t <= ctx.ts]
        level = _lifted(cfg.daily_levels, len(same_day) - 1, len(same_day))
        if level and day_start >= st.contacts_cut:
            out.append(
                self._stateful(
                    ctx,
                    Category.CONTACT_FLOOD,
                    level,
                    anchor=f"day:{day}",
                    anchor_ts=ctx.day_start_ts,
                    event_ids=same_day,
                    window=None,
                    evidence=f"{len(same_day)} contacts in one day",
                )
            )
        return out

    def _off_hours(
        self, ctx: _Context, st: CustomerState, analysis: TextAnalysis
    ) -> list[IndicatorEvent]:
        if self.calendar.is_open_local(ctx.local):
            return []
        cfg = self.config.off_hours
        eid = ctx.event.event_id
        if ctx.ts <= st.offhours_cut:
            return []
        if all(e != eid for _, e, _ in st.offhours):
            st.offhours.append((ctx.ts, eid, analysis.is_urgent))
            st.offhours.sort()
            st.offhours_cut = _cut(st.offhours, self.config.state.max_offhours, st.offhours_cut)
        span = int(cfg.window_days * 86_400)
        window = [o for o in st.offhours if ctx.ts - span < o[0] <= ctx.ts]
        urgent = sum(1 for o in window if o[2])

        def level_of(count: int, urgent_count: int) -> int:
            level = cfg.levels.level(count)
            if urgent_count >= cfg.urgent_medium:
                level = max(level, 2)
            return level

        with_it = level_of(len(window), urgent)
        without = level_of(len(window) - 1, urgent - int(analysis.is_urgent))
        if with_it <= without or ctx.ts - span < st.offhours_cut:
            return []
        return [
            self._stateful(
                ctx,
                Category.OFF_HOURS_CONTACT,
                with_it,
                anchor=f"day:{ctx.day}",
                anchor_ts=ctx.day_start_ts,
                event_ids=[o[1] for o in window],
                window=(ctx.ts - span, ctx.ts),
                evidence=(
                    f"{len(window)} contacts outside support hours in "
                    f"{cfg.window_days:.0f} days ({urgent} urgent)"
                ),
            )
        ]

    def _repetition(
        self, ctx: _Context, st: CustomerState, analysis: TextAnalysis
    ) -> list[IndicatorEvent]:
        cfg = self.config.repetition
        text = analysis.customer_text
        if not analysis.is_demand or len(text) < cfg.min_chars:
            return []
        eid = ctx.event.event_id
        if ctx.ts <= st.demands_cut:
            return []
        sk = sketch(text)
        span = int(cfg.window_days * 86_400)
        similar = [
            d
            for d in st.demands
            if d.event_id != eid
            and ctx.ts - span < d.ts <= ctx.ts
            and similarity(sk, d.sketch) >= cfg.similarity
        ]
        if all(d.event_id != eid for d in st.demands):
            st.demands.append(Demand(ctx.ts, eid, sk))
            st.demands.sort(key=lambda d: (d.ts, d.event_id))
            bound = self.config.state.max_demands
            if len(st.demands) > bound:
                st.demands_cut = max(st.demands_cut, st.demands[-bound - 1].ts)
                del st.demands[:-bound]
        count = len(similar) + 1
        level = _lifted(cfg.levels, count - 1, count)
        if level == 0 or ctx.ts - span < st.demands_cut:
            return []
        ids = [d.event_id for d in similar] + [eid]
        return [
            self._stateful(
                ctx,
                Category.REPETITION,
                level,
                anchor="first:" + ids[0],
                anchor_ts=min(d.ts for d in similar),
                event_ids=ids,
                window=(min(d.ts for d in similar), ctx.ts),
                evidence=f"same demand {count} times in {cfg.window_days:.0f} days",
            )
        ]

    # ------------------------------------------------------------------ escalation
    def _escalate(
        self, ctx: _Context, st: CustomerState, indicators: list[IndicatorEvent]
    ) -> list[EscalationEvent]:
        cfg = self.config.risk
        eid = ctx.event.event_id
        if eid in st.seen:
            return []  # redelivery: its indicators already fed the risk
        st.seen.append(eid)
        del st.seen[: -self.config.state.max_seen_ids]
        ref = max(st.risk_ts, ctx.ts)
        risk = decayed(st.risk, st.risk_ts, ref, cfg)
        for ind in indicators:
            risk += severity_weight(cfg, ind.severity)
        if indicators:
            st.risk_evidence.extend(i.indicator_id for i in indicators)
            del st.risk_evidence[:-6]
        st.risk, st.risk_ts = risk, ref
        stage = stage_for(risk, cfg)
        if stage == st.stage:
            return []
        previous, st.stage = st.stage, stage
        return [
            EscalationEvent(
                escalation_id=stable_id("stage", ctx.customer_key, STAGES[stage], eid),
                customer_key=ctx.customer_key,
                stage=STAGES[stage],
                previous_stage=STAGES[previous],
                risk=risk,
                crossed_at=ctx.event.occurred_at,
                detected_at=ctx.now,
                indicator_ids=tuple(st.risk_evidence),
                event_ids=tuple(sorted({e for i in indicators for e in i.event_ids} | {eid})),
                categories=tuple(sorted({i.category.value for i in indicators})),
            )
        ]


@dataclass(slots=True)
class _Context:
    """Per-event facts computed once (local time and day are used by several windows)."""

    event: ContactEvent
    customer_key: str
    agent_key: str | None
    ts: int
    now: datetime
    local: datetime
    day: int
    day_start_ts: int


def _cut(entries: list[Any], bound: int, cut: int) -> int:
    """Drop the oldest entries beyond ``bound``; return the newest dropped time (or ``cut``)."""
    if len(entries) <= bound:
        return cut
    newest_dropped = int(entries[-bound - 1][0])
    del entries[:-bound]
    return max(cut, newest_dropped)


def _lifted(levels: Levels, before: float, after: float) -> int:
    """The level ``after`` reaches if it is higher than the level of ``before``, else 0."""
    new = levels.level(after)
    return new if new > levels.level(before) else 0


def _utc(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)
