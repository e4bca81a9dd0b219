"""The detection engine: one pure step per contact event.

``process(event, state, now) -> Detection`` is the single entry point that the
Faust agent, the batch replay and the tests call. It pseudonymises ids, runs the
content detector, updates the customer's compact window state in event time and
evaluates the four stateful indicators and the escalation stage.

Idempotence: a stateful indicator fires on the event that lifts its level
(computed from the window *as of that event*, with and without it) and its id
is derived from (category, customer, episode, level), the episode being the local
day (daily totals), the burst (its first contact) or the first of a repeated
message. Re-processing an event after a crash therefore yields the same indicators
with the same ids and the same ``occurred_at`` (the firing event's time, which the
dashboards and reports show), and ClickHouse's ReplacingMergeTree keeps one row per id.
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
    crossing_down,
    decayed,
    risk_at,
    severity_weight,
    stage_for,
    step_down_threshold,
)
from mamori.detect.gist import Gist, gist, restates
from mamori.detect.sketch import body_text, similar_at_least, sketch
from mamori.detect.state import CustomerState, Demand
from mamori.detect.text.chasing import is_chasing
from mamori.detect.text.said import said, said_kind
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.ids import stable_id
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.taxonomy import Category, Severity

STATEFUL_DETECTOR: Final = "window@1"
_SEVERITY: Final[dict[int, Severity]] = {1: "low", 2: "medium", 3: "high"}
_SCORE: Final[dict[int, float]] = {1: 0.45, 2: 0.7, 3: 0.9}
#: Channels whose duration binds a member of staff (calls and visits).
_TIMED_CHANNELS: Final = frozenset({"phone", "visit"})
#: Channels whose messages are lines of one conversation when they carry a thread id.
_CONVERSATION_CHANNELS: Final = frozenset({"chat", "sns"})
#: Channels whose text may carry the customer's words even on an outbound record
#: (call and visit transcripts have both speakers).
_TRANSCRIPT_CHANNELS: Final = frozenset({"phone", "visit"})
#: Indicator ids cited as the evidence of an escalation (the newest).
_EVIDENCE_IDS: Final = 6
#: A decayed contribution below this no longer needs its own id.
_NEGLIGIBLE_RISK: Final = 0.01
_EMPTY_ANALYSIS: Final = TextAnalysis(hits=(), customer_text="", is_demand=False, is_urgent=False)
#: Default entries of the memo of repetition sketches by text (about 0.2 KB each
#: besides the text).
SKETCH_CACHE: Final = 8192


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
        sketch_cache: int = SKETCH_CACHE,
    ) -> None:
        """``sketch_cache``: message texts whose repetition sketch is memoised (a
        back-fill with many distinct texts wants more than the worker's default)."""
        self.config = config
        self.content = content
        self.pseudo = pseudonymizer
        self.calendar = SupportCalendar(config.calendar)
        # Seconds derived from the configuration once, not per event.
        self._lateness = int(config.state.allowed_lateness_hours * 3600)
        self._flood_span = int(config.flood.window_minutes * 60)
        self._repetition_span = int(config.repetition.window_days * 86_400)
        #: How far back a close copy of a message is counted (at least the window).
        self._copy_span = max(
            self._repetition_span, int(config.repetition.copy_window_days * 86_400)
        )
        self._restated_span = min(
            self._copy_span,
            max(self._repetition_span, int(config.repetition.restated_window_days * 86_400)),
        )
        self._offhours_span = int(config.off_hours.window_days * 86_400)
        #: Urgent pressure kept up over a longer span (0: off), and how long off-hours
        #: contacts are kept (the longer of the two windows).
        self._sustained_span = int(config.off_hours.sustained_days * 86_400)
        self._offhours_keep = max(self._offhours_span, self._sustained_span)
        #: Local midnight (POSIX seconds) by (day ordinal, fold): the same for every
        #: event of a day, and a time-zone conversion each to compute.
        self._midnights: dict[tuple[int, int], int] = {}
        #: Body length, sketch and gist by message text (:func:`_body_sketch`), emptied
        #: when full: a customer's repeated demand is often the very same text.
        self._sketches: dict[tuple[str, str], tuple[int, tuple[int, ...], Gist]] = {}
        self._sketch_cache = sketch_cache

    # ------------------------------------------------------------------ entry point
    def process(
        self,
        event: ContactEvent,
        state: CustomerState | None,
        now: datetime,
        customer_key: str | None = None,
    ) -> Detection:
        # A Message-ID-style source id carries host/user names: from here on (state,
        # indicator ids, every output) only its keyed hash exists. An opaque id is kept
        # as it is, and so is the event (no copy).
        event_id = self.pseudo.event_id(event.event_id)
        if event_id != event.event_id:
            event = replace(event, event_id=event_id)
        st = state if state is not None else CustomerState()
        local = event.occurred_at.astimezone(self.calendar.tz)
        day = local.toordinal()
        day_start_ts = self._midnight(local, day)
        # Positional, in the order of the fields (keywords cost more, once per event).
        ctx = _Context(
            event,
            customer_key or self.pseudo.customer(event.customer_id),
            self.pseudo.agent_or_none(event.agent_id),
            int(event.occurred_at.timestamp()),
            now,
            local,
            day,
            day_start_ts,
            _conversation(event),
        )
        analysis = self._analyse(event)
        out: list[IndicatorEvent] = [
            self._content_indicator(ctx, hit_index, analysis)
            for hit_index in range(len(analysis.hits))
        ]
        out.extend(self._prolonged_single(ctx))

        on_time = st.watermark == 0 or ctx.ts >= st.watermark - self._lateness
        if on_time:
            self._prune(st, max(st.watermark, ctx.ts))
            out.extend(self._prolonged_daily(ctx, st))
            if event.direction == "inbound":
                out.extend(self._flood(ctx, st))
                out.extend(self._off_hours(ctx, st, analysis))
                out.extend(self._repetition(ctx, st, analysis))
            st.watermark = max(st.watermark, ctx.ts)

        escalations = self._escalate(ctx, st, out)
        return Detection(out, escalations, st, ctx.customer_key)

    def _midnight(self, local: datetime, day: int) -> int:
        """The POSIX time of midnight of ``local``'s day ``day`` (its ordinal, in the
        calendar's time zone), memoised."""
        key = (day, local.fold)
        ts = self._midnights.get(key)
        if ts is None:
            if len(self._midnights) >= 4096:
                self._midnights.clear()
            midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
            ts = self._midnights[key] = int(midnight.timestamp())
        return ts

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
        # contacts, demands and offhours are kept sorted by time: when their oldest
        # entry is still in reach, so is every other one, and the list stays as it is.
        day_from = horizon_ts - 86_400
        if st.contacts and st.contacts[0][0] <= day_from:
            st.contacts = [c for c in st.contacts if c[0] > day_from]
        # Bursts are sorted by first contact, and an episode ends after it starts.
        if st.bursts and st.bursts[0][0] <= day_from:
            st.bursts = [b for b in st.bursts if b[1] > day_from]
        rep_from = horizon_ts - self._copy_span
        if st.demands and st.demands[0].ts <= rep_from:
            st.demands = [d for d in st.demands if d.ts > rep_from]
        off_from = horizon_ts - self._offhours_keep
        if st.offhours and st.offhours[0][0] <= off_from:
            st.offhours = [o for o in st.offhours if o[0] > off_from]
        if st.threads:
            kept = {e for _, e in st.contacts} | {o[1] for o in st.offhours}
            if any(e not in kept for e, _ in st.threads):
                st.threads = [t for t in st.threads if t[0] in kept]
        if st.chases:
            in_contacts = {e for _, e in st.contacts}
            if any(e not in in_contacts for e in st.chases):
                st.chases = [e for e in st.chases if e in in_contacts]

    def _prolonged_single(self, ctx: _Context) -> list[IndicatorEvent]:
        event = ctx.event
        seconds = _binding_seconds(event)
        if not seconds:
            return []
        level = self.config.prolonged.single_levels.level(seconds)
        if level == 0:
            return []
        minutes = seconds / 60
        return [
            self._stateful(
                ctx,
                Category.PROLONGED_CONTACT,
                level,
                anchor="single:" + event.event_id,
                anchor_ts=ctx.ts,
                event_ids=[event.event_id],
                window=(ctx.ts, ctx.ts + int(seconds)),
                evidence=f"{event.channel} of {minutes:.0f} min",
            )
        ]

    def _prolonged_daily(self, ctx: _Context, st: CustomerState) -> list[IndicatorEvent]:
        event = ctx.event
        seconds = _binding_seconds(event)
        if not seconds:
            return []
        day = ctx.day
        if day < st.day:
            return []  # a late call of an earlier day: its day total is closed
        if day > st.day:
            st.day, st.day_calls = day, []
        eid = event.event_id
        if eid not in [e for e, _ in st.day_calls]:
            st.day_calls.append((eid, int(seconds)))
            del st.day_calls[: -self.config.state.max_day_items]
        # The day's total as of this call, in the order calls were applied: a
        # redelivered call sees the same total as on its first delivery (not the
        # later calls too), so it re-fires the same level with the same event time.
        ids = [e for e, _ in st.day_calls]
        applied = st.day_calls[: ids.index(eid) + 1] if eid in ids else st.day_calls
        before = sum([s for e, s in applied if e != eid])
        total = before + int(seconds)
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
                event_ids=[e for e, _ in applied],
                window=None,
                evidence=f"{total / 60:.0f} min of calls/visits in one day",
            )
        ]

    def _flood(self, ctx: _Context, st: CustomerState) -> list[IndicatorEvent]:
        cfg = self.config.flood
        eid = ctx.event.event_id
        if ctx.ts <= st.contacts_cut:
            return []  # its window's history was cut by the count bound
        span = self._flood_span
        is_new = eid not in [e for _, e in st.contacts]
        if is_new:
            st.contacts.append((ctx.ts, eid))
            st.contacts.sort()
            st.contacts_cut = _cut(
                st.contacts, self.config.state.max_recent_contacts, st.contacts_cut
            )
            # Read before the line joins its conversation (a chase is a later line).
            if _chases(ctx, st):
                st.chases.append(eid)
            _remember_thread(st, eid, ctx.thread)
        start_ts, start_id = _burst_episode(st, ctx.ts, eid, span, is_new)
        in_window = [e for t, e in st.contacts if ctx.ts - span < t <= ctx.ts]
        threads = _flood_threads(st)
        out: list[IndicatorEvent] = []
        level = _flood_lifted(cfg.levels, cfg.conversation_levels, in_window, eid, threads)
        if level and ctx.ts - span >= st.contacts_cut:
            contacts = _conversation_count(in_window, threads)
            out.append(
                self._stateful(
                    ctx,
                    Category.CONTACT_FLOOD,
                    level,
                    # One id per burst episode and level, not per day: two bursts of
                    # one day are two indicators (each with its own evidence/agent).
                    anchor="burst:" + start_id,
                    anchor_ts=start_ts,
                    event_ids=in_window,
                    window=(ctx.ts - span, ctx.ts),
                    evidence=(
                        f"{contacts} contacts in {cfg.window_minutes:.0f} min"
                        if contacts == len(in_window)
                        else f"{len(in_window)} messages, {contacts} contacts "
                        f"in {cfg.window_minutes:.0f} min"
                    ),
                )
            )
        day = ctx.day
        day_start = ctx.day_start_ts
        same_day = [e for t, e in st.contacts if day_start <= t <= ctx.ts]
        level = _flood_lifted(cfg.daily_levels, None, same_day, eid, threads)
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
                    evidence=f"{_conversation_count(same_day, threads)} contacts in one day",
                )
            )
        return out

    def _off_hours(
        self, ctx: _Context, st: CustomerState, analysis: TextAnalysis
    ) -> list[IndicatorEvent]:
        if self.calendar.is_open_local(ctx.local):
            return []
        eid = ctx.event.event_id
        if ctx.ts <= st.offhours_cut:
            return []
        span = self._offhours_span
        urgent_now = analysis.is_urgent
        # One entry per conversation (its first message out of hours): the later lines
        # of a night chat add no contact, and make it urgent if one of them is.
        thread = ctx.thread
        earlier = (
            next(
                (
                    n
                    for n, o in enumerate(st.offhours)
                    if o[1] != eid
                    and ctx.ts - span < o[0] <= ctx.ts
                    and (o[1], thread) in st.threads
                ),
                None,
            )
            if thread
            else None
        )
        if earlier is not None:
            ts0, eid0, urgent0 = st.offhours[earlier]
            if not urgent_now or urgent0:
                return []  # the conversation is counted already, and as urgent as this
            st.offhours[earlier] = (ts0, eid0, True)
            kept = [o for o in st.offhours if o[0] <= ctx.ts]
            before = [(t, e, u and e != eid0) for t, e, u in kept]
        else:
            if eid not in [o[1] for o in st.offhours]:
                st.offhours.append((ctx.ts, eid, urgent_now))
                st.offhours.sort()
                st.offhours_cut = _cut(st.offhours, self.config.state.max_offhours, st.offhours_cut)
                _remember_thread(st, eid, thread)
            kept = [o for o in st.offhours if o[0] <= ctx.ts]
            before = [o for o in kept if o[1] != eid]
        with_it, window, days = self._off_hours_level(ctx.ts, kept, st.offhours_cut)
        # No level with it (most contacts): none lifted, whatever the level without.
        if not with_it or with_it <= self._off_hours_level(ctx.ts, before, st.offhours_cut)[0]:
            return []
        urgent = len([o for o in window if o[2]])
        days_span = self._sustained_span if days else span
        return [
            self._stateful(
                ctx,
                Category.OFF_HOURS_CONTACT,
                with_it,
                anchor=f"day:{ctx.day}",
                anchor_ts=ctx.day_start_ts,
                event_ids=[o[1] for o in window],
                window=(ctx.ts - days_span, ctx.ts),
                evidence=(
                    f"{len(window)} contacts outside support hours in "
                    f"{days_span / 86_400:.0f} days ({urgent} urgent"
                    + (f", on {days} dates)" if days else ")")
                ),
            )
        ]

    def _off_hours_level(
        self, ts: int, kept: list[tuple[int, str, bool]], cut: int
    ) -> tuple[int, list[tuple[int, str, bool]], int]:
        """The off-hours level as of ``ts`` over the contacts ``kept`` (none after it),
        the window that gave it, and its local dates when the sustained rule gave it (0
        otherwise). A window reaching back past the cut (entries dropped for the bound)
        gives no level: its count would be a lower bound."""
        cfg = self.config.off_hours
        span = self._offhours_span
        window = [o for o in kept if ts - span < o[0]]
        level = 0
        if ts - span >= cut:
            level = cfg.levels.level(len(window))
            if len([o for o in window if o[2]]) >= cfg.urgent_medium:
                level = max(level, 2)
        if level or not self._sustained_span or ts - self._sustained_span < cut:
            return level, window, 0
        # Sustained urgent pressure: low, over the longer span, on several dates.
        longer = [o for o in kept if ts - self._sustained_span < o[0]]
        if (
            len(longer) < cfg.sustained_contacts
            or len([o for o in longer if o[2]]) < cfg.sustained_urgent
        ):
            return 0, window, 0
        tz = self.calendar.tz
        days = len({datetime.fromtimestamp(o[0], tz).toordinal() for o in longer})
        if days < cfg.sustained_dates:
            return 0, window, 0
        return 1, longer, days

    def _repetition(
        self, ctx: _Context, st: CustomerState, analysis: TextAnalysis
    ) -> list[IndicatorEvent]:
        """Near-duplicate inbound messages, whatever their wording (body only): the
        same message (trigram sketches), or the same demand reworded by a message that
        says it repeats itself (gists, :func:`~mamori.detect.gist.restates`).

        A level is emitted when a group of near-duplicates first reaches it: the
        count is compared with the last level emitted for the messages it matches
        (similarity is not transitive, so a count may jump past a threshold). An
        event already applied — still in the state, or older than its count cut —
        adds nothing (redelivery).
        """
        cfg = self.config.repetition
        length, sk, gst = self._body_sketch(ctx.event.text or "", ctx.event.channel)
        if length < cfg.min_chars:
            return []
        eid = ctx.event.event_id
        if ctx.ts <= st.demands_cut:
            return []
        for d in st.demands:
            if d.event_id == eid:
                return []  # applied already (a redelivery)
        asks = demand_codes(analysis) if cfg.same_kind else 0
        similar: list[Demand] = []
        if st.demands:
            ts, start, hashes = ctx.ts, ctx.ts - self._repetition_span, set(sk)
            copy_start = ctx.ts - self._copy_span
            restated_start = ctx.ts - self._restated_span
            threshold, copy_threshold = cfg.similarity, max(cfg.similarity, cfg.copy_similarity)
            reworded, marked = cfg.reworded, gst.restated
            # Sketches with no hash in common are 0 similar (most pairs): the set test
            # spares the estimate, once per pair; the threshold is above 0. An equal
            # sketch (the same text) is 1.0 similar, and the threshold is at most 1. A
            # gist match needs a repetition marker on either message: most pairs stop at
            # that test, inline. Before the window (copy_start <= start), only a close
            # copy of the message counts; inside it, a looser match, a rewording or a
            # demand of the same kind (the cheapest test first; every test is pure).
            for d in st.demands:
                d_ts = d.ts
                if d_ts > ts or d_ts <= copy_start:
                    continue
                common = not hashes.isdisjoint(d.sketch)
                copy = common and (
                    d.sketch == sk or similar_at_least(hashes, d.sketch, copy_threshold)
                )
                if (
                    copy
                    or (
                        d_ts > start
                        and (
                            asks & d.asks
                            # Not an equal sketch here: that one is a close copy, above.
                            or (common and similar_at_least(hashes, d.sketch, threshold))
                        )
                    )
                    or (
                        d_ts > restated_start
                        and reworded
                        and (marked or d.gist.restated)
                        and restates(gst, d.gist)
                    )
                ):
                    similar.append(d)
            if len(similar) > 1:
                similar.sort(key=_demand_order)
        count = len(similar) + 1
        level = cfg.levels.level(count)
        if level > 1 and cfg.grievance_step_down and not _asks(analysis):
            # The policy's "same demand again and again" needs a demand: a grievance told
            # again ("the technician never came, terrible service") with no demand cue
            # and no content indicator at medium or above is a level lower, never
            # below low — the matter has failed the customer as much as the reverse.
            level -= 1
        emitted = max((d.level for d in similar), default=0)
        episode = similar[0].episode or similar[0].event_id if similar else eid
        fired = level > emitted
        for d in similar:
            d.matches += 1
            if fired:
                d.level = max(d.level, level)
        demand = Demand(
            ctx.ts,
            eid,
            sk,
            max(level, emitted),
            len(similar),
            episode,
            gst,
            asks,
        )
        # Kept sorted by (time, id): a demand newer than the newest needs no sort.
        newest = st.demands[-1] if st.demands else None
        st.demands.append(demand)
        if newest is not None and (newest.ts, newest.event_id) > (demand.ts, demand.event_id):
            st.demands.sort(key=_demand_order)
        if len(st.demands) > self.config.state.max_demands:
            self._bound_demands(st)
        if not fired:
            return []
        ids = [d.event_id for d in similar] + [eid]
        first_ts = similar[0].ts
        days = (
            cfg.window_days if first_ts > ctx.ts - self._repetition_span else cfg.copy_window_days
        )
        return [
            self._stateful(
                ctx,
                Category.REPETITION,
                level,
                anchor="first:" + episode,
                anchor_ts=first_ts,
                event_ids=ids,
                window=(first_ts, ctx.ts),
                evidence=f"same message {count} times in {days:.0f} days",
            )
        ]

    def _body_sketch(self, text: str, channel: str) -> tuple[int, tuple[int, ...], Gist]:
        """Length, sketch and gist of the customer's words in ``text``, memoised by text
        and the kind of channel (:func:`~mamori.detect.text.said.said`)."""
        key = (said_kind(channel), text)
        cached = self._sketches.get(key)
        if cached is None:
            if len(self._sketches) >= self._sketch_cache:
                self._sketches.clear()  # simple bound, as the content detector's memo
            cached = self._sketches[key] = _body_sketch(text, channel)
        return cached

    def _bound_demands(self, st: CustomerState) -> None:
        """Keep ``max_demands`` entries: one-off messages go first, then the oldest.

        A growing episode is what the bound must not lose; the newest dropped time
        (``demands_cut``) marks events whose history is gone: older ones are
        treated as already applied.
        """
        bound = self.config.state.max_demands
        while len(st.demands) > bound:
            # By position: ``list.remove`` would compare demands field by field.
            n = next((n for n, d in enumerate(st.demands) if d.matches == 0), 0)
            victim = st.demands.pop(n)
            st.demands_cut = max(st.demands_cut, victim.ts)

    # ------------------------------------------------------------------ escalation
    def _escalate(
        self, ctx: _Context, st: CustomerState, indicators: list[IndicatorEvent]
    ) -> list[EscalationEvent]:
        """Count each new indicator id once, then emit the stage crossings.

        Redelivered events bring ids already counted (or older than what the risk
        remembers): they change nothing, so escalations are the same as for one
        delivery. Step-downs by decay since the last update come first, at the
        moments they happened.
        """
        cfg = self.config.risk
        ref = max(st.risk_ts, ctx.ts)
        out = self._step_down(ctx.customer_key, st, ref) if st.stage > 0 else []
        new: list[IndicatorEvent] = []
        if indicators and ctx.ts > st.risk_cut:
            counted = {iid for iid, _, _ in st.risk_items}
            new = [i for i in indicators if i.indicator_id not in counted]
            for ind in new:
                counted.add(ind.indicator_id)
                st.risk_items.append((ind.indicator_id, severity_weight(cfg, ind.severity), ctx.ts))
        if new:
            st.risk_items.sort(key=lambda item: (item[2], item[0]))
        self._fold_risk(st, ref)
        risk = risk_at(st, ref, cfg)
        st.risk, st.risk_ts = risk, ref
        stage = stage_for(risk, cfg)
        if stage <= st.stage:
            return out  # stages go up with new indicators, down only by decay
        previous, st.stage = st.stage, stage
        out.append(
            EscalationEvent(
                escalation_id=stable_id(
                    "stage", ctx.customer_key, STAGES[stage], ctx.event.event_id
                ),
                customer_key=ctx.customer_key,
                stage=STAGES[stage],
                previous_stage=STAGES[previous],
                risk=risk,
                crossed_at=ctx.event.occurred_at,
                detected_at=ctx.now,
                indicator_ids=tuple(iid for iid, _, _ in st.risk_items[-_EVIDENCE_IDS:]),
                event_ids=tuple(
                    sorted({e for i in new for e in i.event_ids} | {ctx.event.event_id})
                ),
                categories=tuple(sorted({i.category.value for i in new})),
            )
        )
        return out

    def _fold_risk(self, st: CustomerState, ref: int) -> None:
        """Bound the counted ids: beyond ``max_risk_items``, and once decayed to
        nothing, the oldest fold into the base and move the cut forward."""
        cfg = self.config.risk
        bound = self.config.state.max_risk_items
        while st.risk_items and (
            len(st.risk_items) > bound
            or decayed(st.risk_items[0][1], st.risk_items[0][2], ref, cfg) < _NEGLIGIBLE_RISK
        ):
            _, weight, item_ts = st.risk_items.pop(0)
            st.risk_base = decayed(st.risk_base, st.risk_base_ts, ref, cfg) + decayed(
                weight, item_ts, ref, cfg
            )
            st.risk_base_ts = ref
            st.risk_cut = max(st.risk_cut, item_ts)
        if (
            st.risk_base < _NEGLIGIBLE_RISK
            and decayed(st.risk_base, st.risk_base_ts, ref, cfg) < _NEGLIGIBLE_RISK
        ):
            st.risk_base = 0.0

    def _step_down(self, customer_key: str, st: CustomerState, until: int) -> list[EscalationEvent]:
        """Stage crossings by decay between the last update and ``until``, one stage
        at a time, each at the second the decayed risk fell below its threshold."""
        cfg = self.config.risk
        out: list[EscalationEvent] = []
        while st.stage > 0:
            at = crossing_down(st.risk, st.risk_ts, step_down_threshold(st.stage, cfg), cfg)
            if at > until:
                break
            previous, st.stage = st.stage, st.stage - 1
            crossed = _utc(at)
            out.append(
                EscalationEvent(
                    escalation_id=stable_id(
                        "stage", customer_key, STAGES[st.stage], "decay", str(at)
                    ),
                    customer_key=customer_key,
                    stage=STAGES[st.stage],
                    previous_stage=STAGES[previous],
                    risk=decayed(st.risk, st.risk_ts, at, cfg),
                    crossed_at=crossed,
                    # A computed moment: the same record whoever notices it first.
                    detected_at=crossed,
                    indicator_ids=tuple(iid for iid, _, _ in st.risk_items[-_EVIDENCE_IDS:]),
                    event_ids=(),
                    categories=(),
                )
            )
        return out

    def risk_at(self, st: CustomerState, ts: int) -> float:
        """The customer's decayed risk at ``ts`` (what a dashboard shows now)."""
        return risk_at(st, max(ts, st.risk_ts), self.config.risk)

    def settle(self, st: CustomerState, customer_key: str, at_ts: int) -> list[EscalationEvent]:
        """Bring a state that received no event since up to ``at_ts``.

        Emits the stage step-downs by decay (the same records the customer's next
        event would emit), drops window entries no window can reach any more and
        decayed risk items, so a customer who never returns becomes idle
        (:meth:`CustomerState.is_idle`) and the worker may evict the key.
        """
        if at_ts <= st.risk_ts and at_ts <= st.watermark:
            return []
        ref = max(st.risk_ts, at_ts)
        out = self._step_down(customer_key, st, ref)
        self._prune(st, max(st.watermark, at_ts))
        local_day = _utc(at_ts).astimezone(self.calendar.tz).toordinal()
        if local_day > st.day:
            st.day_calls = []
        self._fold_risk(st, ref)
        st.risk, st.risk_ts = risk_at(st, ref, self.config.risk), ref
        return out


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
    #: The conversation a chat/SNS message belongs to ("" for a contact of its own).
    thread: str = ""


