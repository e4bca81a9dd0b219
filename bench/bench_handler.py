"""The worker's own cost per event, in process, without Kafka: CPU µs by part.

    PYTHONPATH=streams .venv/bin/python bench/bench_handler.py [--events 30000]
        [--warmup 5000] [--batch 250] [--customers N] [--repeat 3] [--dense] [--digest]

What a ``mamori worker`` does per record besides Faust and the Kafka client, over the
stream ``bench_throughput.py`` publishes (synthetic events padded to ≈ 400 bytes, keyed
by customer; ``--dense``: 20,000 events of 150 customers, where every window has
history): ``DetectHandler.handle`` in batches of ``--batch`` records of one partition
with a ``dict`` as the customer-state table, after ``--warmup`` other records (memos
warm, as in a running worker); then the parts one by one over the same records —
the batch message's records as the agent hands them to the handler,
decode + validation, the customer pseudonym, detection (content analysis apart from
the window step), the indicator records' decode (the alert agent's first step), state
encode and decode — and the
alert agent's evaluation of the indicators and escalations the handler produced.
CPU time (``time.process_time``), best of ``--repeat``.

``--digest`` prints a SHA-256 of everything the handler and the alert evaluation
output (records, dead letters, forwards, state bytes with their partitions, alerts and
alert-state bytes) instead of timings, for this stream and for the shared sample
(``--sample``) made hostile — Message-ID ids, redeliveries, mis-keyed and broken records,
late events: equal digests before and after a change mean the same outputs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from aiokafka.structs import ConsumerRecord

from mamori.alerts.evaluate import AlertEvaluator, CustomerAlertState
from mamori.alerts.rules import load_rules
from mamori.detect.base import TextAnalysis
from mamori.detect.config import DetectionConfig
from mamori.detect.content import LexiconDetector
from mamori.detect.engine import DetectionEngine
from mamori.detect.state import CustomerState
from mamori.detect.step import DetectionStep
from mamori.domain.contract import ContactEvent, parse_rfc3339
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.validation import Limits
from mamori.tools.synthetic import synthetic_events
from mamori.worker import faust_adapter
from mamori.worker.faust_adapter import records_of
from mamori.worker.handler import BatchOutput, DetectHandler, Record

#: What the detect agent hands the handler (``records_of`` before ``contact_records``).
handler_records = getattr(faust_adapter, "contact_records", records_of)
#: The handler's clock: fixed, so outputs (``detected_at``) are comparable between runs.
NOW = datetime(2026, 12, 1, tzinfo=UTC)
TOPIC = "contact-events"
PARTITIONS = 8
ESCALATIONS = "customer-escalations"
#: The shared sample, beside the checkout (or beside the worktrees' directory).
SAMPLE = next(
    (
        p
        for p in (
            Path(__file__).resolve().parents[n] / "shared" / "data" / "sample" / "events.jsonl"
            for n in (2, 3)
        )
        if p.exists()
    ),
    None,
)


def stream(n: int, customers: int, size: int = 400) -> list[tuple[bytes, bytes]]:
    """(key, value) of ``n`` synthetic events padded to about ``size`` bytes, as
    ``bench_throughput.py`` publishes them."""
    out = []
    for event in synthetic_events(n, customers=customers, seed=7):
        raw = orjson.dumps(event)
        if len(raw) < size - 20:
            event["source"] = "bench/" + "x" * (size - len(raw) - 20)
            raw = orjson.dumps(event)
        out.append((event["customer_id"].encode(), raw))
    return out


def mangled(lines: list[bytes], seed: int = 3) -> list[tuple[bytes, bytes]]:
    """(key, value) of ``lines`` made hostile for the digest: 1 in 7 event ids a
    Message-ID, 1 in 40 records delivered twice, 1 in 90 keyed by another customer,
    1 in 100 a broken line, and neighbours swapped (late events)."""
    rng = random.Random(seed)
    out: list[tuple[bytes, bytes]] = []
    for n, raw in enumerate(lines):
        try:
            event = orjson.loads(raw)
        except orjson.JSONDecodeError:
            out.append((b"x", raw))
            continue
        if n % 7 == 3:
            event["event_id"] = f"<{event['event_id']}.{n}@mail.customer.example>"
        key = str(event.get("customer_id", "")).encode()
        value = orjson.dumps(event)
        if n % 90 == 5:
            key = b"someone-else"
        if n % 100 == 7:
            value = value[: len(value) // 2]
        out.append((key, value))
        if n % 40 == 11:
            out.append((key, value))
    for n in range(0, len(out) - 1, 13):
        if rng.random() < 0.5:
            out[n], out[n + 1] = out[n + 1], out[n]
    return out


def batches(pairs: list[tuple[bytes, bytes]], size: int, first_offset: int) -> Iterator[Any]:
    """Batch messages of ``size`` records of one partition each (the partition by key,
    as the producer's partitioner would spread customers)."""
    by_partition: dict[int, list[ConsumerRecord[bytes, bytes]]] = {}
    for n, (key, value) in enumerate(pairs):
        p = int.from_bytes(hashlib.blake2b(key, digest_size=2).digest(), "big") % PARTITIONS
        pending = by_partition.setdefault(p, [])
        pending.append(
            ConsumerRecord(
                TOPIC, p, first_offset + n, 1_780_000_000_000 + n, 0, key, value, None, 0, 0, []
            )
        )
        if len(pending) == size:
            yield _Batch(pending)
            by_partition[p] = []
    for pending in by_partition.values():
        if pending:
            yield _Batch(pending)


class _Batch:
    """Stands for a Faust event carrying a ``RecordBatch`` (what ``records_of`` reads)."""

    def __init__(self, records: list[ConsumerRecord[bytes, bytes]]) -> None:
        self.value = None
        self.message = self
        self.records = records


class _Timed:
    """The content detector with its ``analyse`` calls timed (CPU)."""

    def __init__(self, inner: LexiconDetector) -> None:
        self.inner = inner
        self.name = inner.name
        self.seconds = 0.0

    def analyse(self, subject: str | None, text: str | None, channel: str) -> TextAnalysis:
        t = time.process_time()
        try:
            return self.inner.analyse(subject, text, channel)
        finally:
            self.seconds += time.process_time() - t


def apply(table: dict[bytes, bytes], out: BatchOutput) -> None:
    for write in out.state_writes:
        if write.value is None:
            del table[write.key]
        else:
            table[write.key] = write.value


def run_handler(
    step: DetectionStep, warm: list[Any], timed: list[Any]
) -> tuple[float, int, list[BatchOutput]]:
    """CPU seconds and events of ``handle`` over ``timed`` (after ``warm``), and its outputs."""
    handler = DetectHandler(step)
    table: dict[bytes, bytes] = {}
    for batch in warm:
        apply(table, handler.handle(handler_records(batch), table, NOW))
    outs = []
    events = 0
    t = time.process_time()
    for batch in timed:
        out = handler.handle(handler_records(batch), table, NOW)
        apply(table, out)
        outs.append(out)
        events += len(batch.records)
    return time.process_time() - t, events, outs


def alert_records(outs: list[BatchOutput]) -> list[list[tuple[str, int, int, bytes, bytes]]]:
    """The alert agent's input: the handler's indicators and escalations, one batch each."""
    result = []
    offset = 0
    for out in outs:
        batch = []
        for p in out.indicators:
            batch.append(("harassment-indicators", 0, offset, p.key, p.value))
            offset += 1
        for p in out.escalations:
            batch.append((ESCALATIONS, 0, offset, p.key, p.value))
            offset += 1
        result.append(batch)
    return result


AlertStep = Callable[
    [dict[bytes, bytes], list[tuple[str, int, int, bytes, bytes]], float],
    tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes | None]]],
]


