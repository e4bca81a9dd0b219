"""Per-customer review pack (``mamori review``) and recorded human decisions (``mamori decide``).

The pack gathers, for one ``customer_key`` (a pseudonym; the raw id is never known
here), what a reviewer needs to answer *when, how many times and what* was already
answered: the timeline of contacts that carried indicators, counts per category and
month, the stage history, and the decisions people recorded. Stages are signals;
restrictive steps need a decision recorded with ``mamori decide`` — the pack says so.

Reading uses the read-only ClickHouse user; ``decide`` inserts with the writer user.
Months are calendar months in the company's time zone (Asia/Tokyo).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from zoneinfo import ZoneInfo

import jinja2

from mamori.domain.contract import rfc3339
from mamori.domain.ids import stable_id
from mamori.domain.taxonomy import AXIS, LABELS_EN, LABELS_JA, Category
from mamori.resources import TEMPLATES_DIR

if TYPE_CHECKING:
    from clickhouse_connect.driver.client import Client

#: The company calendar for months and quarters (contract section 2).
COMPANY_TZ: Final = ZoneInfo("Asia/Tokyo")

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
ACTION_LABELS_JA: Final[dict[str, str]] = {
    "keep_watching": "経過観察",
    "contact_customer": "顧客への連絡・回答",
    "warning_letter": "警告文書の送付",
    "refuse_service": "サービス提供の停止・取引の拒否",
    "involve_police": "警察への相談・通報",
    "close_case": "対応終了",
    "false_positive": "誤検知（ハラスメントに当たらない）",
}
ACTION_LABELS_EN: Final[dict[str, str]] = {
    "keep_watching": "Keep watching",
    "contact_customer": "Contact / answer the customer",
    "warning_letter": "Send a warning letter",
    "refuse_service": "Refuse service",
    "involve_police": "Involve the police",
    "close_case": "Close the case",
    "false_positive": "False positive (not harassment)",
}
STAGE_LABELS_JA: Final[dict[str, str]] = {
    "none": "なし",
    "watch": "注視",
    "warn": "警戒",
    "review": "要検討",
}
CHANNEL_LABELS: Final[dict[str, tuple[str, str]]] = {
    "phone": ("電話", "phone"),
    "email": ("メール", "email"),
    "chat": ("チャット", "chat"),
    "web_form": ("Webフォーム", "web form"),
    "visit": ("来訪", "visit"),
    "sns": ("SNS", "SNS"),
}
SEVERITY_LABELS_JA: Final[dict[str, str]] = {"low": "低", "medium": "中", "high": "高"}

NOTICE_JA: Final = (
    "段階（注視・警戒・要検討）と各指標は、担当者の確認を促すシグナルであり、"
    "ハラスメントの認定や判断ではありません。正当な苦情には誠実に対応します。"
    "警告文書の送付・サービス提供の停止・警察への相談などの制限的な措置は、"
    "責任者による判断を記録（mamori decide）したうえでのみ行います。"
)
NOTICE_EN: Final = (
    "Stages (watch, warn, review) and indicators are signals that ask a person to look; "
    "they are not a finding of harassment. Legitimate complaints are answered sincerely. "
    "Restrictive steps (warning letter, refusal of service, involving the police) are taken "
    "only after a responsible person's decision has been recorded (mamori decide)."
)
MAX_NOTE_CHARS: Final = 4000
MAX_NAME_CHARS: Final = 200


def local_time(value: datetime | None) -> str:
    """``2026-07-03 22:15`` in the company's time zone ('' for None)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(COMPANY_TZ).strftime("%Y-%m-%d %H:%M")


