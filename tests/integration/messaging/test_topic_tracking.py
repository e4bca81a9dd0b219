"""aiokafka's client forgets a topic it was never told to track, and
:func:`~mamori.messaging.producer_drain.track_topic` keeps it (real broker).

A producer that first sends to a topic known only from a fetch of all topics does not
track it; once another topic is tracked, metadata requests name only that one, and the
first topic drops out of the client's cluster view. A batch for it then waits for a
leader forever (the worker's commit hung on it under load). The worker's producer
tracks every topic it sends to."""

from __future__ import annotations

import asyncio

import pytest

from mamori.messaging.producer_drain import track_topic
from mamori.messaging.topics import ensure_topics
from mamori.settings import KafkaSettings

pytestmark = pytest.mark.kafka


async def _still_known_after_another_topic(settings: KafkaSettings, track: bool) -> bool:
    from aiokafka import AIOKafkaProducer

    early, later = settings.alert_topic, settings.contact_topic
    producer = AIOKafkaProducer(bootstrap_servers=settings.bootstrap_servers)
    await producer.start()
    try:
        client = producer.client
        assert not client._topics, "a fresh producer tracks no topic"
        await client.force_metadata_update()  # names no topic: all topics
        if track:
            track_topic(client, early)
        await asyncio.wait_for(producer.send_and_wait(early, b"first"), 30)
        assert (early in client._topics) is track
        # Tracked from now on, as a topic the client first met unknown would be (a
        # changelog Faust creates after start-up).
        await asyncio.wait_for(client.add_topic(later), 30)
        await client.force_metadata_update()
        return client.cluster.partitions_for_topic(early) is not None
    finally:
        await asyncio.wait_for(producer.stop(), 30)


def test_a_tracked_topic_stays_in_the_cluster_view(kafka_settings: KafkaSettings) -> None:
    ensure_topics(kafka_settings)
    assert asyncio.run(_still_known_after_another_topic(kafka_settings, track=True))


def test_an_untracked_topic_drops_out_which_is_why_the_worker_tracks_each(
    kafka_settings: KafkaSettings,
) -> None:
    # If this fails, aiokafka keeps untracked topics now: track_topic can go.
    ensure_topics(kafka_settings)
    assert not asyncio.run(_still_known_after_another_topic(kafka_settings, track=False))
