"""Batch replay (contract section 5): the worker's detection code over a JSON-lines
file of ContactEvents, in event-time order, without Kafka.

Deterministic: ``detected_at`` is the triggering event's time (the moment a
worker keeping up would have seen it), so the same input always gives the same
output — which is what back-testing a threshold change needs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Final

import orjson

from mamori.detect.escalation import EscalationEvent
from mamori.detect.state import CustomerState
from mamori.detect.step import DetectionStep
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.validation import Rejection

#: Far enough ahead that replay never rejects a future timestamp by wall clock.
_REPLAY_CLOCK: Final = datetime(9000, 1, 1, tzinfo=UTC)


@dataclass(slots=True)
class ReplayResult:
    indicators: list[IndicatorEvent] = field(default_factory=list)
    escalations: list[EscalationEvent] = field(default_factory=list)
    rejections: list[tuple[int, Rejection]] = field(default_factory=list)
    events: int = 0
    states: dict[str, CustomerState] = field(default_factory=dict)


def read_lines(path: Path | str) -> Iterator[bytes]:
    if str(path) == "-":
        yield from (line.rstrip(b"\r\n") for line in sys.stdin.buffer)
        return
    with Path(path).open("rb") as fh:
        yield from (line.rstrip(b"\r\n") for line in fh)


def replay(lines: Iterable[bytes], step: DetectionStep) -> ReplayResult:
    """Validate every line, sort the valid events by event time, run detection."""
    result = ReplayResult()
    events: list[ContactEvent] = []
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        decoded = step.decode(raw, now=_REPLAY_CLOCK)
        if isinstance(decoded, Rejection):
            result.rejections.append((number, decoded))
        else:
            events.append(decoded)
    # Stable order for equal timestamps: event id breaks ties.
    events.sort(key=lambda e: (e.ts, e.event_id))
    for event in events:
        key = step.customer_key(event)
        detection = step.detect(event, result.states.get(key), event.occurred_at)
        result.states[key] = detection.state
        result.indicators.extend(detection.indicators)
        result.escalations.extend(detection.escalations)
        result.events += 1
    return result


def _write_jsonl(records: Iterable[dict[str, object]], out: IO[bytes]) -> None:
    for record in records:
        out.write(orjson.dumps(record))
        out.write(b"\n")
