"""Property tests: no event content or ordering crashes the engine, state stays
bounded, and detection is deterministic and idempotent under redelivery."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mamori.detect.config import DetectionConfig
from mamori.detect.engine import DetectionEngine
from mamori.detect.state import CustomerState
from mamori.domain.contract import CHANNELS, ContactEvent
from mamori.domain.pseudonym import Pseudonymizer

from .test_stateful_windows import EchoAnalyser

ENGINE = DetectionEngine(DetectionConfig(), EchoAnalyser(), Pseudonymizer(b"p" * 32))
BASE = datetime(2026, 7, 1, tzinfo=UTC)
NOW = datetime(2026, 11, 1, tzinfo=UTC)

events_strategy = st.lists(
    st.builds(
        lambda n, minutes, channel, direction, duration, text, cust: ContactEvent(
            event_id=f"e{n}",
            occurred_at=BASE + timedelta(minutes=minutes),
            channel=channel,
            direction=direction,
            customer_id=f"c{cust}",
            agent_id=None,
            duration_s=duration,
            text=text,
        ),
        n=st.integers(0, 60),
        minutes=st.integers(0, 60 * 24 * 40),
        channel=st.sampled_from(CHANNELS),
        direction=st.sampled_from(["inbound", "outbound"]),
        duration=st.one_of(st.none(), st.floats(0, 7 * 86_400, allow_nan=False)),
        text=st.one_of(st.none(), st.text(max_size=300)),
        cust=st.integers(0, 2),
    ),
    max_size=60,
)


def run(events: list[ContactEvent]) -> tuple[list[str], dict[str, CustomerState]]:
    states: dict[str, CustomerState] = {}
    ids: list[str] = []
    for e in events:
        det = ENGINE.process(e, states.get(e.customer_id), NOW)
        states[e.customer_id] = CustomerState.from_bytes(det.state.to_bytes())
        ids.extend(i.indicator_id for i in det.indicators)
    return ids, states


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events_strategy)
def test_any_order_any_content_never_crashes_and_state_is_bounded(
    events: list[ContactEvent],
) -> None:
    _, states = run(events)
    for state in states.values():
        assert len(state.contacts) <= ENGINE.config.state.max_recent_contacts
        assert len(state.demands) <= ENGINE.config.state.max_demands
        assert len(state.offhours) <= ENGINE.config.state.max_offhours
        assert len(state.to_bytes()) < 4096


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events_strategy)
def test_detection_is_deterministic(events: list[ContactEvent]) -> None:
    assert run(events)[0] == run(events)[0]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(events_strategy, st.integers(0, 59))
def test_redelivering_a_suffix_adds_no_new_indicator_ids(
    events: list[ContactEvent], cut: int
) -> None:
    """A consumer restart re-delivers the events after the last committed offset."""
    ordered = sorted({e.event_id: e for e in events}.values(), key=lambda e: (e.ts, e.event_id))
    cut = min(cut, len(ordered))
    once = set(run(ordered)[0])
    again = set(run(ordered + ordered[cut:])[0])
    assert again == once
