"""The worker's per-batch logic on in-memory records: no broker, no Faust.

The handler is driven like an arroyo processing strategy: a list of records in, the
records to produce, state writes and dead letters out. The detection behind it is
the real one (lexicons, windows); only the transport is absent.
"""

from __future__ import annotations

from datetime import UTC, datetime

import orjson
import pytest

from mamori.detect.config import DetectionConfig
from mamori.detect.content import LexiconDetector
from mamori.detect.engine import Detection, DetectionEngine
from mamori.detect.state import CustomerState
from mamori.detect.step import DetectionStep
from mamori.domain.contract import ContactEvent
from mamori.domain.pseudonym import Pseudonymizer
from mamori.domain.validation import INDICATOR_SCHEMA_FILE, Limits, compiled_validator
from mamori.worker.dlq import (
    DLQ_DETAIL_HEADER,
    DLQ_MAX_VALUE_BYTES,
    DLQ_REASON_HEADER,
    DLQ_SOURCE_HEADER,
    DLQ_TRUNCATED_HEADER,
    PROCESSING_ERROR,
    REKEY_SOURCE_HEADER,
)
from mamori.worker.handler import BatchOutput, DetectHandler, Record, StateWrite

NOW = datetime(2026, 11, 1, tzinfo=UTC)
TOPIC = "contact-events"


@pytest.fixture(scope="module")
def step() -> DetectionStep:
    engine = DetectionEngine(DetectionConfig(), LexiconDetector.load(), Pseudonymizer(b"k" * 32))
    return DetectionStep(engine, Limits())


@pytest.fixture
def handler(step: DetectionStep) -> DetectHandler:
    return DetectHandler(step)


def contact(n: int, text: str | None, *, customer: str = "cus-1", **extra: object) -> bytes:
    event = {
        "event_id": f"chat-{n}",
        "occurred_at": f"2026-07-01T{10 + n // 60:02d}:{n % 60:02d}:00+09:00",
        "channel": "chat",
        "direction": "inbound",
        "customer_id": customer,
        "text": text,
        **extra,
    }
    return orjson.dumps(event)


def rec(
    offset: int, value: bytes | None, *, partition: int = 3, key: bytes | None = b"cus-1"
) -> Record:
    return Record(topic=TOPIC, partition=partition, offset=offset, key=key, value=value)


def apply(stored: dict[bytes, bytes], out: BatchOutput) -> None:
    for w in out.state_writes:
        if w.value is None:
            del stored[w.key]
        else:
            stored[w.key] = w.value


INSULT = "お前は本当に使えないな、バカか"


def test_valid_record_produces_indicators_keyed_by_pseudonym(
    handler: DetectHandler, step: DetectionStep
) -> None:
    out = handler.handle([rec(0, contact(0, INSULT))], {}, NOW)

    key = step.engine.pseudo.customer("cus-1").encode()
    assert out.events == 1
    assert out.dead_letters == []
    assert out.indicators, "the insult must yield an indicator"
    validate = compiled_validator(INDICATOR_SCHEMA_FILE)
    for produced in out.indicators:
        assert produced.key == key
        wire = orjson.loads(produced.value)
        validate(wire)
        assert "cus-1" not in produced.value.decode()  # raw id never leaves the handler
    assert [w.key for w in out.state_writes] == [key]
    assert out.state_writes[0].partition == 3
    assert CustomerState.from_bytes(out.state_writes[0].value or b"").contacts


def test_bad_record_is_dead_lettered_and_never_takes_others_with_it(
    handler: DetectHandler,
) -> None:
    records = [
        rec(10, contact(0, INSULT)),
        rec(11, b"{not json", key=b"k-bad"),
        rec(12, None, key=b"k-tombstone"),
        rec(13, contact(1, INSULT, customer="cus-2"), key=b"cus-2"),
    ]
    out = handler.handle(records, {}, NOW)

    assert out.events == 2
    assert len({w.key for w in out.state_writes}) == 2
    assert [d.key for d in out.dead_letters] == [b"k-bad", b"k-tombstone"]
    bad, tomb = out.dead_letters
    assert bad.value == b"{not json"  # the original bytes, unchanged
    assert bad.headers[DLQ_SOURCE_HEADER] == f"{TOPIC}/3/11".encode()
    assert bad.headers[DLQ_REASON_HEADER]
    assert DLQ_DETAIL_HEADER in bad.headers
    assert DLQ_TRUNCATED_HEADER not in bad.headers
    assert tomb.value == b"" and tomb.headers[DLQ_SOURCE_HEADER] == f"{TOPIC}/3/12".encode()