def alert_step(evaluator: AlertEvaluator) -> AlertStep:
    """The evaluate agent's body for one batch, a fresh one per run: alerts sent (as
    the agent encodes them) and alert-state values written, applied to the table.
    ``mamori.alerts.batch`` where it exists, else the agent's body before it (to
    measure the commit before it with this script)."""
    try:
        from mamori.alerts.batch import AlertBatchHandler
    except ImportError:
        return _agent_body_before(evaluator)
    handler = AlertBatchHandler(evaluator, ESCALATIONS)

    def step(
        table: dict[bytes, bytes], records: list[tuple[str, int, int, bytes, bytes]], now: float
    ) -> tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes | None]]]:
        out = handler.handle(records, table, now)
        sent = [(key, orjson.dumps(alert.to_wire())) for key, alert in out.alerts]
        writes: list[tuple[bytes, bytes | None]] = []
        for w in out.writes:
            if w.value is None:
                del table[w.key]
            else:
                table[w.key] = w.value
            writes.append((w.key, w.value))
        return sent, writes

    return step


def _agent_body_before(evaluator: AlertEvaluator) -> AlertStep:
    from mamori.alerts.agents import _pack, _unpack  # type: ignore[attr-defined]

    def step(
        table: dict[bytes, bytes], records: list[tuple[str, int, int, bytes, bytes]], now: float
    ) -> tuple[list[tuple[bytes, bytes]], list[tuple[bytes, bytes | None]]]:
        sent: list[tuple[bytes, bytes]] = []
        touched: dict[bytes, tuple[int, CustomerAlertState]] = {}
        for topic, partition, _offset, key, value in records:
            record = orjson.loads(value)
            if key in touched:
                state = touched[key][1]
            else:
                stored = table.get(key)
                state = _unpack(stored)[1] if stored else CustomerAlertState()
            when = record.get("occurred_at") or record.get("crossed_at")
            if when:
                evaluator.expire(state, parse_rfc3339(when).timestamp())
            if topic == ESCALATIONS:
                alerts = evaluator.on_escalation(record, state, now)
            else:
                alerts = evaluator.on_indicator(record, state, now)
            for alert in alerts:
                sent.append((key, orjson.dumps(alert.to_wire())))
            touched[key] = (partition, state)
        writes: list[tuple[bytes, bytes | None]] = []
        for key, (partition, state) in touched.items():
            if state.is_idle():
                if key in table:
                    del table[key]
                    writes.append((key, None))
                continue
            value = _pack(partition, state)
            table[key] = value
            writes.append((key, value))
        return sent, writes

    return step


