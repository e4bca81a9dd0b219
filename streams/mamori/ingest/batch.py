"""One request body (or one adapter's output) → a verdict per line.

The verdict is the worker's own validation (:func:`mamori.domain.validation.decode_contact_event`),
plus one rule of the endpoint: a token speaks for one source, so a line naming another
``source`` is refused, and a line without one gets the token's. Accepted lines are
published unchanged (byte for byte) unless the source had to be stamped on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

import orjson

from mamori.domain.validation import Limits, Rejection, decode_contact_event

NDJSON_TYPES: Final = frozenset({"application/x-ndjson", "application/ndjson", "application/jsonl"})
JSON_TYPES: Final = frozenset({"application/json"})


@dataclass(frozen=True, slots=True)
class Accepted:
    line: int
    event_id: str
    #: Kafka record key (the event's customer_id) and value.
    key: bytes
    value: bytes


@dataclass(frozen=True, slots=True)
class Rejected:
    line: int
    reason: str
    detail: str
    #: The original bytes, for the dead-letter topic.
    value: bytes
    #: Where it came from when not a request line (``inbox.mbox#12``, ``cdr.csv row 7``).
    where: str = ""


Verdict = Accepted | Rejected


def split_lines(body: bytes) -> list[tuple[int, bytes]]:
    """NDJSON lines with their 1-based numbers; blank lines are not events."""
    out: list[tuple[int, bytes]] = []
    for number, raw in enumerate(body.split(b"\n"), start=1):
        line = raw[:-1] if raw.endswith(b"\r") else raw
        if line.strip():
            out.append((number, line))
    return out


def judge(raw: bytes, line: int, *, source: str | None, limits: Limits, now: datetime) -> Verdict:
    decoded = decode_contact_event(raw, limits=limits, now=now)
    if isinstance(decoded, Rejection):
        return Rejected(line, decoded.reason, decoded.detail, raw)
    value = raw
    if source is not None and decoded.source != source:
        if decoded.source is not None:
            return Rejected(
                line,
                "source_mismatch",
                f"source {decoded.source!r} is not the token's source {source!r}",
                raw,
            )
        obj: dict[str, Any] = orjson.loads(raw)
        obj["source"] = source
        value = orjson.dumps(obj)
    return Accepted(line, decoded.event_id, decoded.customer_id.encode(), value)


def judge_all(
    lines: Iterable[tuple[int, bytes]], *, source: str | None, limits: Limits, now: datetime
) -> list[Verdict]:
    return [judge(raw, n, source=source, limits=limits, now=now) for n, raw in lines]


def line_report(verdicts: Iterable[Verdict]) -> list[dict[str, Any]]:
    """The per-line part of the answer (and of ``mamori ingest`` output)."""
    out: list[dict[str, Any]] = []
    for v in verdicts:
        if isinstance(v, Accepted):
            out.append({"line": v.line, "status": "accepted", "event_id": v.event_id})
        else:
            out.append(
                {"line": v.line, "status": "rejected", "reason": v.reason, "detail": v.detail}
            )
    return out
