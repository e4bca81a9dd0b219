"""Presentation shared by the reports: JA/EN labels of stages, channels, severities and
actions, the reviewer notice, and times shown in the company's time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Final
from zoneinfo import ZoneInfo

from mamori.calendar import CalendarConfig
from mamori.domain.taxonomy import LABELS_EN, LABELS_JA, Category

#: The company calendar for months and quarters (contract section 2).
#: The support calendar's zone (its owner: :mod:`mamori.calendar`).
COMPANY_TZ: Final = ZoneInfo(CalendarConfig().timezone)


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
