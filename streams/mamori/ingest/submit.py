"""The adapters' common ending: items (an event, or an error with the original bytes)
→ verdicts → Kafka, or a JSON-lines file for a dry run / a replay.

An item that could not be parsed is dead-lettered with its reason like a malformed
record (``mail_unparseable``, ``call_unparseable``); it never stops the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import IO, Any

import orjson

from mamori.domain.validation import Limits
from mamori.ingest.batch import Accepted, Rejected, Verdict, judge


@dataclass(frozen=True, slots=True)
class Item:
    #: Human pointer for errors and the DLQ detail (file, mbox key, IMAP UID, CSV row).
    where: str
    event: dict[str, Any] | None = None
    #: Why there is no event (``event`` is None).
    error: str | None = None
    #: The reason code of the error for the dead-letter topic.
    reason: str = "unparseable"
    #: Original bytes (the message, the row), kept for the dead-letter topic.
    raw: bytes = b""


@dataclass
class Summary:
    accepted: int = 0
    rejected: int = 0
    errors: list[str] = field(default_factory=list)


def verdicts_of(
    items: Iterable[Item], *, limits: Limits, now: datetime | None = None
) -> Iterator[Verdict]:
    clock = now or datetime.now(UTC)
    for n, item in enumerate(items, start=1):
        if item.event is None:
            yield Rejected(n, item.reason, item.error or "no event", item.raw, item.where)
            continue
        verdict = judge(orjson.dumps(item.event), n, source=None, limits=limits, now=clock)
        if isinstance(verdict, Rejected):
            verdict = Rejected(n, verdict.reason, verdict.detail, verdict.value, item.where)
        yield verdict


def tally(verdicts: Iterable[Verdict], summary: Summary) -> None:
    for v in verdicts:
        if isinstance(v, Accepted):
            summary.accepted += 1
        else:
            summary.rejected += 1
            summary.errors.append(f"{v.where or f'line {v.line}'}: {v.reason}: {v.detail}")


def write_jsonl(verdicts: Iterable[Verdict], out: IO[bytes]) -> None:
    """Accepted events as JSON lines (what would be published)."""
    for v in verdicts:
        if isinstance(v, Accepted):
            out.write(v.value + b"\n")
