"""In-memory forms of the two wire records (contract sections 1 and 4).

``ContactEvent`` is what the validator hands the detectors; ``IndicatorEvent`` is
what every detector returns and what goes to Kafka, ClickHouse and replay output.
Both are plain frozen dataclasses so detectors stay transport-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, Final, Literal

from mamori.domain.taxonomy import AXIS, Category, Severity

Channel = Literal["phone", "email", "chat", "web_form", "visit", "sns"]
Direction = Literal["inbound", "outbound"]
CHANNELS: Final[tuple[Channel, ...]] = ("phone", "email", "chat", "web_form", "visit", "sns")


@dataclass(frozen=True, slots=True)
class ContactEvent:
    """A validated contact event. ``occurred_at`` is always timezone-aware."""

    event_id: str
    occurred_at: datetime
    channel: Channel
    direction: Direction
    customer_id: str
    agent_id: str | None = None
    duration_s: float | None = None
    subject: str | None = None
    text: str | None = None
    language: Literal["ja", "en"] | None = None
    thread_id: str | None = None
    source: str | None = None

    @property
    def ts(self) -> float:
        """Event time as POSIX seconds (UTC), the unit all windows use."""
        return self.occurred_at.timestamp()


@dataclass(frozen=True, slots=True)
class IndicatorEvent:
    """One harassment indicator. Ids are pseudonymised before construction."""

    indicator_id: str
    category: Category
    severity: Severity
    score: float
    customer_key: str
    agent_key: str | None
    channel: Channel
    event_ids: tuple[str, ...]
    occurred_at: datetime
    detected_at: datetime
    detector: str
    evidence: str | None = None
    window_start: datetime | None = None
    window_end: datetime | None = None
    #: Fixed per indicator_id (the day, event or first demand it is anchored on), so every
    #: version of a growing indicator lands in the same ClickHouse partition. An added
    #: field (the contract allows additions).
    anchor_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def axis(self) -> str:
        return AXIS[self.category]

    def to_wire(self) -> dict[str, Any]:
        """The contract's JSON object (timestamps as RFC 3339 UTC)."""
        return {
            "indicator_id": self.indicator_id,
            "category": self.category.value,
            "severity": self.severity,
            "score": round(self.score, 4),
            "customer_key": self.customer_key,
            "agent_key": self.agent_key,
            "channel": self.channel,
            "event_ids": list(self.event_ids),
            "window_start": rfc3339(self.window_start),
            "window_end": rfc3339(self.window_end),
            "occurred_at": rfc3339(self.occurred_at),
            "detected_at": rfc3339(self.detected_at),
            "evidence": self.evidence,
            "detector": self.detector,
            "anchor_at": rfc3339(self.anchor_at or self.occurred_at),
        }


# Memoised (a pure function of the instant): every output record formats four or five
# times (≈ 1 µs each), and a batch's records share many — its processing time, the
# events' times, the days' midnights.
@lru_cache(maxsize=8192, typed=True)
def rfc3339(value: datetime | None) -> str | None:
    """UTC RFC 3339 with millisecond precision, ``Z`` suffix."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_rfc3339(value: str) -> datetime:
    """Parse an RFC 3339 timestamp that carries an offset; naive times are refused."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp has no UTC offset: {value!r}")
    return parsed