#: The demand codes, by bit: what "the same demand" can be of one kind.
_DEMAND_BITS: Final = {
    Category.EXCESSIVE_DEMAND: 1,
    Category.APOLOGY_DEMAND: 2,
    Category.IN_PERSON_DEMAND: 4,
    Category.STAFF_NAMING: 8,
}


def demand_codes(analysis: TextAnalysis) -> int:
    """The demands a message makes at medium or above, as a bit set: two messages
    sharing a bit ask for the same kind of thing, whatever their words."""
    bits = 0
    for hit in analysis.hits:
        if hit.severity != "low":
            bits |= _DEMAND_BITS.get(hit.category, 0)
    return bits


def _asks(analysis: TextAnalysis) -> bool:
    """Whether a message demands something: a demand cue, or a content indicator at
    medium or above."""
    return analysis.is_demand or any(hit.severity != "low" for hit in analysis.hits)


def _binding_seconds(event: ContactEvent) -> float:
    """The length of a timed contact the customer made — an inbound call or a visit —
    else 0. A call staff place (a claim interview, a callback) lasts as long as staff
    need it to."""
    if event.channel not in _TIMED_CHANNELS or not event.duration_s:
        return 0.0
    if event.direction != "inbound" and event.channel != "visit":
        return 0.0
    return event.duration_s