def test_huge_record_is_dead_lettered_as_its_first_bytes(handler: DetectHandler) -> None:
    raw = contact(0, "あ" * 400_000)  # 1.2 MB: over the message limit and the DLQ cut
    assert len(raw) > DLQ_MAX_VALUE_BYTES

    out = handler.handle([rec(7, raw)], {}, NOW)

    assert out.events == 0 and out.indicators == [] and out.state_writes == []
    (dead,) = out.dead_letters
    assert dead.value == raw[:DLQ_MAX_VALUE_BYTES]
    assert dead.headers[DLQ_TRUNCATED_HEADER] == str(len(raw)).encode()


def test_one_state_write_per_customer_with_its_newest_partition(handler: DetectHandler) -> None:
    records = [
        rec(0, contact(0, "至急返金してください"), partition=1),
        rec(0, contact(1, "hello", customer="cus-2"), partition=2, key=b"cus-2"),
        rec(1, contact(2, "至急返金してください"), partition=5),
    ]
    out = handler.handle(records, {}, NOW)

    assert out.events == 3
    assert len(out.state_writes) == 2
    first = out.state_writes[0]
    assert first.partition == 5  # the newest record of that customer
    assert len(CustomerState.from_bytes(first.value or b"").contacts) == 2


def test_split_batches_equal_one_batch(handler: DetectHandler) -> None:
    """Where the batch boundaries fall must not change what is produced: the second
    batch continues from the state the first one wrote."""
    values = [
        contact(n, text) for n, text in enumerate(["返金しろ", "返金しろ", INSULT, "返金しろ"])
    ]
    whole = handler.handle([rec(i, v) for i, v in enumerate(values)], {}, NOW)

    stored: dict[bytes, bytes] = {}
    parts = BatchOutput()
    for i, v in enumerate(values):
        out = handler.handle([rec(i, v)], stored, NOW)
        apply(stored, out)
        parts.indicators += out.indicators
        parts.escalations += out.escalations

    assert [p.value for p in parts.indicators] == [p.value for p in whole.indicators]
    assert [p.value for p in parts.escalations] == [p.value for p in whole.escalations]
    assert stored == {w.key: w.value for w in whole.state_writes}


def test_redelivered_batch_produces_the_same_records(handler: DetectHandler) -> None:
    """At-least-once: a batch handled again from the same stored state yields identical
    records (deterministic indicator ids), so the ClickHouse tables stay free of duplicates."""
    stored: dict[bytes, bytes] = {}
    apply(stored, handler.handle([rec(0, contact(0, "返金しろ"))], stored, NOW))
    batch = [rec(1, contact(1, INSULT)), rec(2, contact(2, "返金しろ"))]

    first = handler.handle(batch, dict(stored), NOW)
    again = handler.handle(batch, dict(stored), NOW)

    assert first.indicators and first.indicators == again.indicators
    assert first.state_writes == again.state_writes


def test_idle_customer_is_deleted_only_when_stored(
    handler: DetectHandler, step: DetectionStep
) -> None:
    outbound = contact(0, None, direction="outbound")
    key = step.engine.pseudo.customer("cus-1").encode()

    assert handler.handle([rec(4, outbound)], {}, NOW).state_writes == []
    out = handler.handle([rec(4, outbound)], {key: CustomerState().to_bytes()}, NOW)
    assert out.state_writes == [StateWrite(key, 3, None)]


class FailingStep(DetectionStep):
    """The real detection step, raising for chosen event ids: a stand-in for a bug in
    detection (the failure is injected; everything around it is the real code)."""

    def __init__(self, step: DetectionStep, failing: set[str]) -> None:
        super().__init__(step.engine, step.limits)
        self.failing = failing

    def detect(
        self,
        event: ContactEvent,
        state: CustomerState | None,
        now: datetime,
        customer_key: str | None = None,
    ) -> Detection:
        if event.event_id in self.failing:
            if state is not None:
                state.contacts.append((0, "half-applied"))  # a failure after a partial update
            raise RuntimeError("boom")
        return super().detect(event, state, now, customer_key)


