"""Dead letters of the contact topic: the headers that carry the reason and source,
and the size cut that keeps a huge record from stalling the agent."""

from __future__ import annotations

# The format is messaging's (ingest writes dead letters too); re-exported for the worker.
from mamori.messaging.dlq import (
    DLQ_DETAIL_HEADER,
    DLQ_MAX_VALUE_BYTES,
    DLQ_REASON_HEADER,
    DLQ_SOURCE_HEADER,
    DLQ_TRUNCATED_HEADER,
)

__all__ = [
    "DLQ_DETAIL_HEADER",
    "DLQ_MAX_VALUE_BYTES",
    "DLQ_REASON_HEADER",
    "DLQ_SOURCE_HEADER",
    "DLQ_TRUNCATED_HEADER",
    "dead_letter",
]


def dead_letter(
    raw: bytes, reason: str, detail: str, topic: str, partition: int, offset: int
) -> tuple[bytes, dict[str, bytes]]:
    """The value and headers of the dead letter for ``raw`` (read at topic/partition/offset)."""
    headers = {
        DLQ_REASON_HEADER: reason.encode(),
        DLQ_DETAIL_HEADER: detail.encode(),
        DLQ_SOURCE_HEADER: f"{topic}/{partition}/{offset}".encode(),
    }
    if len(raw) > DLQ_MAX_VALUE_BYTES:
        headers[DLQ_TRUNCATED_HEADER] = str(len(raw)).encode()
    return raw[:DLQ_MAX_VALUE_BYTES], headers
