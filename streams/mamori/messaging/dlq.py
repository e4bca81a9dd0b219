"""The dead-letter topic's record format: the original bytes as the value, and these
headers. Shared by every writer of dead letters — the worker (:mod:`mamori.worker.dlq`)
and ingest (:mod:`mamori.ingest.producer`) — and by the sink that stores their reasons."""

from __future__ import annotations

from typing import Final

#: Headers of a dead-letter record; its value is the original bytes, unchanged.
DLQ_REASON_HEADER: Final = "mamori-dlq-reason"
DLQ_DETAIL_HEADER: Final = "mamori-dlq-detail"
DLQ_SOURCE_HEADER: Final = "mamori-dlq-source"
#: Original size in bytes, present when the value is only the record's first bytes.
DLQ_TRUNCATED_HEADER: Final = "mamori-dlq-truncated"
#: A record over this is dead-lettered as its first bytes: the whole value would
#: exceed the producer's and the DLQ topic's message size limits and stall the agent.
DLQ_MAX_VALUE_BYTES: Final = 900_000
