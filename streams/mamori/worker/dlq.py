"""Dead letters of the contact topic: the headers that carry the reason and source,
and the size cut that keeps a huge record from stalling the agent."""

from __future__ import annotations

from typing import Final

#: Headers of a dead-letter record; its value is the original bytes, unchanged.
DLQ_REASON_HEADER: Final = "mamori-dlq-reason"
DLQ_DETAIL_HEADER: Final = "mamori-dlq-detail"
DLQ_SOURCE_HEADER: Final = "mamori-dlq-source"
#: Original size in bytes, present when the value is only the record's first bytes.
DLQ_TRUNCATED_HEADER: Final = "mamori-dlq-truncated"
#: Header of a mis-keyed contact record sent again with its customer id as key:
#: "topic/partition/offset" of where it was first read.
REKEY_SOURCE_HEADER: Final = "mamori-rekeyed-from"
#: Dead-letter reason of a record whose detection raised (a bug, never bad input:
#: bad input has its own reasons from validation).
PROCESSING_ERROR: Final = "processing_error"
#: A record over this is dead-lettered as its first bytes: the whole value would
#: exceed the producer's and the DLQ topic's message size limits and stall the agent.
DLQ_MAX_VALUE_BYTES: Final = 900_000


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
