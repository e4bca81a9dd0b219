"""Batch replay (contract section 5): the worker's detection code over a JSON-lines
file of ContactEvents, in event-time order, without Kafka.

Deterministic: ``detected_at`` is the triggering event's time (the moment a
worker keeping up would have seen it), so the same input always gives the same
output — which is what back-testing a threshold change needs.
"""

from __future__ import annotations

import heapq
import multiprocessing
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, Final

import orjson

from mamori.detect.escalation import EscalationEvent
from mamori.detect.state import CustomerState
from mamori.detect.step import DetectionStep
from mamori.domain.contract import ContactEvent, IndicatorEvent
from mamori.domain.validation import Rejection

#: Far enough ahead that replay never rejects a future timestamp by wall clock.
_REPLAY_CLOCK: Final = datetime(9000, 1, 1, tzinfo=UTC)
#: Entries of the content detector's memo of analysed texts in a replay. The worker's
#: default (8,192, emptied when full) is refilled again and again by a back-fill with
#: more distinct texts: simulated on the sample's sequence of texts, a memo holding half
#: of the distinct texts analyses 12 % more texts, a fifth of them 20 % more. About 1 KB
#: an entry on the sample; the texts themselves are held by the replay anyway.
BACKFILL_TEXT_CACHE: Final = 65_536


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
        detection = step.detect(event, result.states.get(key), event.occurred_at, key)
        result.states[key] = detection.state
        result.indicators.extend(detection.indicators)
        result.escalations.extend(detection.escalations)
        result.events += 1
    return result


def _write_jsonl(records: Iterable[dict[str, object]], out: IO[bytes]) -> None:
    for record in records:
        out.write(orjson.dumps(record))
        out.write(b"\n")


# -- back-fill on several cores --------------------------------------------------------

#: Where one detection output sits in the single-process replay's order: the event's
#: (time, id, line number) — the sort of :func:`replay` is stable, so line order breaks
#: ties — then its position among that event's outputs.
OrderKey = tuple[float, str, int, int]


@dataclass(slots=True)
class ReplayLines:
    """A replay's output as the JSON lines ``mamori replay`` writes."""

    indicators: list[bytes] = field(default_factory=list)
    escalations: list[bytes] = field(default_factory=list)
    rejections: list[tuple[int, Rejection]] = field(default_factory=list)
    events: int = 0


@dataclass(slots=True)
class _Share:
    indicators: list[tuple[OrderKey, bytes]] = field(default_factory=list)
    escalations: list[tuple[OrderKey, bytes]] = field(default_factory=list)
    rejections: list[tuple[int, Rejection]] = field(default_factory=list)
    events: int = 0


#: Set by the parent just before forking: the children inherit them (no pickling of
#: the input or of the engine with its lexicons).
_FORK_STEP: DetectionStep | None = None
_FORK_SHARES: list[list[tuple[int, bytes]]] = []
_FORK_PROGRESS: Any = None
_PROGRESS_EVERY: Final = 1000


def _share_of(raw: bytes, workers: int) -> int:
    """The share of the customer of ``raw``: every event of a customer goes to one
    process, as state is per customer. Unparsable lines go to share 0 (rejected there)."""
    try:
        customer = orjson.loads(raw).get("customer_id")
    except (orjson.JSONDecodeError, AttributeError):
        return 0
    if not isinstance(customer, str):
        return 0
    return zlib.crc32(customer.encode()) % workers


def _replay_share(index: int, tick: Callable[[], None] | None = None) -> _Share:
    """Replay one share; ``tick`` is called after each progress step (in the parent)."""
    step, lines, progress = _FORK_STEP, _FORK_SHARES[index], _FORK_PROGRESS
    assert step is not None
    share = _Share()
    events: list[tuple[float, str, int, ContactEvent]] = []
    for number, raw in lines:
        decoded = step.decode(raw, now=_REPLAY_CLOCK)
        if isinstance(decoded, Rejection):
            share.rejections.append((number, decoded))
        else:
            events.append((decoded.ts, decoded.event_id, number, decoded))
    events.sort(key=lambda item: item[:3])
    states: dict[str, CustomerState] = {}
    for done, (ts, event_id, number, event) in enumerate(events, start=1):
        key = step.customer_key(event)
        detection = step.detect(event, states.get(key), event.occurred_at, key)
        states[key] = detection.state
        for j, ind in enumerate(detection.indicators):
            share.indicators.append(((ts, event_id, number, j), orjson.dumps(ind.to_wire())))
        for j, esc in enumerate(detection.escalations):
            share.escalations.append(((ts, event_id, number, j), orjson.dumps(esc.to_wire())))
        if progress is not None and done % _PROGRESS_EVERY == 0:
            with progress.get_lock():
                progress.value += _PROGRESS_EVERY
            if tick is not None:
                tick()
    share.events = len(events)
    return share


def replay_parallel(
    lines: Iterable[bytes],
    step: DetectionStep,
    workers: int,
    on_progress: Callable[[int, int], None] | None = None,
) -> ReplayLines:
    """:func:`replay` on ``workers`` processes, customers partitioned between them.

    Each process replays its customers' events in event-time order; the outputs are
    merged in the single-process order (:data:`OrderKey`), so the lines are byte for
    byte those of one process. ``on_progress(done, total)`` is called while waiting.
    """
    global _FORK_STEP, _FORK_SHARES, _FORK_PROGRESS
    shares: list[list[tuple[int, bytes]]] = [[] for _ in range(workers)]
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            shares[_share_of(raw, workers)].append((number, raw))
    total = sum(map(len, shares))
    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("q", 0)
    _FORK_STEP, _FORK_SHARES, _FORK_PROGRESS = step, shares, counter
    report = None if on_progress is None else (lambda: on_progress(counter.value, total))
    try:
        if workers == 1:
            results = [_replay_share(0, report)]
        else:
            # The parent replays share 0 itself while the children replay the others:
            # one fork fewer, and that share pays no copy-on-write of the parent's pages.
            with ctx.Pool(workers - 1) as pool:
                pending = pool.map_async(_replay_share, range(1, workers))
                own = _replay_share(0, report)
                while not pending.ready():
                    pending.wait(0.2)
                    if report is not None:
                        report()
                results = [own, *pending.get()]
    finally:
        _FORK_STEP, _FORK_SHARES, _FORK_PROGRESS = None, [], None
    if on_progress is not None:
        on_progress(total, total)
    first = itemgetter(0)
    return ReplayLines(
        indicators=[line for _, line in heapq.merge(*(r.indicators for r in results), key=first)],
        escalations=[line for _, line in heapq.merge(*(r.escalations for r in results), key=first)],
        rejections=sorted((rej for r in results for rej in r.rejections), key=first),
        events=sum(r.events for r in results),
    )