def _conversation(event: ContactEvent) -> str:
    """A short hash of a chat/SNS message's channel and thread id ("" otherwise): the
    state keeps no raw ids, and a call or an e-mail is a contact of its own."""
    if event.channel not in _CONVERSATION_CHANNELS or not event.thread_id:
        return ""
    return stable_id("conversation", event.channel, event.thread_id)[:12]


def _remember_thread(st: CustomerState, event_id: str, thread: str) -> None:
    if thread and (event_id, thread) not in st.threads:
        st.threads.append((event_id, thread))


def _chases(ctx: _Context, st: CustomerState) -> bool:
    """Whether an inbound message is a chasing line sent into a conversation already
    begun: a greeting that opens a chat ("hello") is its first line, not a chase."""
    thread = ctx.thread
    if not thread or not any(t == thread for _, t in st.threads):
        return False
    return is_chasing(ctx.event.text)


def _flood_threads(st: CustomerState) -> dict[str, str]:
    """The conversation of each message for the flood's counts: a chasing line is a
    contact of its own (:mod:`mamori.detect.text.chasing`)."""
    if not st.threads:
        return {}
    if not st.chases:
        return dict(st.threads)
    chases = set(st.chases)
    return {e: t for e, t in st.threads if e not in chases}


def _conversation_count(event_ids: Sequence[str], threads: dict[str, str]) -> int:
    """Contacts among ``event_ids``: the messages of one conversation count once."""
    if not threads:
        return len(event_ids)
    return len({threads.get(e, e) for e in event_ids})


