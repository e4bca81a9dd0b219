"""Mamori's Kafka topics: the partition plan (keyed topics co-partitioned, a small
dead-letter topic), creating them idempotently, and describing them (kafka-python admin)."""

from __future__ import annotations

import logging
from typing import Any

from mamori.messaging.kafka_config import kafka_python_kwargs
from mamori.settings import KafkaSettings

log = logging.getLogger("mamori.publish")

#: Kafka's error code for "topic already exists": the normal case of an idempotent create.
_TOPIC_ALREADY_EXISTS = 36


def topic_plan(settings: KafkaSettings, partitions: int | None = None) -> dict[str, int]:
    """Topic name → partition count. The keyed topics share one count so a customer's
    contacts, state and indicators are co-partitioned; the dead-letter topic is small."""
    n = partitions or settings.partitions
    return {
        settings.contact_topic: n,
        settings.indicator_topic: n,
        settings.escalation_topic: n,
        settings.dlq_topic: 1,
    }


def _admin(settings: KafkaSettings) -> Any:
    from kafka import KafkaAdminClient

    return KafkaAdminClient(**kafka_python_kwargs(settings), client_id="mamori-admin")


def ensure_topics(settings: KafkaSettings, partitions: int | None = None) -> None:
    """Create Mamori's topics that do not exist yet (idempotent), and wait until every
    partition has a leader. An existing topic is never altered: growing the partition
    count of a keyed topic would move customers between partitions."""
    import kafka.errors as kafka_errors

    plan = topic_plan(settings, partitions)
    admin = _admin(settings)
    try:
        response = admin.create_topics(
            {
                name: {"num_partitions": n, "replication_factor": settings.replication_factor}
                for name, n in plan.items()
            },
            raise_errors=False,
        )
        for result in response["topics"]:
            code = result["error_code"]
            if code not in (0, _TOPIC_ALREADY_EXISTS):
                error = kafka_errors.for_code(code)
                raise error(f"creating topic {result['name']}: {result.get('error_message')}")
            if code == 0:
                log.info("created topic %s (%d partitions)", result["name"], plan[result["name"]])
        admin.wait_for_topics(list(plan), timeout_ms=30_000)
        for desc in admin.describe_topics(list(plan)):
            have, want = len(desc["partitions"]), plan[desc["name"]]
            if have < want:
                log.warning(
                    "topic %s has %d partitions, fewer than the %d configured; left as is",
                    desc["name"],
                    have,
                    want,
                )
    finally:
        admin.close()


def describe_topics(
    settings: KafkaSettings, names: list[str] | None = None
) -> list[dict[str, Any]]:
    """Name, partition count and replication factor of the given (default: all) topics."""
    admin = _admin(settings)
    try:
        topics = admin.describe_topics(names or None)
    finally:
        admin.close()
    out = []
    for t in sorted(topics, key=lambda t: str(t["name"])):
        parts = t.get("partitions") or []
        out.append(
            {
                "name": t["name"],
                "partitions": len(parts),
                "replication_factor": max(
                    (len(p.get("replica_nodes") or []) for p in parts), default=0
                ),
                "internal": bool(t.get("is_internal")),
                "error_code": t.get("error_code", 0),
            }
        )
    return out
