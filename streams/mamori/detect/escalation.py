"""Per-customer decaying risk and graded escalation (watch → warn → review).

Indicators raise a customer's risk by their severity's weight; the risk halves
every ``half_life_days`` of event time. Crossing a stage threshold (up or down)
emits an :class:`EscalationEvent` citing its evidence. A stage is a signal for
people: restrictive steps (warning letter, refusal of service) are never taken
here — they wait for a recorded human decision (``mamori decide``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from mamori.detect.config import RiskConfig
from mamori.domain.contract import rfc3339
from mamori.domain.taxonomy import Severity

STAGES: Final[tuple[str, ...]] = ("none", "watch", "warn", "review")


@dataclass(frozen=True, slots=True)
class EscalationEvent:
    escalation_id: str
    customer_key: str
    stage: str
    previous_stage: str
    risk: float
    crossed_at: datetime
    detected_at: datetime
    indicator_ids: tuple[str, ...]
    event_ids: tuple[str, ...]
    categories: tuple[str, ...]

    def to_wire(self) -> dict[str, Any]:
        return {
            "escalation_id": self.escalation_id,
            "customer_key": self.customer_key,
            "stage": self.stage,
            "previous_stage": self.previous_stage,
            "risk": round(self.risk, 4),
            "crossed_at": rfc3339(self.crossed_at),
            "detected_at": rfc3339(self.detected_at),
            "indicator_ids": list(self.indicator_ids),
            "event_ids": list(self.event_ids),
            "categories": list(self.categories),
        }


def severity_weight(config: RiskConfig, severity: Severity) -> float:
    if severity == "high":
        return config.weight_high
    if severity == "medium":
        return config.weight_medium
    return config.weight_low


def decayed(risk: float, since_ts: int, now_ts: int, config: RiskConfig) -> float:
    if risk <= 0 or now_ts <= since_ts:
        return risk
    return float(risk * 0.5 ** ((now_ts - since_ts) / (config.half_life_days * 86_400)))


def stage_for(risk: float, config: RiskConfig) -> int:
    if risk >= config.review:
        return 3
    if risk >= config.warn:
        return 2
    if risk >= config.watch:
        return 1
    return 0
