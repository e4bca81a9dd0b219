"""The publisher's producer is configured for speed the way kafka-python documents it,
and the worker's client reads every codec a producer may choose."""

from __future__ import annotations

import aiokafka.codec
import kafka.record.util

from mamori.messaging.publisher import contact_producer
from mamori.settings import KafkaSettings


def test_kafka_python_checksums_batches_in_c() -> None:
    # Without the crc32c package kafka-python falls back to a pure-Python CRC-32C of
    # every record batch, ~37 µs per 400-byte record: a third of the publisher's time.
    assert kafka.record.util.crc32c_c is not None


def test_publisher_batches_with_lz4() -> None:
    # Constructing the producer checks that the codec's library is installed.
    producer = contact_producer(
        KafkaSettings(bootstrap_servers="127.0.0.1:1"), bootstrap_timeout_ms=1, api_version=(3, 9)
    )
    try:
        assert producer.config["compression_type"] == "lz4"
        assert producer.config["linger_ms"] > 0
    finally:
        producer.close(timeout=0)


def test_worker_client_reads_every_compression_codec() -> None:
    # aiokafka raises UnsupportedCodecError on a batch whose codec library is missing,
    # which stops the worker: a contact system publishing lz4, snappy or zstd (and the
    # product's own publisher, lz4) must not do that.
    assert aiokafka.codec.has_lz4()
    assert aiokafka.codec.has_snappy()
    assert aiokafka.codec.has_zstd()
