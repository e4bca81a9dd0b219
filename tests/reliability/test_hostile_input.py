"""Hostile input: 10 000 malformed or adversarial records interleaved with valid ones.
The worker does not crash, every malformed record lands in the dead-letter topic and
the dead_letters table with its reason, and the valid ones give the replay's
indicators. Also one end-to-end case of the lateness policy."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from integration.pipeline_harness import JST_START, PipelineEnv, contact, wait_until, wire_set
from mamori.detect.step import DetectionStep, build_engine, limits_from
from mamori.tools.replay import replay

from .helpers import WireSet, ch_count, ch_set, expected_set, publish, wait_for_set, worker

pytestmark = [pytest.mark.kafka, pytest.mark.clickhouse]

MALFORMED = 10_000
BIG_TEXT_BYTES = 10 * 1024 * 1024


def _valid(n: int) -> dict[str, Any]:
    # Event times stay in the past: a record's only defect must be the intended one.
    return contact(n, f"hostile-cust-{n % 37}", JST_START + timedelta(minutes=n % 1000), "x")


def _nested(depth: int) -> bytes:
    return b'{"a":' * depth + b"1" + b"}" * depth


# One generator per kind of hostile record; ``n`` makes each record distinct.
HOSTILE: list[Callable[[int], bytes]] = [
    lambda n: b"\xff\xfe" + str(n).encode(),  # invalid UTF-8
    lambda n: orjson.dumps(_valid(n))[:-3] + b"\xc3\x28" + b'"}',  # invalid UTF-8 inside a string
    lambda n: b"{not json " + str(n).encode(),
    lambda n: b"[" * 5000 + str(n).encode() + b"]" * 5000,  # deeper than any parser allows
    lambda n: _nested(200 + n % 50),  # deep but parseable: not a ContactEvent
    lambda n: orjson.dumps(_valid(n) | {"text": orjson.loads(_nested(100))}),  # text not a string
    lambda n: orjson.dumps(_valid(n) | {"event_id": n}),  # wrong type
    lambda n: orjson.dumps(_valid(n) | {"duration_s": "forever"}),
    lambda n: orjson.dumps(_valid(n) | {"channel": ["phone"]}),
    lambda n: orjson.dumps(_valid(n) | {"occurred_at": "0001-01-01T00:00:00+00:00"}),
    lambda n: orjson.dumps(_valid(n) | {"occurred_at": "9999-12-31T23:59:59+09:00"}),
    lambda n: orjson.dumps(_valid(n) | {"occurred_at": "1970-01-01T00:00:00Z"}),
    lambda n: orjson.dumps(_valid(n) | {"occurred_at": "2026-07-06 10:00"}),  # no offset
    lambda n: orjson.dumps(_valid(n) | {"occurred_at": f"{n}"}),
    lambda n: orjson.dumps(_valid(n))[:-1] + b',"duration_s":NaN}',
    lambda n: orjson.dumps(_valid(n))[:-1] + b',"duration_s":1e999}',
    lambda n: orjson.dumps(_valid(n))[:-1] + b',"duration_s":' + b"9" * 400 + b"}",
    lambda n: orjson.dumps(_valid(n) | {"duration_s": -1}),
    lambda n: orjson.dumps(_valid(n) | {"duration_s": 1e300}),
    lambda n: orjson.dumps(_valid(n) | {"duration_s": 2**63 - 1}),
    lambda n: orjson.dumps(_valid(n))[:-2] + b"\x01\x02\x1b" + b'"}',  # raw control chars
    lambda n: orjson.dumps(_valid(n) | {"text": "x" * 20_001}),  # over max_text_chars
    lambda n: orjson.dumps(_valid(n) | {"customer_id": None}),
    lambda n: orjson.dumps({k: v for k, v in _valid(n).items() if k != "event_id"}),
    lambda n: orjson.dumps(_valid(n) | {"event_id": ""}),
    lambda n: orjson.dumps(_valid(n) | {"event_id": "e" * 129}),
    lambda n: b"",
    lambda n: b"null",
    lambda n: str(n).encode(),
    lambda n: b'"just a string"',
]


def hostile_records(count: int, seed: int = 7) -> list[bytes]:
    rng = random.Random(seed)
    out = [HOSTILE[i % len(HOSTILE)](900_000 + i) for i in range(count - 1)]
    rng.shuffle(out)
    # One 10 MB record: over the 1 MiB message limit, it is refused before parsing.
    big = orjson.dumps(_valid(999_999) | {"text": "あ" * (BIG_TEXT_BYTES // 3)})
    return [*out, big]


def adversarial_valid() -> list[bytes]:
    """Valid records a naive consumer trips on: duplicates, control characters,
    huge numbers, emoji and full-width text."""
    at = JST_START
    lines = []
    for i in range(40):
        e = contact(
            800_000 + i, f"odd-{i % 4}", at + timedelta(minutes=7 * i), "土下座しろ\x00\x07\u202e😡"
        )
        lines.append(orjson.dumps(e))
        lines.append(orjson.dumps(e))  # the same event id twice: one event
    lines.append(
        orjson.dumps(
            contact(800_100, "odd-big", at, "長い電話", channel="phone", duration_s=604_800)
        )
    )
    return lines


def _raise_topic_limit(pipe: PipelineEnv, topic: str, limit: int) -> None:
    from kafka import KafkaAdminClient
    from kafka.admin import ConfigResource, ConfigResourceType

    from mamori.messaging.kafka_config import kafka_python_kwargs

    admin = KafkaAdminClient(**kafka_python_kwargs(pipe.settings.kafka))
    try:
        admin.alter_configs(
            [
                ConfigResource(
                    ConfigResourceType.TOPIC, topic, configs={"max.message.bytes": str(limit)}
                )
            ]
        )
    finally:
        admin.close()


def _send_big(pipe: PipelineEnv, records: list[bytes]) -> None:
    """Records over the publisher's 1 MB request limit, with a producer allowing 16 MB."""
    from kafka import KafkaProducer

    from mamori.messaging.kafka_config import kafka_python_kwargs

    producer = KafkaProducer(
        **kafka_python_kwargs(pipe.settings.kafka), max_request_size=16 * 1024 * 1024, acks="all"
    )
    try:
        for r in records:
            producer.send(pipe.settings.kafka.contact_topic, value=r).get(timeout=60)
    finally:
        producer.close()


