"""Recorded human decisions (``mamori decide``): the allowed actions, the decision
record, its validation, and its append-only storage. Mamori never takes a
restrictive step itself; a person records it here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from mamori.domain.contract import rfc3339
from mamori.domain.ids import stable_id
from mamori.reporting.labels import ACTION_LABELS_EN, ACTION_LABELS_JA, local_time

if TYPE_CHECKING:
    from clickhouse_connect.driver.client import Client


ACTIONS: Final[tuple[str, ...]] = (
    "keep_watching",
    "contact_customer",
    "warning_letter",
    "refuse_service",
    "involve_police",
    "close_case",
    "false_positive",
)


#: Steps that restrict the customer: never automatic, always a recorded decision.
RESTRICTIVE_ACTIONS: Final = frozenset({"warning_letter", "refuse_service", "involve_police"})


MAX_NOTE_CHARS: Final = 4000


MAX_NAME_CHARS: Final = 200


@dataclass(frozen=True, slots=True)
class Decision:
    decision_id: str
    customer_key: str
    action: str
    decided_by: str
    decided_at: datetime
    note: str
    escalation_id: str | None = None

    @property
    def restrictive(self) -> bool:
        return self.action in RESTRICTIVE_ACTIONS

    def to_row(self) -> tuple[Any, ...]:
        return (
            self.decision_id,
            self.customer_key,
            self.action,
            self.decided_by,
            self.decided_at,
            self.note,
            self.escalation_id,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision_id,
            "action": self.action,
            "action_ja": ACTION_LABELS_JA.get(self.action, self.action),
            "action_en": ACTION_LABELS_EN.get(self.action, self.action),
            "restrictive": self.restrictive,
            "decided_by": self.decided_by,
            "decided_at": rfc3339(self.decided_at),
            "decided_at_local": local_time(self.decided_at),
            "note": self.note,
            "escalation_id": self.escalation_id,
        }


DECISION_COLUMNS: Final[list[str]] = [
    "decision_id",
    "customer_key",
    "action",
    "decided_by",
    "decided_at",
    "note",
    "escalation_id",
]


def build_decision(
    customer_key: str,
    action: str,
    decided_by: str,
    note: str,
    escalation_id: str | None = None,
    decided_at: datetime | None = None,
) -> Decision:
    """Validate and build a decision; the id is a hash of all inputs and the time."""
    customer_key, decided_by, note = customer_key.strip(), decided_by.strip(), note.strip()
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}; one of: {', '.join(ACTIONS)}")
    if not customer_key or any(ch.isspace() for ch in customer_key):
        raise ValueError("customer key must be a non-empty pseudonym without spaces")
    if not decided_by:
        raise ValueError("--by (who decided) must not be empty")
    if len(decided_by) > MAX_NAME_CHARS:
        raise ValueError(f"--by is longer than {MAX_NAME_CHARS} characters")
    if not note:
        raise ValueError("--note must say why (it is the record others will read)")
    if len(note) > MAX_NOTE_CHARS:
        raise ValueError(f"--note is longer than {MAX_NOTE_CHARS} characters")
    esc = escalation_id.strip() if escalation_id else None
    at = (decided_at or datetime.now(UTC)).astimezone(UTC)
    at = at.replace(microsecond=at.microsecond // 1000 * 1000)  # DateTime64(3)
    decision_id = stable_id(
        "decision", customer_key, action, decided_by, note, esc or "", rfc3339(at) or ""
    )
    return Decision(decision_id, customer_key, action, decided_by, at, note, esc)


class UnknownReference(ValueError):
    """The customer or escalation a decision refers to is not in ClickHouse."""


def check_references(ch: Client, database: str, decision: Decision) -> None:
    p = {"k": decision.customer_key}
    known = ch.query(
        f"SELECT (SELECT count() FROM {database}.indicators WHERE customer_key = {{k:String}})"
        f" + (SELECT count() FROM {database}.escalations WHERE customer_key = {{k:String}})",
        parameters=p,
    ).result_rows[0][0]
    if not known:
        raise UnknownReference(
            f"no indicators or escalations for customer key {decision.customer_key!r}"
        )
    if decision.escalation_id is not None:
        found = ch.query(
            f"SELECT count() FROM {database}.escalations"
            " WHERE customer_key = {k:String} AND escalation_id = {e:String}",
            parameters={**p, "e": decision.escalation_id},
        ).result_rows[0][0]
        if not found:
            raise UnknownReference(
                f"escalation {decision.escalation_id!r} does not belong to this customer"
            )


def insert_decision(ch: Client, database: str, decision: Decision) -> None:
    ch.insert(f"{database}.decisions", [decision.to_row()], column_names=DECISION_COLUMNS)