def local_month(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(COMPANY_TZ).strftime("%Y-%m")


_CODES: Final = frozenset(c.value for c in Category)


def _label_ja(category: str) -> str:
    return LABELS_JA[Category(category)] if category in _CODES else category


def _label_en(category: str) -> str:
    return LABELS_EN[Category(category)] if category in _CODES else category


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
        return self.escalations[-1].stage if self.escalations else "none"

    @property
    def awaiting_decision(self) -> bool:
        """True if the stage was last raised after the last recorded decision."""
        ups = [e for e in self.escalations if e.stage in ("warn", "review")]
        if not ups or self.current_stage not in ("warn", "review"):
            return False
        return not self.decisions or self.decisions[-1].decided_at < ups[-1].crossed_at

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


# --- rendering -----------------------------------------------------------------------


def template_environment() -> jinja2.Environment:
    """Jinja2 over ``mamori/templates`` with HTML autoescaping (evidence is untrusted text)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local_time"] = local_time
    return env


def render_html(pack: ReviewPack) -> str:
    return (
        template_environment()
        .get_template("review.html.j2")
        .render(
            pack=pack,
            notice_ja=NOTICE_JA,
            notice_en=NOTICE_EN,
            action_ja=ACTION_LABELS_JA,
            action_en=ACTION_LABELS_EN,
            stage_ja=STAGE_LABELS_JA,
            severity_ja=SEVERITY_LABELS_JA,
            channel_ja={k: v[0] for k, v in CHANNEL_LABELS.items()},
            label_ja=_label_ja,
            label_en=_label_en,
            tz=str(COMPANY_TZ),
        )
    )


def render_json(pack: ReviewPack) -> str:
    return json.dumps(pack.to_dict(), ensure_ascii=False, indent=2)


def safe_file_stem(customer_key: str) -> str:
    return "review-" + (re.sub(r"[^A-Za-z0-9_.-]", "_", customer_key)[:120] or "_")


def write_pack(pack: ReviewPack, out_dir: Path, fmt: str) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = safe_file_stem(pack.customer_key)
    written = []
    if fmt in ("json", "both"):
        path = out_dir / f"{stem}.json"
        path.write_text(render_json(pack) + "\n", encoding="utf-8")
        written.append(path)
    if fmt in ("html", "both"):
        path = out_dir / f"{stem}.html"
        path.write_text(render_html(pack), encoding="utf-8")
        written.append(path)
    return written


# --- ClickHouse ----------------------------------------------------------------------

_INDICATOR_FIELDS: Final = (
    "indicator_id, category, axis, severity, score, channel, event_ids, window_start,"
    " window_end, occurred_at, evidence, detector, agent_key"
)


def _dicts(ch: Client, sql: str, parameters: dict[str, Any]) -> list[dict[str, Any]]:
    result = ch.query(sql, parameters=parameters)
    return [dict(zip(result.column_names, r, strict=True)) for r in result.result_rows]


def fetch_pack(ch: Client, database: str, customer_key: str) -> ReviewPack:
    """Read everything about one customer with the read-only client."""
    from clickhouse_connect.driver.exceptions import DatabaseError

    from mamori.integrity.chain import chain_head, sealed_seqs

    p = {"k": customer_key}
    indicators = _dicts(
        ch,
        # FINAL: versions of one indicator_id share the sorting key; the newest wins.
        f"SELECT {_INDICATOR_FIELDS} FROM {database}.indicators FINAL"
        " WHERE customer_key = {k:String} ORDER BY occurred_at, indicator_id",
        p,
    )
    escalations = _dicts(
        ch,
        "SELECT escalation_id, stage, previous_stage, risk, crossed_at, categories,"
        f" indicator_ids, event_ids FROM {database}.escalations FINAL"
        " WHERE customer_key = {k:String} ORDER BY crossed_at, escalation_id",
        p,
    )
    decisions = _dicts(
        ch,
        "SELECT decision_id, action, decided_by, decided_at, note, escalation_id"
        f" FROM {database}.decisions FINAL WHERE customer_key = {{k:String}}"
        " ORDER BY decided_at, decision_id",
        p,
    )
    try:
        sealed = sealed_seqs(ch, database, [str(r["indicator_id"]) for r in indicators])
        head: tuple[int, str] | None = chain_head(ch, database)
    except DatabaseError:  # chain table not migrated yet: the pack still works
        sealed, head = {}, None
    return build_pack(customer_key, indicators, escalations, decisions, sealed, head)


# --- decisions -----------------------------------------------------------------------


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


# --- commands ------------------------------------------------------------------------