@pytest.mark.slow
def test_ten_thousand_hostile_records_are_dead_lettered_and_valid_ones_detected(
    pipeline: PipelineEnv, ch_reader: Any
) -> None:
    from mamori.messaging.topics import ensure_topics
    from mamori.tools.synthetic import synthetic_lines

    hostile = hostile_records(MALFORMED)
    valid = list(synthetic_lines(2500, customers=300, seed=71)) + adversarial_valid()
    big = [r for r in hostile if len(r) > 1_000_000]
    small_hostile = [r for r in hostile if len(r) <= 1_000_000]
    # Interleave: 2-6 hostile records after each valid one; valid ones keep their order.
    rng = random.Random(3)
    mixed: list[bytes] = []
    pos = 0
    for line in valid:
        mixed.append(line)
        take = rng.randint(2, 6)
        mixed.extend(small_hostile[pos : pos + take])
        pos += take
    mixed.extend(small_hostile[pos:])
    db = pipeline.settings.clickhouse.database
    step = DetectionStep(build_engine(pipeline.settings), limits_from(pipeline.settings))
    result = replay([*mixed, *big], step)
    expected = expected_set(pipeline, valid)
    reasons = Counter(r.reason for _, r in result.rejections)
    empty = sum(1 for m in mixed if m == b"")  # replay skips blank lines; the worker does not
    assert sum(reasons.values()) + empty == MALFORMED

    ensure_topics(pipeline.settings.kafka)
    _raise_topic_limit(pipeline, pipeline.settings.kafka.contact_topic, 16 * 1024 * 1024)
    with worker(pipeline, "w1") as w:
        publish(pipeline, mixed)
        _send_big(pipeline, big)
        wait_until(
            lambda: ch_count(ch_reader, db, "dead_letters") >= MALFORMED, 150, "dead letters"
        )
        wait_for_set(ch_reader, db, expected, 60, "indicators of the valid records")
        assert w.running(), "hostile input must not crash the worker"
    stored = dict(
        ch_reader.query(
            f"SELECT reason, count() FROM {db}.dead_letters FINAL GROUP BY reason"
        ).result_rows
    )
    assert sum(stored.values()) == MALFORMED
    for reason, n in reasons.items():
        extra = empty if reason == "invalid_json" else 0
        assert stored.get(reason, 0) == n + extra, (reason, stored)
    assert ch_reader.query(f"SELECT countIf(detail = '') FROM {db}.dead_letters FINAL").result_rows[
        0
    ][0] in (0, empty)
    # The topic holds every record with its reason (oversized ones truncated, flagged).
    from kafka import KafkaConsumer

    from mamori.messaging.kafka_config import kafka_python_kwargs

    consumer = KafkaConsumer(
        pipeline.settings.kafka.dlq_topic,
        auto_offset_reset="earliest",
        consumer_timeout_ms=8000,
        fetch_max_bytes=64 * 1024 * 1024,
        **kafka_python_kwargs(pipeline.settings.kafka),
    )
    records = list(consumer)
    consumer.close()
    assert len(records) == MALFORMED
    assert all(dict(r.headers).get("mamori-dlq-reason") for r in records)
    assert Counter(dict(r.headers)["mamori-dlq-reason"].decode() for r in records) == Counter(
        stored
    )


