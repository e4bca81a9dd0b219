"""Escalation risk is a function of the SET of indicators, not of deliveries, and
stages decay (issue 11, "Nothing lost, nothing counted twice").

Pure engine, in memory, explicit event times. A crash is simulated the way the
worker can crash: between writing a customer's state and committing the
consumer offset (the events after the committed offset come again, against the
newer state), or before writing the state (they come again against the older
state, after their outputs were already sent).
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta, timezone

from mamori.detect.base import ContentHit, TextAnalysis
from mamori.detect.config import DetectionConfig
from mamori.detect.engine import DetectionEngine
from mamori.detect.escalation import EscalationEvent
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.taxonomy import Category

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 1, tzinfo=UTC)
START = datetime(2026, 7, 6, 10, 0, tzinfo=JST)  # Monday, inside support hours


class InsultAnalyser:
    """A medium abusive_language hit on every text containing 「ばか」; nothing else."""

    name = "insult@test"

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        body = text or ""
        hits = (
            (ContentHit(Category.ABUSIVE_LANGUAGE, "medium", 0.7, "ばか", "test"),)
            if "ばか" in body
            else ()
        )
        return TextAnalysis(hits=hits, customer_text=body, is_demand=False, is_urgent=False)


ENGINE = DetectionEngine(DetectionConfig(), InsultAnalyser(), Pseudonymizer(b"k" * 32))


def ev(n: int, at: datetime, text: str = "ばかにしてるのか、返事しろ") -> ContactEvent:
    return ContactEvent(
        event_id=f"x{n}",
        occurred_at=at,
        channel="chat",
        direction="inbound",
        customer_id="cus-risk",
        agent_id="agt-1",
        text=text,
    )


#: One insult every ten days: the decayed risk settles between warn and review, so
#: every indicator counted twice would push it to review (12 contacts, as in the issue).
TWELVE = [ev(i, START + timedelta(days=10 * i, minutes=i)) for i in range(12)]


def run(
    events: list[ContactEvent], state: CustomerState | None = None
) -> tuple[list[EscalationEvent], CustomerState | None]:
    out: list[EscalationEvent] = []
    for e in events:
        det = ENGINE.process(e, state, NOW)
        state = CustomerState.from_bytes(det.state.to_bytes())
        out.extend(det.escalations)
    return out, state


def key(escalations: list[EscalationEvent]) -> list[tuple[str, str, str, datetime]]:
    return [(e.escalation_id, e.previous_stage, e.stage, e.crossed_at) for e in escalations]


def test_full_redelivery_changes_no_escalation() -> None:
    once, state_once = run(TWELVE)
    assert [e.stage for e in once] == ["watch", "warn"]
    # Every event delivered twice (a demo run twice, a consumer group reset).
    twice, state_twice = run(TWELVE + TWELVE)
    assert key(twice) == key(once)
    assert state_once is not None and state_twice is not None
    assert state_twice.risk == state_once.risk and state_twice.risk_ts == state_once.risk_ts


def test_redelivery_after_a_crash_between_state_write_and_offset_commit() -> None:
    once, _ = run(TWELVE)
    for committed in range(12):
        for crashed_after in range(committed, 12):
            # State written up to `crashed_after`, offsets committed up to `committed`.
            first, state = run(TWELVE[: crashed_after + 1])
            again, _ = run(TWELVE[committed:], state)
            assert key(first + again) == key(once), (committed, crashed_after)


def test_redelivery_after_a_crash_before_the_state_write() -> None:
    once, _ = run(TWELVE)
    for committed in range(12):
        for crashed_after in range(committed, 12):
            # Outputs up to `crashed_after` were sent, but the state of `committed`
            # is what the changelog holds.
            first, _ = run(TWELVE[: crashed_after + 1])
            _, state = run(TWELVE[:committed])
            again, _ = run(TWELVE[committed:], state)
            sent = set(key(first + again))
            assert sent == set(key(once)), (committed, crashed_after)


def test_interleaved_duplicates_do_not_add_risk() -> None:
    once, _ = run(TWELVE)
    # Each event followed by a re-delivery of everything so far (worst case).
    noisy: list[ContactEvent] = []
    for i in range(12):
        noisy += TWELVE[: i + 1]
    assert key(run(noisy)[0]) == key(once)


def test_stage_decays_with_the_half_life_at_computed_times() -> None:
    cfg = ENGINE.config.risk
    escalated, state = run(TWELVE[:5])
    assert state is not None and escalated[-1].stage == "warn"
    last = int(TWELVE[4].ts)
    risk = ENGINE.risk_at(state, last)
    # No more contact. A year later the customer writes a friendly line: the stage
    # went down one step at a time, at the moments the decayed risk crossed each
    # threshold (not at the new event, not in one jump).
    later = ev(99, datetime.fromtimestamp(last, UTC) + timedelta(days=365), "ありがとう")
    steps, _ = run([later], state)
    assert [(e.previous_stage, e.stage) for e in steps] == [("warn", "watch"), ("watch", "none")]
    hl = cfg.half_life_days * 86_400
    for step, threshold in zip(steps, (cfg.warn, cfg.watch), strict=True):
        expected = last + hl * math.log2(risk / (threshold * cfg.step_down_ratio))
        assert abs(step.crossed_at.timestamp() - expected) <= 1


def test_settle_decays_a_customer_who_never_returns_and_makes_it_idle() -> None:
    _, state = run(TWELVE[:5])
    assert state is not None
    last = int(TWELVE[4].ts)
    customer = ENGINE.pseudo.customer("cus-risk")
    # A week later: still warn, not idle.
    assert ENGINE.settle(state, customer, last + 7 * 86_400) == []
    assert not state.is_idle()
    # A year later: stepped down to none, windows empty, risk negligible → evictable.
    steps = ENGINE.settle(state, customer, last + 365 * 86_400)
    assert [e.stage for e in steps] == ["watch", "none"]
    assert state.is_idle()
    # The same step-downs as the next event would have emitted (sweep == replay).
    _, fresh = run(TWELVE[:5])
    later = ev(99, datetime.fromtimestamp(last + 365 * 86_400, UTC), "ありがとう")
    assert key(run([later], fresh)[0]) == key(steps)
    # Settling again adds nothing.
    assert ENGINE.settle(state, customer, last + 400 * 86_400) == []


def test_state_stays_bounded_with_many_indicators() -> None:
    events = [ev(i, START + timedelta(hours=i)) for i in range(2000)]
    _, state = run(events)
    assert state is not None
    assert len(state.to_bytes()) < 2112  # 8 remembered messages, each with its kinds


def test_a_state_stored_by_the_previous_format_is_read_and_carries_its_risk() -> None:
    # Format 1 as the previous release wrote it: one risk number, the last event ids.
    ts = int(TWELVE[0].ts)
    old = (
        f'[1,{ts},[[{ts},"x0"]],[[{ts},"x0","AAAAAQAAAAI="]],[],0,[],4.0,{ts},2,'
        '["i1","i2"],["x0"],0,0,0]'
    ).encode()
    state = CustomerState.from_bytes(old)
    assert (state.stage, state.risk_base, state.risk_cut) == (2, 4.0, ts)
    assert state.demands[0].episode == "x0"
    # Redelivering the event it already counted adds nothing; a new one adds its weight.
    again, state = run([TWELVE[0]], state)
    assert again == [] and state is not None and state.risk == 4.0
    later, state = run([ev(50, TWELVE[0].occurred_at + timedelta(minutes=5))], state)
    assert [e.stage for e in later] == []  # 4.0 + 1.0 < review (6)
    assert state is not None and round(state.risk, 3) == 5.0
    assert CustomerState.from_bytes(state.to_bytes()) == state