def test_a_failing_event_is_dead_lettered_and_the_batch_goes_on(step: DetectionStep) -> None:
    handler = DetectHandler(FailingStep(step, {"chat-1"}))
    records = [
        rec(0, contact(0, INSULT)),
        rec(1, contact(1, INSULT)),
        rec(2, contact(2, INSULT, customer="cus-2"), key=b"cus-2"),
        rec(3, contact(3, "返金しろ")),
    ]
    out = handler.handle(records, {}, NOW)

    assert out.events == 3
    (dead,) = out.dead_letters
    assert dead.headers[DLQ_REASON_HEADER] == PROCESSING_ERROR.encode()
    assert dead.headers[DLQ_SOURCE_HEADER] == f"{TOPIC}/3/1".encode()
    assert b"RuntimeError: boom" in dead.headers[DLQ_DETAIL_HEADER]
    assert dead.value == records[1].value
    # The customer continues from the state before the failing record: as if it never came.
    without = DetectHandler(step).handle([records[0], records[2], records[3]], {}, NOW)
    assert out.state_writes == without.state_writes
    assert [p.value for p in out.indicators] == [p.value for p in without.indicators]


def test_unreadable_stored_state_is_counted_and_replaced(
    handler: DetectHandler, step: DetectionStep
) -> None:
    key = step.engine.pseudo.customer("cus-1").encode()
    for garbage in (b"{not json", orjson.dumps([99, 1, 2]), orjson.dumps([1, "x"])):
        out = handler.handle([rec(0, contact(0, INSULT))], {key: garbage}, NOW)

        assert out.unreadable_states == 1
        assert out.events == 1 and out.indicators and out.dead_letters == []
        fresh = handler.handle([rec(0, contact(0, INSULT))], {}, NOW)
        assert out.state_writes == fresh.state_writes


@pytest.mark.parametrize("key", [None, b"", b"cus-2", b"CUS-1"])
def test_mis_keyed_record_is_sent_again_keyed_by_its_customer(
    handler: DetectHandler, key: bytes | None
) -> None:
    out = handler.handle([rec(5, contact(0, INSULT), key=key)], {}, NOW)

    assert out.events == 0 and out.indicators == [] and out.state_writes == []
    (fwd,) = out.forwards
    assert fwd.key == b"cus-1"
    assert fwd.value == contact(0, INSULT)
    assert fwd.headers[REKEY_SOURCE_HEADER] == f"{TOPIC}/3/5".encode()
    # Sent again with the right key it is detected like any other record.
    again = handler.handle([rec(0, fwd.value, key=fwd.key)], {}, NOW)
    assert again.forwards == [] and again.indicators


def test_decoded_state_is_not_used_when_the_table_holds_another_value(
    handler: DetectHandler,
) -> None:
    """The handler keeps decoded states between batches, but the table is the truth:
    after a recovery or another writer, the stored value is decoded again."""
    stored: dict[bytes, bytes] = {}
    apply(stored, handler.handle([rec(0, contact(0, "返金しろ"))], stored, NOW))
    recovered = dict(stored)
    apply(stored, handler.handle([rec(1, contact(1, "返金しろ"))], stored, NOW))

    # Back to the value before the second batch (e.g. the changelog restored it):
    replayed = handler.handle([rec(1, contact(1, "返金しろ"))], recovered, NOW)
    fresh = DetectHandler(handler.step).handle([rec(1, contact(1, "返金しろ"))], recovered, NOW)
    assert replayed.state_writes == fresh.state_writes
    assert replayed.indicators == fresh.indicators


def test_a_batchs_kafka_records_are_handled_as_they_are(step: DetectionStep) -> None:
    # The detect agent hands the handler aiokafka's records without copying them into
    # Records: the outputs must be the same, dead letters and forwards included.
    from aiokafka.structs import ConsumerRecord

    values = [contact(1, INSULT), contact(2, "ok"), b"{broken", contact(3, INSULT, customer="x")]
    keys = [b"cus-1", b"cus-1", b"cus-1", b"cus-1"]
    records = [rec(n, v, key=k) for n, (k, v) in enumerate(zip(keys, values, strict=True))]
    kafka = [
        ConsumerRecord(TOPIC, 3, n, 0, 0, k, v, None, 0, 0, [])
        for n, (k, v) in enumerate(zip(keys, values, strict=True))
    ]
    a = DetectHandler(step).handle(records, {}, NOW)
    b = DetectHandler(step).handle(kafka, {}, NOW)
    assert a == b and a.indicators and a.dead_letters and a.forwards
