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

import click
import orjson

from mamori.contract import ContactEvent, IndicatorEvent
from mamori.detect.escalation import EscalationEvent
from mamori.detect.state import CustomerState
from mamori.pipeline import DetectionStep, build_engine, limits_from
from mamori.settings import get_settings
from mamori.validation import Rejection

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


@click.command("replay")
@click.argument("events", type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="IndicatorEvents as JSON lines (default: stdout).",
)
@click.option(
    "--escalations",
    type=click.Path(dir_okay=False),
    default=None,
    help="Also write stage crossings (watch/warn/review) as JSON lines.",
)
@click.option(
    "--dead-letters",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write rejected lines' numbers and reasons as JSON lines.",
)
def replay_command(
    events: str, output: str, escalations: str | None, dead_letters: str | None
) -> None:
    """Run detection over EVENTS.jsonl in event-time order, without Kafka."""
    settings = get_settings()
    step = DetectionStep(build_engine(settings), limits_from(settings))
    result = replay(read_lines(events), step)
    if output == "-":
        _write_jsonl((i.to_wire() for i in result.indicators), sys.stdout.buffer)
        sys.stdout.buffer.flush()
    else:
        with Path(output).open("wb") as fh:
            _write_jsonl((i.to_wire() for i in result.indicators), fh)
    if escalations:
        with Path(escalations).open("wb") as fh:
            _write_jsonl((e.to_wire() for e in result.escalations), fh)
    if dead_letters:
        with Path(dead_letters).open("wb") as fh:
            _write_jsonl(
                ({"line": n, "reason": r.reason, "detail": r.detail} for n, r in result.rejections),
                fh,
            )
    click.echo(
        f"replay: {result.events} events, {len(result.indicators)} indicators, "
        f"{len(result.escalations)} stage changes, {len(result.rejections)} rejected lines",
        err=True,
    )
