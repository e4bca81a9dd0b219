"""The Faust transport every Mamori app runs on: Faust's aiokafka transport with

* batch delivery of the topics named (:mod:`mamori.worker.batching`),
* no stream records fetched during a rebalance (:mod:`mamori.worker.rebalance_hold`),
* commits only after every output is in the Kafka client
  (:mod:`mamori.messaging.producer_drain`).
"""

from __future__ import annotations

from faust.transport.drivers.aiokafka import Transport as AIOKafkaTransport
from faust.types import AppT

from mamori.messaging.producer_drain import DrainingProducer
from mamori.worker.batching import BatchingConsumer
from mamori.worker.rebalance_hold import HoldStreamsDuringRebalance


def mamori_transport(app: AppT, batched_topics: frozenset[str]) -> AIOKafkaTransport:
    """The transport for ``app`` (set it as ``app.transport`` before the worker starts);
    ``batched_topics`` may be empty."""
    consumer = type(
        "MamoriConsumer",
        (BatchingConsumer, HoldStreamsDuringRebalance),
        {"batched_topics": batched_topics},
    )
    transport = type(
        "MamoriTransport",
        (AIOKafkaTransport,),
        {"Consumer": consumer, "Producer": DrainingProducer},
    )
    created: AIOKafkaTransport = transport(app.conf.broker_consumer, app)
    return created
