"""The per-customer review pack (``mamori review``): its data model and how it is built
from rows (queries in :mod:`.queries`, rendering in :mod:`.render`, recorded decisions
in :mod:`mamori.reporting.decisions`).

The pack gathers, for one ``customer_key`` (a pseudonym; the raw id is never known
here), what a reviewer needs to answer *when, how many times and what* was already
answered: the timeline of contacts that carried indicators, counts per category and
month, the stage history, and the decisions people recorded. Stages are signals;
restrictive steps need a decision recorded with ``mamori decide`` — the pack says so.

Reading uses the read-only ClickHouse user; ``decide`` inserts with the writer user.
Months are calendar months in the company's time zone (Asia/Tokyo).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from mamori.domain.contract import rfc3339
from mamori.domain.stage import current_stage
from mamori.domain.taxonomy import AXIS, Category
from mamori.reporting.decisions import Decision
from mamori.reporting.labels import (
    _CODES,
    COMPANY_TZ,
    NOTICE_EN,
    NOTICE_JA,
    STAGE_LABELS_JA,
    _label_en,
    _label_ja,
    local_month,
    local_time,
)

if TYPE_CHECKING:
    pass


# --- the pack ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndicatorEntry:
    indicator_id: str
    category: str
    axis: str
    severity: str
    score: float
    channel: str
    event_ids: tuple[str, ...]
    occurred_at: datetime
    window_start: datetime | None
    window_end: datetime | None
    evidence: str | None
    detector: str
    agent_key: str | None
    sealed_seq: int | None = None

    @property
    def label_ja(self) -> str:
        return _label_ja(self.category)

    @property
    def label_en(self) -> str:
        return _label_en(self.category)

    def to_dict(self) -> dict[str, Any]:
        return {
            "indicator_id": self.indicator_id,
            "category": self.category,
            "label_ja": self.label_ja,
            "label_en": self.label_en,
            "axis": self.axis,
            "severity": self.severity,
            "score": round(self.score, 4),
            "channel": self.channel,
            "event_ids": list(self.event_ids),
            "occurred_at": rfc3339(self.occurred_at),
            "occurred_at_local": local_time(self.occurred_at),
            "window_start": rfc3339(self.window_start),
            "window_end": rfc3339(self.window_end),
            "evidence": self.evidence,
            "detector": self.detector,
            "agent_key": self.agent_key,
            "sealed_seq": self.sealed_seq,
        }


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """One contact (the last evidence event of its indicators) and what it carried."""

    event_id: str
    occurred_at: datetime
    channel: str
    indicators: tuple[IndicatorEntry, ...]

    @property
    def max_severity(self) -> str:
        order = {"low": 1, "medium": 2, "high": 3}
        return max((i.severity for i in self.indicators), key=lambda s: order.get(s, 0))

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "occurred_at": rfc3339(self.occurred_at),
            "occurred_at_local": local_time(self.occurred_at),
            "channel": self.channel,
            "indicators": [i.to_dict() for i in self.indicators],
        }


@dataclass(frozen=True, slots=True)
class EscalationEntry:
    escalation_id: str
    stage: str
    previous_stage: str
    risk: float
    crossed_at: datetime
    categories: tuple[str, ...]
    indicator_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    #: When the worker found it (crossed_at is event time; a late event crosses "earlier").
    detected_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "escalation_id": self.escalation_id,
            "stage": self.stage,
            "stage_ja": STAGE_LABELS_JA.get(self.stage, self.stage),
            "previous_stage": self.previous_stage,
            "risk": round(self.risk, 4),
            "crossed_at": rfc3339(self.crossed_at),
            "crossed_at_local": local_time(self.crossed_at),
            "categories": list(self.categories),
            "indicator_ids": list(self.indicator_ids),
            "event_ids": list(self.event_ids),
        }


@dataclass
class ReviewPack:
    customer_key: str
    generated_at: datetime
    contacts: list[ContactEntry] = field(default_factory=list)
    escalations: list[EscalationEntry] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    #: evidence chain head at generation time, or None if the chain table is absent
    chain_head: tuple[int, str] | None = None

    @property
    def indicators(self) -> list[IndicatorEntry]:
        return [i for c in self.contacts for i in c.indicators]

    @property
    def first_contact(self) -> datetime | None:
        return self.contacts[0].occurred_at if self.contacts else None

    @property
    def last_contact(self) -> datetime | None:
        return self.contacts[-1].occurred_at if self.contacts else None

    @property
    def months(self) -> list[str]:
        return sorted({local_month(i.occurred_at) for i in self.indicators})

    @property
    def category_totals(self) -> dict[str, int]:
        counts = Counter(i.category for i in self.indicators)
        # Taxonomy order, then anything unknown (kept visible, never dropped).
        order = [c.value for c in Category if c.value in counts]
        return {c: counts[c] for c in order + sorted(set(counts) - set(order))}

    @property
    def month_counts(self) -> dict[str, dict[str, int]]:
        """category → month → count (each indicator once, month of its newest occurred_at)."""
        counts = Counter((i.category, local_month(i.occurred_at)) for i in self.indicators)
        return {
            cat: {m: counts.get((cat, m), 0) for m in self.months} for cat in self.category_totals
        }

    @property
    def category_spans(self) -> dict[str, tuple[datetime, datetime]]:
        """category → (first, last) occurrence: *when* a story started and last came up."""
        spans: dict[str, tuple[datetime, datetime]] = {}
        for i in self.indicators:
            first, last = spans.get(i.category, (i.occurred_at, i.occurred_at))
            spans[i.category] = (min(first, i.occurred_at), max(last, i.occurred_at))
        return spans

    @property
    def current_stage(self) -> str:
        return current_stage((e.crossed_at, e.stage) for e in self.escalations)

    @property
    def awaiting_decision(self) -> bool:
        """True unless a recorded decision answers the last raise to warn/review: one that
        names that escalation, or one without an escalation id recorded after the worker
        *detected* it. (Comparing a decision's wall-clock time with the escalation's event
        time hid an escalation detected later than the events it is about.)"""
        ups = [e for e in self.escalations if e.stage in ("warn", "review")]
        if not ups or self.current_stage not in ("warn", "review"):
            return False
        last = ups[-1]
        known_at = last.detected_at or last.crossed_at
        for d in self.decisions:
            if d.escalation_id == last.escalation_id:
                return False
            if d.escalation_id is None and d.decided_at >= known_at:
                return False
        return True

    @property
    def sealed_count(self) -> int:
        return sum(1 for i in self.indicators if i.sealed_seq is not None)

    def to_dict(self) -> dict[str, Any]:
        head = self.chain_head
        return {
            "customer_key": self.customer_key,
            "generated_at": rfc3339(self.generated_at),
            "timezone": str(COMPANY_TZ),
            "notice_ja": NOTICE_JA,
            "notice_en": NOTICE_EN,
            "first_contact": rfc3339(self.first_contact),
            "last_contact": rfc3339(self.last_contact),
            "contacts_with_indicators": len(self.contacts),
            "indicator_count": len(self.indicators),
            "current_stage": self.current_stage,
            "awaiting_decision": self.awaiting_decision,
            "category_totals": self.category_totals,
            "month_counts": self.month_counts,
            "category_spans": {
                cat: {"first": rfc3339(first), "last": rfc3339(last)}
                for cat, (first, last) in self.category_spans.items()
            },
            "timeline": [c.to_dict() for c in self.contacts],
            "escalations": [e.to_dict() for e in self.escalations],
            "decisions": [d.to_dict() for d in self.decisions],
            "evidence_chain": None
            if head is None
            else {
                "head_seq": head[0],
                "head_hash": head[1],
                "sealed_indicators": self.sealed_count,
                "unsealed_indicators": len(self.indicators) - self.sealed_count,
            },
        }


def group_contacts(indicators: Iterable[IndicatorEntry]) -> list[ContactEntry]:
    """Group indicators by their triggering contact (last evidence event), oldest first."""
    groups: dict[tuple[datetime, str, str], list[IndicatorEntry]] = {}
    for ind in indicators:
        trigger = ind.event_ids[-1] if ind.event_ids else ""
        groups.setdefault((ind.occurred_at, trigger, ind.channel), []).append(ind)
    order = {c.value: n for n, c in enumerate(Category)}
    return [
        ContactEntry(
            event_id=event_id,
            occurred_at=at,
            channel=channel,
            indicators=tuple(
                sorted(items, key=lambda i: (order.get(i.category, 99), i.indicator_id))
            ),
        )
        for (at, event_id, channel), items in sorted(groups.items(), key=lambda kv: kv[0])
    ]


def indicator_from_row(row: Mapping[str, Any], sealed: Mapping[str, int]) -> IndicatorEntry:
    return IndicatorEntry(
        indicator_id=str(row["indicator_id"]),
        category=str(row["category"]),
        axis=str(
            row.get("axis")
            or (AXIS[Category(row["category"])] if row["category"] in _CODES else "")
        ),
        severity=str(row["severity"]),
        score=float(row["score"]),
        channel=str(row["channel"]),
        event_ids=tuple(str(e) for e in row["event_ids"]),
        occurred_at=_aware(row["occurred_at"]),
        window_start=_aware(row["window_start"]) if row.get("window_start") else None,
        window_end=_aware(row["window_end"]) if row.get("window_end") else None,
        evidence=row.get("evidence"),
        detector=str(row["detector"]),
        agent_key=row.get("agent_key"),
        sealed_seq=sealed.get(str(row["indicator_id"])),
    )


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def build_pack(
    customer_key: str,
    indicator_rows: Iterable[Mapping[str, Any]],
    escalation_rows: Iterable[Mapping[str, Any]],
    decision_rows: Iterable[Mapping[str, Any]],
    sealed: Mapping[str, int] | None = None,
    chain_head: tuple[int, str] | None = None,
    generated_at: datetime | None = None,
) -> ReviewPack:
    """Assemble a pack from already-deduplicated rows (one per indicator_id)."""
    seen: dict[str, IndicatorEntry] = {}
    for row in indicator_rows:
        ind = indicator_from_row(row, sealed or {})
        # Defensive: if two versions slip through, the newest evidence wins.
        if ind.indicator_id not in seen or ind.occurred_at >= seen[ind.indicator_id].occurred_at:
            seen[ind.indicator_id] = ind
    escalations = sorted(
        (
            EscalationEntry(
                escalation_id=str(r["escalation_id"]),
                stage=str(r["stage"]),
                previous_stage=str(r["previous_stage"]),
                risk=float(r["risk"]),
                crossed_at=_aware(r["crossed_at"]),
                categories=tuple(r["categories"]),
                indicator_ids=tuple(r["indicator_ids"]),
                event_ids=tuple(r["event_ids"]),
                detected_at=_aware(r["detected_at"]) if r.get("detected_at") else None,
            )
            for r in escalation_rows
        ),
        key=lambda e: (e.crossed_at, e.escalation_id),
    )
    decisions = sorted(
        (
            Decision(
                decision_id=str(r["decision_id"]),
                customer_key=customer_key,
                action=str(r["action"]),
                decided_by=str(r["decided_by"]),
                decided_at=_aware(r["decided_at"]),
                note=str(r["note"]),
                escalation_id=r.get("escalation_id"),
            )
            for r in decision_rows
        ),
        key=lambda d: (d.decided_at, d.decision_id),
    )
    return ReviewPack(
        customer_key=customer_key,
        generated_at=generated_at or datetime.now(UTC),
        contacts=group_contacts(seen.values()),
        escalations=escalations,
        decisions=decisions,
        chain_head=chain_head,
    )
