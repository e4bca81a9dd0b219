"""Where the adapters' items go for one command run: judged, then published (an
asyncio runner around :class:`~mamori.ingest.producer.IngestProducer`) or written as
JSON lines (dry run / replay input). Raises ``Unavailable`` when Kafka does not
acknowledge, so nothing after the last acknowledged batch counts as done."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import IO, Any

from mamori.domain.validation import Limits
from mamori.ingest.producer import IngestProducer
from mamori.ingest.submit import Item, Summary, tally, verdicts_of, write_jsonl
from mamori.messaging.topics import ensure_topics
from mamori.settings import Settings

log = logging.getLogger("mamori.ingest")


def ensure_topics_if_reachable(settings: Settings) -> None:
    try:
        ensure_topics(settings.kafka)
    except Exception as exc:  # the broker may come later; sends then fail clearly
        log.warning("could not check/create topics: %s", exc)


def chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class Delivery:
    def __init__(
        self,
        settings: Settings,
        output: IO[bytes] | None,
        origin: str,
        on_rejected: Callable[[str], None] = lambda _: None,
    ) -> None:
        self.settings = settings
        self.output = output
        self.origin = origin
        self.on_rejected = on_rejected
        self.summary = Summary()
        self.limits = Limits(
            max_message_bytes=settings.max_message_bytes, max_text_chars=settings.max_text_chars
        )
        self._runner: asyncio.Runner | None = None
        self._producer: IngestProducer | None = None

    def __enter__(self) -> Delivery:
        if self.output is None:
            ensure_topics_if_reachable(self.settings)
            self._runner = asyncio.Runner()
            self._producer = IngestProducer(
                self.settings.kafka, ack_timeout=self.settings.ingest.ack_timeout_seconds
            )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._runner is not None and self._producer is not None:
            self._runner.run(self._producer.stop())
            self._runner.close()

    def __call__(self, items: list[Item]) -> None:
        verdicts = list(verdicts_of(items, limits=self.limits))
        if self.output is not None:
            write_jsonl(verdicts, self.output)
        else:
            assert self._runner is not None and self._producer is not None
            self._runner.run(self._producer.publish(verdicts, self.origin))
        before = len(self.summary.errors)
        tally(verdicts, self.summary)
        for error in self.summary.errors[before:]:
            self.on_rejected(error)

    def publish_all(self, items: Iterator[Any], batch: int) -> None:
        for chunk in chunks(items, batch):
            self(chunk)
