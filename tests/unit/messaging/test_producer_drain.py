"""The producer buffer's flush waits for every message put before it (messaging.producer_drain).

The buffer and its hand-over task are Faust's, run on a real event loop; only the
Kafka client behind ``publish_message`` is replaced by a channel that takes a while
per message, as a client with a full batch does."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from faust.types.tuples import FutureMessage, PendingMessage

from mamori.messaging.producer_drain import DrainingBuffer, ProducerStoppedError


class SlowChannel:
    """Records what it was handed, ``delay`` seconds per message."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.published: list[bytes] = []

    async def publish_message(self, fut: FutureMessage, wait: bool = False) -> None:
        await asyncio.sleep(self.delay)
        self.published.append(fut.message.value)


def message(channel: SlowChannel, value: bytes) -> FutureMessage:
    pending = PendingMessage(channel, None, value, None, None, None, None, None, None)
    return FutureMessage(pending)


async def started_buffer() -> DrainingBuffer:
    buffer = DrainingBuffer()
    buffer.app = SimpleNamespace(conf=SimpleNamespace(producer_threaded=False))  # type: ignore[assignment]
    await buffer.start()
    return buffer


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_flush_returns_only_after_every_earlier_message_is_handed_over() -> None:
    async def scenario() -> list[bytes]:
        channel = SlowChannel(delay=0.25)  # longer than Faust's 0.1 s flush patience
        buffer = await started_buffer()
        for n in range(4):
            buffer.put(message(channel, b"m%d" % n))
        await buffer.flush()
        handed = list(channel.published)
        await buffer.stop()
        return handed

    assert run(scenario()) == [b"m0", b"m1", b"m2", b"m3"]


def test_messages_put_during_a_flush_do_not_hold_it_up() -> None:
    async def scenario() -> tuple[list[bytes], int]:
        channel = SlowChannel(delay=0.05)
        buffer = await started_buffer()
        buffer.put(message(channel, b"before"))
        flush = asyncio.ensure_future(buffer.flush())
        await asyncio.sleep(0)
        for n in range(20):
            buffer.put(message(channel, b"after%d" % n))
        await asyncio.wait_for(flush, timeout=0.5)  # 21 × 0.05 s would exceed this
        handed = list(channel.published)
        await buffer.flush()  # the later ones, before stopping
        await buffer.stop()
        return handed, len(handed)

    handed, count = run(scenario())
    assert handed[0] == b"before"
    assert count < 21


def test_flush_of_an_empty_buffer_returns_at_once() -> None:
    async def scenario() -> None:
        buffer = await started_buffer()
        await asyncio.wait_for(buffer.flush(), timeout=0.05)
        await buffer.stop()

    run(scenario())


def test_flush_fails_when_the_buffer_stops_with_messages_unsent() -> None:
    async def scenario() -> None:
        channel = SlowChannel(delay=10.0)
        buffer = await started_buffer()
        buffer.put(message(channel, b"stuck"))
        buffer.put(message(channel, b"behind"))
        flush = asyncio.ensure_future(buffer.flush())
        await asyncio.sleep(0.05)
        buffer._stopped.set()  # as Service.stop does first
        buffer.progress.set()
        with pytest.raises(ProducerStoppedError):
            await asyncio.wait_for(flush, timeout=1.0)

    run(scenario())