def digest(outs: list[BatchOutput], alerts: list[Any]) -> str:
    h = hashlib.sha256()

    def put(*parts: bytes | None) -> None:
        for part in parts:
            h.update(b"-" if part is None else len(part).to_bytes(4, "big") + part)

    for out in outs:
        for p in out.indicators:
            put(b"i", p.key, p.value)
        for p in out.escalations:
            put(b"e", p.key, p.value)
        for d in out.dead_letters:
            put(
                b"d",
                d.key,
                d.value,
                *(b for kv in sorted(d.headers.items()) for b in (kv[0].encode(), kv[1])),
            )
        for f in out.forwards:
            put(
                b"f",
                f.key,
                f.value,
                *(b for kv in sorted(f.headers.items()) for b in (kv[0].encode(), kv[1])),
            )
        for w in out.state_writes:
            put(b"s", w.key, str(w.partition).encode(), w.value)
        put(b"n", str((out.events, out.unreadable_states)).encode())
    for sent, writes in alerts:
        for key, value in sent:
            put(b"a", key, value)
        for key, value in writes:
            put(b"w", key, value)
    return h.hexdigest()


def per_event(seconds: float, events: int) -> str:
    return f"{seconds / max(events, 1) * 1e6:7.1f} µs/event"


def best(fn: Callable[[], float], repeat: int) -> float:
    return min(fn() for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=30_000)
    parser.add_argument("--warmup", type=int, default=5_000)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--customers", type=int)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dense", action="store_true", help="20,000 events of 150 customers")
    parser.add_argument("--digest", action="store_true")
    parser.add_argument("--sample", type=Path, default=SAMPLE, help="also digested, mangled")
    args = parser.parse_args()
    if args.dense:
        args.events, args.customers = 20_000, args.customers or 150
    total = args.warmup + args.events
    customers = args.customers or max(1000, total // 10)
    pairs = stream(total, customers)
    warm = list(batches(pairs[: args.warmup], args.batch, 0))
    timed = list(batches(pairs[args.warmup :], args.batch, args.warmup))

    content = _Timed(LexiconDetector.load())
    engine = DetectionEngine(DetectionConfig(), content, Pseudonymizer(b"b" * 32))
    step = DetectionStep(engine, Limits())
    evaluator = AlertEvaluator(load_rules(None))
    now = NOW.timestamp()

    if args.digest:
        streams = [("this stream", warm, timed)]
        if args.sample is not None:
            sample = mangled(args.sample.read_bytes().splitlines())
            streams.append(("the sample, mangled", [], list(batches(sample, args.batch, 0))))
        for name, w, t in streams:
            _, events, outs = run_handler(step, w, t)
            table: dict[bytes, bytes] = {}
            evaluate = alert_step(evaluator)
            alerts = [evaluate(table, b, now) for b in alert_records(outs)]
            print(
                f"{name}: {events} records, {sum(len(o.indicators) for o in outs)} indicators, "
                f"{sum(len(o.dead_letters) for o in outs)} dead letters, "
                f"{sum(len(o.forwards) for o in outs)} forwards: {digest(outs, alerts)}"
            )
        return

    load = os.getloadavg()
    print(
        f"machine : {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, load {load[0]:.1f} {load[1]:.1f}"
    )
    print(
        f"input   : {args.events:,} records of {customers:,} customers after {args.warmup:,}, "
        f"{args.batch} a batch"
    )
    handle_s, events, outs = float("inf"), 0, []
    content_s = 0.0
    for _ in range(args.repeat):
        content.seconds = 0.0
        seconds, events, outs = run_handler(step, warm, timed)
        if seconds < handle_s:
            handle_s, content_s = seconds, content.seconds
    indicators = sum(len(o.indicators) for o in outs)
    escalations = sum(len(o.escalations) for o in outs)
    writes = [w for o in outs for w in o.state_writes if w.value is not None]
    print(
        f"handle  : {per_event(handle_s, events)}  ({indicators:,} indicators, "
        f"{escalations:,} escalations, {len(writes):,} state writes)"
    )
    print(f"  content analysis inside it : {per_event(content_s, events)}")

    def time_of(fn: Callable[[], object]) -> float:
        t = time.process_time()
        fn()
        return time.process_time() - t

    records: list[Record] = [r for b in timed for r in records_of(b)]
    raws = [r.value or b"" for r in records]
    decoded = [step.decode(raw, NOW) for raw in raws]
    valid = [e for e in decoded if isinstance(e, ContactEvent)]
    parts: list[tuple[str, float, int]] = [
        (
            handler_records.__name__,
            best(lambda: time_of(lambda: [handler_records(b) for b in timed]), 5),
            events,
        ),
        (
            "decode + validation",
            best(lambda: time_of(lambda: [step.decode(r, NOW) for r in raws]), 5),
            events,
        ),
        (
            "customer pseudonym",
            best(lambda: time_of(lambda: [step.customer_key(e) for e in valid]), 5),
            len(valid),
        ),
    ]

    def detect_only() -> float:
        content.seconds = 0.0
        states: dict[str, CustomerState] = {}
        t = time.process_time()
        for e in valid:
            det = engine.process(e, states.get(e.customer_id), NOW)
            states[e.customer_id] = det.state
        return time.process_time() - t - content.seconds

    parts.append(("window step (process − content)", best(detect_only, args.repeat), len(valid)))
    produced = [p for o in outs for p in o.indicators]
    inds = [orjson.loads(p.value) for p in produced]
    parts.append(
        (
            "indicator loads (alerts' decode)",
            best(lambda: time_of(lambda: [orjson.loads(p.value) for p in produced]), 5),
            events,
        )
    )
    states = [CustomerState.from_bytes(w.value) for w in writes if w.value is not None]
    parts.append(
        (
            "state encode (all writes)",
            best(lambda: time_of(lambda: [s.to_bytes() for s in states]), 5),
            events,
        )
    )
    values = [w.value for w in writes if w.value is not None]
    parts.append(
        (
            "state decode (all writes)",
            best(lambda: time_of(lambda: [CustomerState.from_bytes(v) for v in values]), 5),
            events,
        )
    )
    del inds
    groups = alert_records(outs)

    def alerts_only() -> float:
        table: dict[bytes, bytes] = {}
        evaluate = alert_step(evaluator)
        t = time.process_time()
        for b in groups:
            evaluate(table, b, now)
        return time.process_time() - t

    parts.append(("alert evaluation (per contact event)", best(alerts_only, args.repeat), events))
    n_alert_records = sum(len(g) for g in groups)
    for name, seconds, n in parts:
        print(f"  {name:38}: {per_event(seconds, n)}")
    print(
        f"  (alert records: {n_alert_records:,}; per alert record "
        f"{best(alerts_only, args.repeat) / max(n_alert_records, 1) * 1e6:.1f} µs)"
    )


if __name__ == "__main__":
    main()
