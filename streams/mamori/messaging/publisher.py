"""Publishing contact events to Kafka (topics are declared in :mod:`.topics`).

``mamori publish FILE.jsonl`` sends every line as it is — malformed lines too, so
the worker dead-letters them with a reason; the publisher never repairs input.
The record key is the line's ``customer_id`` when the line parses, which puts one
customer's events on one partition (the worker's per-customer state relies on it).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import orjson

from mamori.messaging.kafka_config import kafka_python_kwargs
from mamori.settings import KafkaSettings, get_settings

#: Records between two progress-bar updates (updating per record costs more than sending).
_PROGRESS_EVERY = 512


class PublishError(RuntimeError):
    """Some records were not acknowledged by the broker."""


@dataclass
class PublishStats:
    sent: int = 0
    #: Records published with a null key (lines without a usable ``customer_id``).
    unkeyed: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def events_per_second(self) -> float:
        return self.sent / self.seconds if self.seconds > 0 else 0.0


def record_key(line: bytes) -> bytes | None:
    """The line's ``customer_id`` as UTF-8, or None when the line does not parse as a
    JSON object with a non-empty string ``customer_id`` (the worker rejects those)."""
    try:
        doc = orjson.loads(line)
    except orjson.JSONDecodeError:
        return None
    if isinstance(doc, dict):
        customer = doc.get("customer_id")
        if isinstance(customer, str) and customer:
            return customer.encode()
    return None


def contact_producer(settings: KafkaSettings, **overrides: Any) -> Any:
    """The kafka-python producer `mamori publish` sends with (also the benchmarks'
    load generator, so they publish the way the product does)."""
    from kafka import KafkaProducer

    config: dict[str, Any] = {
        **kafka_python_kwargs(settings),
        "client_id": "mamori-publish",
        # Durable and ordered per partition: all in-sync replicas, idempotent retries.
        "acks": "all",
        "enable_idempotence": True,
        # Batching is what makes a Python producer fast. lz4 rather than gzip: with
        # the C CRC-32C (package crc32c) compression is the largest cost left per
        # record, and lz4 costs a fraction of gzip here and in every consumer
        # (docs/local-services.md: 27 k → 56 k events/s from a publishing loop).
        "linger_ms": 20,
        "batch_size": 256 * 1024,
        "compression_type": "lz4",
        **overrides,
    }
    return KafkaProducer(**config)


def _paced(lines: Iterable[bytes], rate: float) -> Iterator[bytes]:
    """Yield lines no faster than ``rate`` per second (0 = as fast as possible)."""
    if rate <= 0:
        yield from lines
        return
    start = time.monotonic()
    for i, line in enumerate(lines):
        due = start + i / rate
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        yield line


def publish_lines(
    lines: Iterable[bytes],
    topic: str,
    settings: KafkaSettings,
    rate: float = 0,
    progress: bool = True,
    total: int | None = None,
    *,
    metadata_timeout: float = 10.0,
) -> PublishStats:
    """Send each item of ``lines`` unchanged as one record; flush; return counts.

    Raises :class:`PublishError` (after flushing the rest) if the broker rejected any
    record, so a caller never mistakes a partial publish for a complete one, and
    before sending anything if ``topic`` is unknown after ``metadata_timeout`` seconds
    (the broker does not create topics on first use).
    """
    from kafka.errors import KafkaError
    from tqdm import tqdm  # type: ignore[import-untyped]  # tqdm ships no type hints

    stats = PublishStats()
    producer = contact_producer(settings, max_block_ms=int(metadata_timeout * 1000))
    try:
        producer.partitions_for(topic)
    except KafkaError as exc:
        producer.close()
        raise PublishError(
            f"topic {topic!r} unknown on {settings.bootstrap_servers} "
            f"({type(exc).__name__}); create it with `mamori topics create`"
        ) from exc
    failures = {"async": 0, "sync": 0}

    def failed(exc: BaseException, kind: str = "async") -> None:
        failures[kind] += 1
        if len(stats.errors) < 10:
            stats.errors.append(f"{type(exc).__name__}: {exc}")

    bar = tqdm(total=total, unit="ev", disable=not progress, file=sys.stderr, smoothing=0.1)
    started = time.monotonic()
    submitted = pending = 0
    try:
        for line in _paced(lines, rate):
            key = record_key(line)
            try:
                producer.send(topic, value=line, key=key).add_errback(failed)
            except KafkaError as exc:  # e.g. a record over max_request_size
                failed(exc, "sync")
                continue
            submitted += 1
            stats.unkeyed += key is None
            pending += 1
            if pending >= _PROGRESS_EVERY:
                bar.update(pending)
                pending = 0
        producer.flush()
    finally:
        bar.update(pending)
        bar.close()
        producer.close()
    stats.seconds = time.monotonic() - started
    stats.sent = submitted - failures["async"]
    if stats.errors:
        total_failed = failures["async"] + failures["sync"]
        raise PublishError(
            f"{total_failed} of {submitted + failures['sync']} records were not published "
            f"({stats.sent} were); first error: {stats.errors[0]}"
        )
    return stats


def read_jsonl(stream: IO[bytes], limit: int | None = None) -> Iterator[bytes]:
    """Lines without their terminator (``\\n`` or ``\\r\\n``); empty lines are not
    events and are skipped. Everything else is yielded byte for byte."""
    count = 0
    for raw in stream:
        line = raw[:-1] if raw.endswith(b"\n") else raw
        if line.endswith(b"\r"):
            line = line[:-1]
        if not line:
            continue
        if limit is not None and count >= limit:
            return
        count += 1
        yield line


def _settings(bootstrap: str | None) -> KafkaSettings:
    settings = get_settings().kafka
    if bootstrap:
        settings = settings.model_copy(update={"bootstrap_servers": bootstrap})
    return settings
