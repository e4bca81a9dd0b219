"""The batch replay and the streaming worker give the same results — indicators AND
escalations — including when the worker crashes and its consumer re-reads events.

Streaming is simulated the way the Faust agent runs the shared detection step:
events in arrival (publish) order, in batches; within a batch each customer's state
stays in memory, at the end of the batch it is written to the table as bytes (idle
customers are deleted); a crash between the table write and the offset commit
re-delivers the whole batch against the newer states.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

import orjson
import pytest

from mamori.detect.state import CustomerState
from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.domain.contract import ContactEvent
from mamori.settings import Settings
from mamori.tools.replay import replay
from mamori.tools.synthetic import synthetic_events

Esc = tuple[str, str, str, datetime]


@pytest.fixture(scope="module")
def step() -> DetectionStep:
    settings = Settings(
        pseudonym_key="1e4b7c0d3f6a9e2b5c8d1f4a7e0b3c6d9f2a5e8b1c4d7f0a3e6b9c2d5f8a1e4b"
    )  # type: ignore[arg-type]
    return DetectionStep(build_engine(settings), limits_from(settings))


def stream(stretch: int) -> list[bytes]:
    """A synthetic stream; ``stretch`` spreads it in time (months: stages decay)."""
    events = list(synthetic_events(2500, customers=40, seed=11, hostile_share=0.25))
    base = datetime.fromisoformat(events[0]["occurred_at"])
    for e in events:
        at = datetime.fromisoformat(e["occurred_at"])
        e["occurred_at"] = (base + (at - base) * stretch).isoformat()
    return [orjson.dumps(e) for e in events]


def streaming(
    lines: list[bytes], step: DetectionStep, *, seed: int, crash_share: float
) -> tuple[set[str], set[Esc]]:
    rng = random.Random(seed)
    table: dict[str, bytes] = {}
    indicators: set[str] = set()
    escalations: set[Esc] = set()
    # A far clock: the stretched stream reaches past today (never rejected as future).
    events = [step.decode(raw, now=datetime(9000, 1, 1, tzinfo=UTC)) for raw in lines]
    assert all(isinstance(e, ContactEvent) for e in events)
    i = 0
    while i < len(events):
        batch = events[i : i + rng.randint(1, 200)]
        for attempt in range(2):
            states: dict[str, CustomerState] = {}
            for event in batch:
                assert isinstance(event, ContactEvent)
                key = step.customer_key(event)
                state = states.get(key)
                if state is None and key in table:
                    state = CustomerState.from_bytes(table[key])
                det = step.detect(event, state, event.occurred_at)
                states[key] = det.state
                indicators.update(ind.indicator_id for ind in det.indicators)
                escalations.update(
                    (e.escalation_id, e.previous_stage, e.stage, e.crossed_at)
                    for e in det.escalations
                )
            for key, state in states.items():
                if state.is_idle():
                    table.pop(key, None)
                else:
                    table[key] = state.to_bytes()
            if attempt == 0 and rng.random() >= crash_share:
                break  # offsets committed; otherwise the batch comes again
        i += len(batch)
    return indicators, escalations


@pytest.mark.parametrize("stretch", [1, 900], ids=["hours", "months"])
def test_streaming_with_crashes_equals_replay(step: DetectionStep, stretch: int) -> None:
    lines = stream(stretch)
    result = replay(lines, step)
    replayed_esc = [
        (e.escalation_id, e.previous_stage, e.stage, e.crossed_at) for e in result.escalations
    ]
    assert len(set(replayed_esc)) == len(replayed_esc), "one record per stage crossing"
    assert result.escalations, "the stream must escalate someone"
    if stretch > 1:
        assert any(e.stage == "none" for e in result.escalations), "and let stages decay"
    for seed, crash_share in ((1, 0.0), (2, 0.3)):
        indicators, escalations = streaming(lines, step, seed=seed, crash_share=crash_share)
        assert indicators == {i.indicator_id for i in result.indicators}
        assert escalations == set(replayed_esc)