def arrival_order_set(pipe: PipelineEnv, lines: list[bytes]) -> WireSet:
    """What a single worker computes when events arrive in this order: each indicator's
    newest version by event time, as ReplacingMergeTree(version) keeps it."""
    from mamori.domain.validation import Rejection

    step = DetectionStep(build_engine(pipe.settings), limits_from(pipe.settings))
    states: dict[str, Any] = {}
    newest: dict[str, Any] = {}
    for raw in lines:
        event = step.decode(raw, now=datetime.now(UTC))
        assert not isinstance(event, Rejection)
        key = step.customer_key(event)
        detection = step.detect(event, states.get(key), event.occurred_at)
        states[key] = detection.state
        for ind in detection.indicators:
            old = newest.get(ind.indicator_id)
            if old is None or ind.occurred_at >= old.occurred_at:
                newest[ind.indicator_id] = ind
    return wire_set(i.to_wire() for i in newest.values())


def test_late_events_follow_the_lateness_policy(pipeline: PipelineEnv, ch_reader: Any) -> None:
    """A flood that arrives three days late (beyond the 24 h allowed lateness) moves no
    window but still gets content detection; a flood that arrives slightly shuffled
    within the bound is still detected."""
    t0 = JST_START
    late = [orjson.dumps(contact(700_000, "late-1", t0 + timedelta(days=3), "こんにちは"))]
    late += [
        orjson.dumps(
            contact(
                700_001 + i,
                "late-1",
                t0 + timedelta(minutes=3 * i),
                "いい加減にしろ、土下座しろ" if i == 0 else "返事は？まだですか",
            )
        )
        for i in range(9)
    ]
    # Within the bound: a flood whose contacts arrive slightly shuffled.
    shuffled = [
        orjson.dumps(
            contact(710_000 + i, "late-2", t0 + timedelta(minutes=3 * i), "返事は？まだですか")
        )
        for i in (0, 1, 2, 4, 3, 5, 6, 8, 7)
    ]
    lines = late + shuffled
    db = pipeline.settings.clickhouse.database
    expected = arrival_order_set(pipeline, lines)
    in_order = expected_set(pipeline, lines)

    def categories(found: WireSet, prefix: str) -> set[str]:
        return {c for _, c, _, ids in found if any(i.startswith(prefix) for i in ids)}

    # The policy, stated on the expected sets: the late flood is not a flood …
    assert "contact_flood" in categories(in_order, "it-7000")
    assert "contact_flood" not in categories(expected, "it-7000")
    # … its content still is detected, and the shuffled flood is one.
    assert "apology_demand" in categories(expected, "it-700001")
    assert "contact_flood" in categories(expected, "it-7100")
    publish(pipeline, lines)
    with worker(pipeline, "w1"):
        wait_for_set(ch_reader, db, expected, 120, "indicators of late events")
    assert ch_set(ch_reader, db) == expected