def _longest_conversation(event_ids: Sequence[str], threads: dict[str, str]) -> int:
    if not threads:
        return 1 if event_ids else 0
    counts: dict[str, int] = {}
    for e in event_ids:
        key = threads.get(e, e)
        counts[key] = counts.get(key, 0) + 1
    return max(counts.values(), default=0)


def _flood_lifted(
    contact_levels: Levels,
    message_levels: Levels | None,
    event_ids: Sequence[str],
    event_id: str,
    threads: dict[str, str],
) -> int:
    """The flood level ``event_id`` lifts its window to (0 if none): contacts counted by
    conversation, and — with ``message_levels`` — the messages of one conversation."""
    # Both counts are at most the number of messages and levels only rise with a count:
    # below every level at that number (most contacts), nothing is lifted.
    n = len(event_ids)
    if not contact_levels.level(n) and (message_levels is None or not message_levels.level(n)):
        return 0

    def level(ids: Sequence[str]) -> int:
        lv = contact_levels.level(_conversation_count(ids, threads))
        if message_levels is not None:
            lv = max(lv, message_levels.level(_longest_conversation(ids, threads)))
        return lv

    after = level(event_ids)
    if not after:
        return 0  # no level with it, so none lifted by it
    return after if after > level([e for e in event_ids if e != event_id]) else 0


