"""The engine's per-event shortcuts change no result (issue 14).

Memos of pure functions (repetition sketches by text, local midnights by day) and the
event kept as it is when its id is opaque: the outputs must be those of an engine
without them, on streams that exercise repetition, windows and escalation.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import orjson

from mamori.calendar import CalendarConfig, SupportCalendar
from mamori.detect.base import TextAnalysis
from mamori.detect.config import DetectionConfig
from mamori.detect.engine import DetectionEngine
from mamori.detect.state import CustomerState
from mamori.domain.contract import ContactEvent
from mamori.domain.pseudonym import Pseudonymizer

_TEXTS = (
    "注文した商品がまだ届きません。至急確認して返金してください。",
    "注文した商品がまだ届きません！！至急確認して返金して下さい",
    "客: 返金はいつになりますか。\n担当: 確認いたします。\n客: 今日中に返金しろ。",
    "The parcel still has not arrived. Refund me today, I want my money back.",
    "the parcel STILL has not arrived - refund me today, I want my money back!",
    "ok",
    "",
)


class _Stub:
    """No content hits; every other message urgent (off-hours urgency counts)."""

    name = "stub@test"

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        urgent = "至急" in (text or "") or "today" in (text or "")
        return TextAnalysis(hits=(), customer_text=text or "", is_demand=True, is_urgent=urgent)


def _stream(seed: int, count: int, zone_start: datetime) -> list[ContactEvent]:
    rng = random.Random(seed)
    at = zone_start
    events = []
    for n in range(count):
        at += timedelta(minutes=rng.choice((1, 3, 20, 90, 600)))
        channel = rng.choice(("phone", "email", "chat", "visit"))
        events.append(
            ContactEvent(
                # Opaque ids and Message-ID-style ones (replaced by a keyed hash).
                event_id=f"ev-{n}" if n % 3 else f"<{n}.x@mail.example>",
                occurred_at=at,
                channel=channel,
                direction="inbound" if n % 5 else "outbound",
                customer_id=f"c{rng.randrange(4)}",
                agent_id=f"a{rng.randrange(3)}",
                duration_s=float(rng.randrange(60, 4000))
                if channel in ("phone", "visit")
                else None,
                text=rng.choice(_TEXTS),
            )
        )
    return events


def _outputs(engine: DetectionEngine, events: list[ContactEvent]) -> list[bytes]:
    states: dict[str, CustomerState] = {}
    out = []
    for event in events:
        det = engine.process(event, states.get(event.customer_id), event.occurred_at)
        states[event.customer_id] = det.state
        out += [orjson.dumps(i.to_wire()) for i in det.indicators]
        out += [orjson.dumps(e.to_wire()) for e in det.escalations]
        out.append(det.state.to_bytes())
    return out


def _engine(config: DetectionConfig, sketch_cache: int = 8192) -> DetectionEngine:
    return DetectionEngine(config, _Stub(), Pseudonymizer(b"k" * 32), sketch_cache=sketch_cache)


class _NoMemo(dict[tuple[int, int], int]):
    """A memo that never remembers: every midnight computed afresh."""

    def get(self, key: object, default: object = None) -> None:  # type: ignore[override]
        return None


def test_sketch_memo_bound_changes_nothing() -> None:
    events = _stream(1, 600, datetime(2026, 7, 6, 1, 0, tzinfo=UTC))
    config = DetectionConfig()
    # A memo of one entry is emptied at almost every event.
    assert _outputs(_engine(config, sketch_cache=1), events) == _outputs(_engine(config), events)


def _new_york(engine: DetectionEngine) -> DetectionEngine:
    # The shipped calendar (Asia/Tokyo) has no daylight saving time; the memo must not
    # rely on that. (The configuration refuses another zone; the engine takes any.)
    engine.calendar = SupportCalendar(CalendarConfig(timezone="America/New_York"))
    return engine


def test_midnight_memo_across_daylight_saving_changes_nothing() -> None:
    # New York: the clocks change on 2026-03-08 and 2026-11-01 (23- and 25-hour days).
    config = DetectionConfig()
    for start in (datetime(2026, 3, 6, tzinfo=UTC), datetime(2026, 10, 30, tzinfo=UTC)):
        events = _stream(2, 400, start)
        plain = _new_york(_engine(config))
        plain._midnights = _NoMemo()
        assert _outputs(_new_york(_engine(config)), events) == _outputs(plain, events)


def test_opaque_event_id_kept_and_other_ids_replaced() -> None:
    engine = _engine(DetectionConfig())
    at = datetime(2026, 7, 6, 1, 0, tzinfo=UTC)
    ids = []
    for n, event_id in enumerate(("ev-1", "<1.x@mail.example>")):
        event = ContactEvent(
            event_id=event_id,
            occurred_at=at + timedelta(hours=n),
            channel="phone",
            direction="inbound",
            customer_id="c",
            duration_s=4000.0,
        )
        det = engine.process(event, None, at)
        ids.append(det.indicators[0].event_ids)
    assert ids[0] == ("ev-1",)
    assert ids[1][0].startswith("e_") and "mail" not in ids[1][0]


def test_state_encoding_with_kept_sketches_equals_a_fresh_one() -> None:
    # A decoded demand keeps its stored sketch text and a new one packs it once: the
    # bytes written must be those of packing every sketch afresh, at every write.
    engine = _engine(DetectionConfig())
    states: dict[str, CustomerState] = {}
    for event in _stream(5, 400, datetime(2026, 7, 1, tzinfo=UTC)):
        state = states.get(event.customer_id)
        if state is not None:
            state = CustomerState.from_bytes(state.to_bytes())  # a decoded state, as stored
        states[event.customer_id] = engine.process(event, state, event.occurred_at).state
        written = states[event.customer_id].to_bytes()
        fresh = CustomerState.from_bytes(written)
        for demand in fresh.demands:
            demand.packed = ""
        assert fresh.to_bytes() == written
    assert any(s.demands for s in states.values())


def test_a_sketch_stored_in_another_spelling_is_written_as_this_code_writes_it() -> None:
    # Base64 ignores the unused low bits of the last character: "AAAAAR==" is the same
    # sketch as "AAAAAQ==", and a write spells it the canonical way, as before.
    stored = orjson.dumps(
        [4, 100, [], [[100, "e1", "AAAAAR==", 0, 0, "e1"]], [], 0, [], 0.0, 0, 0, [], 0.0, 0, 0]
        + [0, 0, 0, []]
    )
    state = CustomerState.from_bytes(stored)
    assert state.demands[0].sketch == (1,)
    assert b'"AAAAAQ=="' in state.to_bytes()
