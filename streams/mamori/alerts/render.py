"""What an alert says, in Japanese then English, for every destination.

Only what a supervisor needs to act and nothing more: category and severity labels
from the taxonomy, the redacted evidence excerpt the detector kept (never the
message), the pseudonymous customer key (never the raw id), the contact references,
the staff member's team, the stage, and the command that opens the review pack.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from mamori.alerts.model import Alert
from mamori.domain.taxonomy import LABELS_EN, LABELS_JA, Category

# Restated from mamori.reporting.labels (a sibling layer this package may not import);
# tests/unit/alerts/test_alerts_render.py checks they agree with their owner.
SEVERITY_JA: Final = {"low": "低", "medium": "中", "high": "高"}
STAGE_JA: Final = {"none": "なし", "watch": "注視", "warn": "警戒", "review": "要検討"}
CHANNEL_JA: Final = {
    "phone": "電話",
    "email": "メール",
    "chat": "チャット",
    "web_form": "Webフォーム",
    "visit": "来訪",
    "sns": "SNS",
}
#: Contact references shown; a flood cites many, the newest are the live ones.
MAX_REFS: Final = 5
#: Evidence is already a short redacted excerpt; this bounds it again for chat layouts.
MAX_EVIDENCE: Final = 200


def category_labels(code: str | None) -> tuple[str, str]:
    if not code:
        return ("", "")
    try:
        c = Category(code)
    except ValueError:
        return (code, code)
    return (LABELS_JA[c], LABELS_EN[c])


@dataclass(frozen=True, slots=True)
class Field:
    label_ja: str
    label_en: str
    value: str


@dataclass(frozen=True, slots=True)
class RenderedAlert:
    title: str
    fields: tuple[Field, ...]
    description: str
    review_command: str

    def text(self) -> str:
        """Plain text (e-mail body, Slack fallback)."""
        lines = [self.title, ""]
        if self.description:
            lines += [self.description, ""]
        lines += [f"{f.label_ja} / {f.label_en}: {f.value}" for f in self.fields]
        lines += [
            "",
            f"レビュー資料 / Review pack: {self.review_command}",
        ]
        return "\n".join(lines)


def review_command(customer_key: str) -> str:
    return f"mamori review {customer_key}"


def _clip(text: str | None, limit: int = MAX_EVIDENCE) -> str:
    if not text:
        return "—"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _refs(event_ids: tuple[str, ...]) -> str:
    if not event_ids:
        return "—"
    shown = list(event_ids[-MAX_REFS:])
    more = len(event_ids) - len(shown)
    return ", ".join(shown) + (f" (+{more})" if more else "")


def title_of(alert: Alert) -> str:
    if alert.kind == "test":
        return "【テスト】Mamori アラート通知の確認 / [TEST] Mamori alert delivery check"
    if alert.kind == "digest":
        return (
            f"【まとめ】{len(alert.items)} 件の指標 / [Digest] {len(alert.items)} indicators"
            f" — {alert.customer_key}"
        )
    if alert.kind == "escalation":
        stage = alert.stage or ""
        return (
            f"【段階 {STAGE_JA.get(stage, stage)}】顧客 {alert.customer_key} / "
            f"[Stage {stage}] customer {alert.customer_key}"
        )
    ja, en = category_labels(alert.category)
    sev = alert.severity or ""
    return f"【{SEVERITY_JA.get(sev, sev)}】{ja} / [{sev}] {en}"


def render(alert: Alert) -> RenderedAlert:
    sev = alert.severity or ""
    fields: list[Field] = []
    if alert.category:
        ja, en = category_labels(alert.category)
        fields.append(Field("区分", "Category", f"{ja} / {en} ({alert.category})"))
    if sev:
        fields.append(Field("重大度", "Severity", f"{SEVERITY_JA.get(sev, sev)} / {sev}"))
    if alert.stage:
        prev = alert.previous_stage or "none"
        fields.append(
            Field(
                "段階",
                "Stage",
                f"{STAGE_JA.get(prev, prev)} → {STAGE_JA.get(alert.stage, alert.stage)}"
                f" / {prev} → {alert.stage}",
            )
        )
    if alert.kind != "digest" and alert.kind != "escalation":
        fields.append(Field("根拠（抜粋）", "Evidence (excerpt)", _clip(alert.evidence)))
    fields.append(Field("顧客キー（仮名）", "Customer key (pseudonym)", alert.customer_key))
    if alert.channel:
        fields.append(
            Field(
                "経路",
                "Channel",
                f"{CHANNEL_JA.get(alert.channel, alert.channel)} / {alert.channel}",
            )
        )
    fields.append(Field("連絡の参照", "Contact reference", _refs(alert.event_ids)))
    fields.append(Field("チーム", "Team", alert.team or "—"))
    fields.append(Field("発生日時 (UTC)", "Occurred at (UTC)", alert.occurred_at))
    fields.append(Field("ルール", "Rule", alert.rule_id))
    if alert.suppressed:
        fields.append(
            Field(
                "前回以降の抑制件数",
                "Held back since last alert",
                str(alert.suppressed),
            )
        )
    for n, item in enumerate(alert.items, 1):
        label = item.category or (f"stage {item.stage}" if item.stage else "")
        ja, _ = category_labels(item.category)
        fields.append(
            Field(
                f"{n}. {ja or label}",
                f"{n}. {label}",
                f"{item.severity or item.stage or ''} · {_clip(item.evidence, 80)} · {item.occurred_at}",
            )
        )
    description = "\n".join(d for d in (alert.description_ja, alert.description_en) if d)
    return RenderedAlert(
        title=title_of(alert),
        fields=tuple(fields),
        description=description,
        review_command=review_command(alert.customer_key),
    )
