"""The alert record that travels on the ``alerts`` topic and is delivered.

``alert_id`` is deterministic per (rule, indicator or escalation) — it is also the
Standard Webhooks ``webhook-id`` — so a redelivery, restart or rebalance gives the same
id with the same content, which a receiver can deduplicate. Everything an alert
*says* is built from fields fixed for that id; ``detected_at`` (processing time) is
carried for latency figures only and never rendered or signed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from mamori.domain.contract import rfc3339
from mamori.domain.ids import stable_id

AlertKind = Literal["indicator", "escalation", "digest", "test"]


def alert_id_for(rule_id: str, source_kind: str, source_id: str) -> str:
    """``msg_`` + 128-bit hex: the alert id and ``webhook-id`` of (rule, source)."""
    return "msg_" + stable_id("alert", rule_id, source_kind, source_id)


def digest_id_for(rule_id: str, customer_key: str, item_ids: list[str]) -> str:
    return "msg_" + stable_id("digest", rule_id, customer_key, *sorted(item_ids))


@dataclass(frozen=True, slots=True)
class DigestItem:
    """One collected match inside a digest (what it would have said on its own)."""

    alert_id: str
    source_id: str
    category: str | None
    severity: str | None
    stage: str | None
    evidence: str | None
    occurred_at: str

    def to_wire(self) -> dict[str, Any]:
        return {
            "alert_id": self.alert_id,
            "source_id": self.source_id,
            "category": self.category,
            "severity": self.severity,
            "stage": self.stage,
            "evidence": self.evidence,
            "occurred_at": self.occurred_at,
        }

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> DigestItem:
        return cls(
            alert_id=d["alert_id"],
            source_id=d["source_id"],
            category=d.get("category"),
            severity=d.get("severity"),
            stage=d.get("stage"),
            evidence=d.get("evidence"),
            occurred_at=d["occurred_at"],
        )


@dataclass(frozen=True, slots=True)
class Alert:
    alert_id: str
    rule_id: str
    kind: AlertKind
    #: indicator_id, escalation_id, or the first item's source for a digest.
    source_id: str
    customer_key: str
    #: Event time (RFC 3339 UTC) of the evidence: the CloudEvents ``time``.
    occurred_at: str
    description_ja: str = ""
    description_en: str = ""
    agent_key: str | None = None
    team: str | None = None
    category: str | None = None
    severity: str | None = None
    channel: str | None = None
    #: Contact references (ContactEvent ids) so a supervisor can find the live contact.
    event_ids: tuple[str, ...] = ()
    evidence: str | None = None
    stage: str | None = None
    previous_stage: str | None = None
    #: Matches held back by the rule's throttle since this customer's previous alert.
    suppressed: int = 0
    items: tuple[DigestItem, ...] = ()
    #: Destination names; empty = every configured destination.
    destinations: tuple[str, ...] = ()
    #: Processing time of the source record (latency only; not part of the content).
    detected_at: str | None = field(default=None, compare=False)

    def to_wire(self) -> dict[str, Any]:
        return {
            "alert_id": self.alert_id,
            "rule_id": self.rule_id,
            "kind": self.kind,
            "source_id": self.source_id,
            "customer_key": self.customer_key,
            "occurred_at": self.occurred_at,
            "description_ja": self.description_ja,
            "description_en": self.description_en,
            "agent_key": self.agent_key,
            "team": self.team,
            "category": self.category,
            "severity": self.severity,
            "channel": self.channel,
            "event_ids": list(self.event_ids),
            "evidence": self.evidence,
            "stage": self.stage,
            "previous_stage": self.previous_stage,
            "suppressed": self.suppressed,
            "items": [i.to_wire() for i in self.items],
            "destinations": list(self.destinations),
            "detected_at": self.detected_at,
        }

    def content(self) -> dict[str, Any]:
        """What is signed and delivered: the wire form without processing metadata."""
        wire = self.to_wire()
        del wire["detected_at"], wire["destinations"]
        return wire

    @classmethod
    def from_wire(cls, d: dict[str, Any]) -> Alert:
        return cls(
            alert_id=d["alert_id"],
            rule_id=d["rule_id"],
            kind=d["kind"],
            source_id=d["source_id"],
            customer_key=d["customer_key"],
            occurred_at=d["occurred_at"],
            description_ja=d.get("description_ja", ""),
            description_en=d.get("description_en", ""),
            agent_key=d.get("agent_key"),
            team=d.get("team"),
            category=d.get("category"),
            severity=d.get("severity"),
            channel=d.get("channel"),
            event_ids=tuple(d.get("event_ids") or ()),
            evidence=d.get("evidence"),
            stage=d.get("stage"),
            previous_stage=d.get("previous_stage"),
            suppressed=int(d.get("suppressed") or 0),
            items=tuple(DigestItem.from_wire(i) for i in d.get("items") or ()),
            destinations=tuple(d.get("destinations") or ()),
            detected_at=d.get("detected_at"),
        )


def make_test_alert(now: datetime, nonce: str) -> Alert:
    """A harmless alert for ``mamori alerts test``: kind ``test``, a fresh id per run."""
    at = rfc3339(now) or ""
    return Alert(
        alert_id="msg_" + stable_id("test", at, nonce),
        rule_id="delivery-test",
        kind="test",
        source_id="test",
        customer_key="c_000000000000000000000000",
        occurred_at=at,
        description_ja="配信テストです。対応は不要です。",
        description_en="Delivery test. No action needed.",
        category="violence_threat",
        severity="low",
        channel="chat",
        event_ids=("test-contact",),
        evidence="（テスト）/ (test)",
        detected_at=at,
    )
