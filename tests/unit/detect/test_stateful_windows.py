"""Stateful detectors on explicit event times (never the wall clock).

The content side is isolated with a tiny deterministic analyser: these tests
are about windows, levels, idempotence and bounded state.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from mamori.detect.base import TextAnalysis
from mamori.detect.config import DetectionConfig
from mamori.detect.engine import DetectionEngine
from mamori.detect.escalation import STAGES
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.pseudonym import Pseudonymizer

JST = timezone(timedelta(hours=9))
NOW = datetime(2026, 11, 1, tzinfo=UTC)


class EchoAnalyser:
    """Every text is a demand; 「至急」 marks urgency. No content hits."""

    name = "echo@test"

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        body = unicodedata.normalize("NFKC", text or "").lower()
        return TextAnalysis(hits=(), customer_text=body, is_demand=True, is_urgent="至急" in body)


@pytest.fixture
def engine() -> DetectionEngine:
    return DetectionEngine(DetectionConfig(), EchoAnalyser(), Pseudonymizer(b"k" * 32))


def ev(
    n: int,
    at: datetime,
    *,
    channel: str = "chat",
    text: str | None = "hello",
    duration: float | None = None,
    customer: str = "cus-1",
    thread: str | None = None,
    direction: str = "inbound",
) -> ContactEvent:
    return ContactEvent(
        event_id=f"e{n}",
        occurred_at=at,
        channel=channel,  # type: ignore[arg-type]
        direction=direction,  # type: ignore[arg-type]
        customer_id=customer,
        agent_id="agt-1",
        duration_s=duration,
        text=text,
        thread_id=thread,
    )


def run(
    engine: DetectionEngine, events: list[ContactEvent]
) -> tuple[list[IndicatorEvent], CustomerState | None]:
    state: CustomerState | None = None
    out: list[IndicatorEvent] = []
    for e in events:
        det = engine.process(e, state, NOW)
        # Round-trip through bytes every time, as the Faust table does.
        state = CustomerState.from_bytes(det.state.to_bytes())
        out.extend(det.indicators)
    return out, state


def by_cat(inds: list[IndicatorEvent], cat: str) -> list[IndicatorEvent]:
    return [i for i in inds if i.category.value == cat]


def test_single_long_call_levels(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    inds, _ = run(
        engine,
        [
            # A 31–59 min call is an ordinary difficult call, not an indicator.
            ev(1, start, channel="phone", duration=31 * 60),
            ev(2, start + timedelta(days=1), channel="phone", duration=44 * 60),
            ev(3, start + timedelta(days=2), channel="phone", duration=45 * 60),
            # The guideline's line: an hour binds staff (medium), 90 min is high.
            ev(4, start + timedelta(days=3), channel="phone", duration=59 * 60),
            ev(5, start + timedelta(days=4), channel="phone", duration=60 * 60),
            ev(6, start + timedelta(days=5), channel="visit", duration=89 * 60),
            ev(7, start + timedelta(days=6), channel="phone", duration=90 * 60),
        ],
    )
    singles = [
        i for i in by_cat(inds, "prolonged_contact") if len(i.event_ids) == 1 and i.window_start
    ]
    assert [(i.event_ids[0], i.severity) for i in singles] == [
        ("e5", "medium"),
        ("e6", "medium"),
        ("e7", "high"),
    ]


def test_daily_cumulative_call_time(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 9, 0, tzinfo=JST)
    calls = [ev(i, start + timedelta(hours=i), channel="phone", duration=25 * 60) for i in range(5)]
    inds, state = run(engine, calls)
    daily = [i for i in by_cat(inds, "prolonged_contact") if i.window_start is None]
    # 25 min × 4 = 100 min ≥ 90 min reaches medium on the 4th call, not before.
    assert [(i.severity, i.event_ids[-1]) for i in daily] == [("medium", "e3")]
    assert state is not None and len(state.day_calls) == 5


def test_flood_needs_a_burst_in_the_window(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    spread = [ev(i, start + timedelta(minutes=61 * i)) for i in range(6)]
    assert by_cat(run(engine, spread)[0], "contact_flood") == []
    burst = [ev(i, start + timedelta(minutes=3 * i)) for i in range(8)]
    floods = by_cat(run(engine, burst)[0], "contact_flood")
    assert [(f.severity, len(f.event_ids)) for f in floods] == [("low", 5), ("medium", 8)]


def test_off_hours_habitual_not_one_evening(engine: DetectionEngine) -> None:
    evening = datetime(2026, 7, 1, 21, 0, tzinfo=JST)  # Wednesday 21:00 JST
    assert by_cat(run(engine, [ev(1, evening)])[0], "off_hours_contact") == []
    # Weekly evening e-mails without urgency are a customer's schedule, not pressure.
    weekly = [ev(i, evening + timedelta(days=7 * i)) for i in range(4)]
    assert by_cat(run(engine, weekly)[0], "off_hours_contact") == []
    nights = [ev(i, evening + timedelta(days=2 * i)) for i in range(10)]
    sev = [i.severity for i in by_cat(run(engine, nights)[0], "off_hours_contact")]
    assert sev == ["low", "high"]


def test_urgent_off_hours_raises_to_medium(engine: DetectionEngine) -> None:
    evening = datetime(2026, 7, 1, 22, 0, tzinfo=JST)
    nights = [ev(i, evening + timedelta(days=i), text="至急連絡ください") for i in range(3)]
    assert [i.severity for i in by_cat(run(engine, nights)[0], "off_hours_contact")] == ["medium"]


def test_holiday_daytime_is_off_hours(engine: DetectionEngine) -> None:
    # 2026-07-20 is Marine Day (海の日), a national holiday: closed all day.
    holiday = datetime(2026, 7, 20, 11, 0, tzinfo=JST)
    assert not engine.calendar.is_open(holiday)
    assert engine.calendar.is_open(datetime(2026, 7, 21, 11, 0, tzinfo=JST))
    assert not engine.calendar.is_open(datetime(2026, 12, 30, 11, 0, tzinfo=JST))


def test_repetition_uses_similarity_not_equality(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    variants = [
        "注文した商品の交換はいつ届くのか、すぐに教えてください",
        "再送：注文した商品の交換はいつ届くのか、すぐに教えてください",
        "注文した商品の交換はいつ届くのか、すぐに教えてください！！",
        "注文した商品の交換はいつ届くのか すぐに教えて下さい",
    ]
    events = [ev(i, start + timedelta(hours=5 * i), text=t) for i, t in enumerate(variants)]
    reps = by_cat(run(engine, events)[0], "repetition")
    assert [(r.severity, len(r.event_ids)) for r in reps] == [("medium", 4)]
    different = [
        ev(i, start + timedelta(hours=5 * i), text=f"別件{i}：請求書の宛名を{i}番に変更したい")
        for i in range(6)
    ]
    different[1] = ev(1, start + timedelta(hours=5), text="ポイントの有効期限を確認したいです")
    assert by_cat(run(engine, different[:2])[0], "repetition") == []


def test_redelivery_is_idempotent(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    burst = [ev(i, start + timedelta(minutes=2 * i)) for i in range(9)]
    once, _ = run(engine, burst)
    # Crash after event 6 was applied: events 4..8 come again.
    twice, _ = run(engine, burst[:7] + burst[4:])
    assert {i.indicator_id for i in twice} == {i.indicator_id for i in once}


def test_late_events_only_get_content_detection(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 10, 10, 0, tzinfo=JST)
    late = ev(99, start - timedelta(days=3), channel="phone", duration=2 * 3600)
    inds, state = run(engine, [ev(1, start), late])
    # The long call still counts as a single prolonged contact, but no window moves.
    assert [i.event_ids for i in by_cat(inds, "prolonged_contact")] == [("e99",)]
    assert state is not None and state.day_calls == []


def test_state_is_bounded(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 0, 0, tzinfo=JST)
    events = [
        ev(
            i,
            start + timedelta(minutes=7 * i),
            channel="phone",
            duration=40,
            # Enough content words for a full gist per demand (12 word hashes).
            text=f"至急 {i} 件目の要求です、前にも頼んだ返金と交換と配送と請求書と領収書の"
            "宛名とポイントと保証書と修理と会員登録と駐車場と営業時間の件",
        )
        for i in range(3000)
    ]
    _, state = run(engine, events)
    assert state is not None
    assert all(len(d.gist.words) == 12 for d in state.demands)
    # Every window full at once (3,000 contacts, 8 demands with full gists, 6 counted
    # indicator ids of 32 hex chars for the risk set): still under 2.5 KiB.
    assert len(state.to_bytes()) < 2560


def test_ids_never_carry_raw_customer_or_agent(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    inds, _ = run(
        engine, [ev(i, start + timedelta(minutes=i), customer="cus-secret-42") for i in range(9)]
    )
    assert inds
    for i in inds:
        wire = repr(i.to_wire())
        assert "cus-secret-42" not in wire and "agt-1" not in wire


def test_escalation_stages_follow_risk(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    state = None
    stages = []
    for i in range(20):
        det = engine.process(ev(i, start + timedelta(minutes=2 * i)), state, NOW)
        state = det.state
        stages += [e.stage for e in det.escalations]
    assert stages[:2] == ["watch", "warn"] or stages[:1] == ["watch"]
    # Three quiet months later the risk has decayed: the next contact brings the
    # step-downs, one stage at a time, at the moments they happened (before it).
    later = start + timedelta(days=90)
    det = engine.process(ev(100, later), state, NOW)
    assert det.escalations and det.escalations[-1].stage in ("none", "watch")
    for esc in det.escalations:
        assert STAGES.index(esc.previous_stage) == STAGES.index(esc.stage) + 1
        assert esc.crossed_at < later


def test_every_indicator_obeys_the_wire_schema(engine: DetectionEngine) -> None:
    from mamori.domain.validation import INDICATOR_SCHEMA_FILE, compiled_validator

    validate = compiled_validator(INDICATOR_SCHEMA_FILE)
    start = datetime(2026, 7, 4, 23, 0, tzinfo=JST)
    events = [
        ev(
            i,
            start + timedelta(minutes=3 * i),
            channel="phone",
            duration=3700,
            text="至急 返事しろ 同じ要求",
        )
        for i in range(16)
    ]
    inds, _ = run(engine, events)
    assert {i.category.value for i in inds} >= {
        "contact_flood",
        "prolonged_contact",
        "off_hours_contact",
        "repetition",
    }
    for ind in inds:
        validate(ind.to_wire())


def test_redelivery_after_count_bound_evictions_is_idempotent(engine: DetectionEngine) -> None:
    """More similar demands than the state keeps: a redelivered old event must not
    be evaluated against the shortened history (found by the e2e redelivery test)."""
    start = datetime(2026, 7, 6, 10, 0, tzinfo=JST)
    events = [
        ev(i, start + timedelta(minutes=3 * i), text="返事は？まだですか、早く対応して")
        for i in range(30)
    ]
    once, _ = run(engine, events)
    twice, _ = run(engine, events + events)
    assert {i.indicator_id for i in twice} == {i.indicator_id for i in once}
    assert {i.category.value for i in once} >= {"repetition", "contact_flood"}


def test_two_bursts_of_one_day_are_two_indicators(engine: DetectionEngine) -> None:
    # Two bursts on one day, each handled by another agent: each burst is its own
    # episode with its own id, evidence and agent (one shared id used to let the
    # afternoon overwrite the morning and count under both agents).
    morning = datetime(2026, 7, 1, 9, 0, tzinfo=JST)
    afternoon = datetime(2026, 7, 1, 15, 0, tzinfo=JST)
    events = [ev(i, morning + timedelta(minutes=2 * i)) for i in range(5)]
    events += [ev(10 + i, afternoon + timedelta(minutes=2 * i)) for i in range(5)]
    events = [
        replace(e, agent_id="agt-am" if e.occurred_at < afternoon else "agt-pm") for e in events
    ]
    floods = [f for f in by_cat(run(engine, events)[0], "contact_flood") if f.window_start]
    assert len(floods) == 2
    assert len({f.indicator_id for f in floods}) == 2
    assert {f.event_ids for f in floods} == {
        tuple(f"e{i}" for i in range(5)),
        tuple(f"e{10 + i}" for i in range(5)),
    }
    assert len({f.agent_key for f in floods}) == 2


def test_a_burst_episode_keeps_its_id_across_levels_and_redelivery(
    engine: DetectionEngine,
) -> None:
    start = datetime(2026, 7, 1, 23, 30, tzinfo=JST)  # the burst crosses midnight
    burst = [ev(i, start + timedelta(minutes=3 * i)) for i in range(16)]
    once, _ = run(engine, burst)
    again, _ = run(engine, burst[:9] + burst[3:])  # crash and redelivery mid-burst
    bursts = [f for f in by_cat(once, "contact_flood") if f.window_start]
    assert [f.severity for f in bursts] == ["low", "medium", "high"]
    assert len({f.to_wire()["anchor_at"] for f in bursts}) == 1  # one episode
    assert {f.indicator_id for f in again} == {f.indicator_id for f in once}


def test_every_indicator_has_one_event_time_under_redelivery(engine: DetectionEngine) -> None:
    """occurred_at is the display time of dashboards and reports: it must be the
    time of the event that fired the indicator, the same for every copy of an id."""
    day = datetime(2026, 7, 1, 9, 0, tzinfo=JST)
    calls = [
        ev(i, day + timedelta(hours=i), channel="phone", duration=minutes * 60)
        for i, minutes in enumerate((40, 60, 90))
    ]
    burst = [ev(20 + i, day + timedelta(hours=6, minutes=i)) for i in range(9)]
    events = calls + burst
    once, _ = run(engine, events)
    # Every event delivered again after the whole day was applied.
    twice, _ = run(engine, events + events)
    times: dict[str, set[datetime]] = {}
    for ind in once + twice:
        times.setdefault(ind.indicator_id, set()).add(ind.occurred_at)
    assert {i.indicator_id for i in twice} == set(times)
    assert all(len(t) == 1 for t in times.values()), times
    daily = [i for i in by_cat(once, "prolonged_contact") if i.window_start is None]
    assert [(i.severity, i.event_ids[-1]) for i in daily] == [("medium", "e1"), ("high", "e2")]


def test_a_call_staff_place_is_not_the_customer_holding_them(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    interview = ev(1, start, channel="phone", duration=100 * 60, direction="outbound")
    assert by_cat(run(engine, [interview])[0], "prolonged_contact") == []
    visit = ev(2, start, channel="visit", duration=100 * 60)
    # A visit is the customer's: the single visit (high) and its day's total (medium).
    assert [i.severity for i in by_cat(run(engine, [visit])[0], "prolonged_contact")] == [
        "high",
        "medium",
    ]


def test_a_chat_sent_line_by_line_is_one_contact(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    # Lines that say something: a line that only chases a reply counts apart
    # (test_chasing_lines.py).
    lines = [
        ev(i, start + timedelta(seconds=40 * i), thread="chat-7", text=f"the order, part {i}")
        for i in range(10)
    ]
    assert by_cat(run(engine, lines)[0], "contact_flood") == []
    # Without a thread id every line stands alone (as before): 10 contacts.
    alone = [replace(e, thread_id=None) for e in lines]
    assert [f.severity for f in by_cat(run(engine, alone)[0], "contact_flood")] == [
        "low",
        "medium",
    ]
    # Five conversations in an hour are five contacts, however many lines each has.
    chats = [
        ev(
            10 * c + i,
            start + timedelta(minutes=10 * c, seconds=20 * i),
            thread=f"chat-{c}",
            text=f"about my booking, line {i}",
        )
        for c in range(5)
        for i in range(3)
    ]
    floods = by_cat(run(engine, chats)[0], "contact_flood")
    assert [(f.severity, f.evidence) for f in floods] == [
        ("low", "13 messages, 5 contacts in 60 min")
    ]


def test_a_flood_inside_one_chat_counts_its_messages(engine: DetectionEngine) -> None:
    start = datetime(2026, 7, 1, 10, 0, tzinfo=JST)
    spam = [
        ev(i, start + timedelta(seconds=30 * i), thread="chat-9", text=f"refund now {i}")
        for i in range(24)
    ]
    inds, state = run(engine, spam)
    floods = by_cat(inds, "contact_flood")
    assert [(f.severity, len(f.event_ids)) for f in floods] == [
        ("low", 15),
        ("medium", 20),
        ("high", 24),
    ]
    # Redelivered lines add nothing.
    again = [i.indicator_id for e in spam for i in engine.process(e, state, NOW).indicators]
    assert set(again) <= {i.indicator_id for i in inds}
    # The state names the conversation by a hash, never by its thread id.
    assert state is not None and b"chat-9" not in state.to_bytes()


def test_a_night_chat_is_one_off_hours_contact(engine: DetectionEngine) -> None:
    night = datetime(2026, 7, 1, 23, 0, tzinfo=JST)
    chats = [
        ev(10 * d + i, night + timedelta(days=d, seconds=30 * i), thread=f"night-{d}")
        for d in range(7)
        for i in range(6)
    ]
    assert by_cat(run(engine, chats)[0], "off_hours_contact") == []
    # A later line that is urgent makes its conversation urgent: three urgent nights.
    urgent = [replace(e, text="至急") if n % 6 == 5 and n < 18 else e for n, e in enumerate(chats)]
    assert [i.severity for i in by_cat(run(engine, urgent)[0], "off_hours_contact")] == ["medium"]


def test_state_of_format_5_still_loads() -> None:
    state = CustomerState(contacts=[(1, "e1")], threads=[("e1", "abc")])
    raw = state.to_bytes()
    assert CustomerState.from_bytes(raw).threads == [("e1", "abc")]
    old = raw.replace(b"[8,", b"[5,", 1).rsplit(b",[[", 1)[0] + b"]"
    assert CustomerState.from_bytes(old).threads == []