def _cut(entries: list[Any], bound: int, cut: int) -> int:
    """Drop the oldest entries beyond ``bound``; return the newest dropped time (or ``cut``)."""
    if len(entries) <= bound:
        return cut
    newest_dropped = int(entries[-bound - 1][0])
    del entries[:-bound]
    return max(cut, newest_dropped)


#: Burst episodes remembered per customer (the newest by first contact).
_MAX_BURSTS: Final = 4


def _burst_episode(
    st: CustomerState, ts: int, event_id: str, span: int, is_new: bool
) -> tuple[int, str]:
    """The burst episode of the contact at ``ts``: (first contact ts, its event id).

    An episode is a run of contacts each less than ``span`` after the previous one; a
    new contact continues the episode it follows closely enough, else starts one. An
    episode's first contact never changes, so its levels share the anchor, and a
    redelivered contact (already applied) finds the episode it was put in.
    """
    for start, last, first_id in st.bursts:
        if start <= ts <= last:
            return start, first_id
    if not is_new:
        return ts, event_id  # its episode was forgotten (bound): the best stable guess
    for n, (start, last, first_id) in enumerate(st.bursts):
        if last < ts < last + span:
            st.bursts[n] = (start, ts, first_id)
            return start, first_id
    st.bursts.append((ts, ts, event_id))
    st.bursts.sort()
    del st.bursts[:-_MAX_BURSTS]
    return ts, event_id


def _body_sketch(text: str, channel: str = "") -> tuple[int, tuple[int, ...], Gist]:
    """Length, sketch and gist of the customer's words in ``text`` (a pure function;
    the engine memoises it)."""
    lines = said(text, channel)
    body = body_text(lines)
    return len(body), sketch(body), gist(lines)


def _demand_order(d: Demand) -> tuple[int, str]:
    return d.ts, d.event_id


def _lifted(levels: Levels, before: float, after: float) -> int:
    """The level ``after`` reaches if it is higher than the level of ``before``, else 0."""
    new = levels.level(after)
    return new if new and new > levels.level(before) else 0


def _utc(ts: int) -> datetime:
    return datetime.fromtimestamp(ts, UTC)
